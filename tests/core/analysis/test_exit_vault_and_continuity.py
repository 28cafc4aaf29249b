"""Two reading habits of the exit clauses, read for the whole family of their wordings.

- Whose vault holds the credentials: a vault of any name (password manager, credential or key
  vault, coffre-fort) that belongs to, is owned by, is opened in the name of or sits in the
  tenancy of a party other than the provider is the client's: nothing has to be handed over.
- The service kept during the exit: the services that "continue", "se poursuivent", "are
  maintained" during the transition at the same service levels, at the level of the client's
  plan or under the contract's conditions run at full service level.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

# --- 1. Whose vault -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "All domain admin passwords are stored in a secrets vault that belongs to the Customer "
        "from day one.",
        "Privileged credentials live in a Key Vault owned by the Buyer; the Supplier's "
        "engineers reach it through named accounts.",
        "Les mots de passe d'administration sont conservés dans un coffre-fort numérique dont "
        "l'association est seule propriétaire.",
        "Les identifiants des équipements réseau sont rangés dans un gestionnaire de mots de "
        "passe ouvert au nom de la mairie, auquel le secrétaire général a accès.",
        "- Credentials: kept in the password manager of the Client's own Microsoft 365 tenancy.",
    ],
)
def test_a_vault_that_is_not_the_providers_is_the_clients(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "reversibility.credentials") == ["client_vault"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Administrator passwords are kept in a credential vault owned by the Provider and are "
        "handed over within ten days of termination.",
        "Les mots de passe sont conservés dans le coffre-fort dont le Prestataire est "
        "propriétaire et remis au Client dans les dix jours suivant la fin du contrat.",
    ],
)
def test_the_providers_own_vault_is_a_handover(catalogue: Catalogue, paragraph: str) -> None:
    # near-miss: the vault is the provider's, the credentials come back at the end
    assert values(analyse(catalogue, paragraph), "reversibility.credentials") == [
        "handover_fixed_time"
    ]


# --- 2. The service kept during the exit ----------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Throughout the transition period the managed services continue at the same service "
        "levels and at the same monthly charge.",
        "On termination for any reason, the hosting service remains in operation for 45 days "
        "at the level of the Customer's subscription, so the data can be moved.",
        "Pendant la période de réversibilité, les prestations se poursuivent aux conditions du "
        "contrat, délais et pénalités compris.",
        "À la fin du contrat, et pendant la transition vers le nouveau prestataire, les "
        "services sont maintenus au niveau de la formule souscrite.",
    ],
)
def test_services_that_continue_during_the_exit_keep_the_service_levels(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "reversibility.service_during_exit") == [
        "full_sla"
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "During the exit period the services continue, but the service levels no longer apply.",
        "Pendant la phase de réversibilité, les prestations se poursuivent au mieux, les "
        "niveaux de service étant suspendus.",
    ],
)
def test_services_that_continue_without_their_levels_are_not_full(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "full_sla" not in values(
        analyse(catalogue, paragraph), "reversibility.service_during_exit"
    )

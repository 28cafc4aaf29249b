"""Where data are kept when the place is outside the EU or not chosen yet; the words of remote
access and of a test left to the client's wish.

Reading habits tested here, each in sentences of our own, French and English:

1. Data hosted in a named place outside the EU (Canada, Toronto, Singapore, a US region) are
   not kept in the EU; data with a host "I will choose" or "to be appointed" are kept in an
   unknown place. A law named for a place (the laws of Québec) says nothing of where data are.
2. "Accès distant" and "remote-support tool" (hyphen) are remote access as much as "accès à
   distance" and "remote support tool".
3. A restore test the provider "can do if you wish" ("si vous le souhaitez", "à votre
   demande", "at your request") is left to the client's request: no testing commitment.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

# --- 1. A place outside the EU, or a host not chosen ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Your ticket data and documentation are stored in our ticketing platform hosted in "
        "Montréal, Canada.",
        "Les données sont hébergées dans un centre de données situé à Toronto (Ontario).",
        "Customer data is stored in the provider's Singapore data centre.",
        "Les sauvegardes sont stockées dans la région us-east-1 d'Amazon Web Services.",
        "Je mets en place une sauvegarde du NAS vers un stockage en ligne chez un hébergeur que "
        "je choisirai.",
        "Les données sont hébergées chez un prestataire à désigner ultérieurement.",
        "Backups are stored with a hosting provider to be chosen by the Supplier.",
    ],
)
def test_data_outside_the_eu_or_in_an_unknown_place(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "data.location") == ["unknown_or_non_eu"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Le contrat est régi par les lois du Québec ; les données sont hébergées à Roubaix.",
            "eu_named",
        ),
        ("The Customer's data are hosted in Dublin.", "eu_named"),
    ],
)
def test_a_law_named_for_a_place_is_no_location(
    catalogue: Catalogue, sentence: str, value: str
) -> None:
    assert values(analyse(catalogue, sentence), "data.location") == [value]


# --- 2. The words of remote access -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "L'accès distant des techniciens se fait par un outil de prise en main nominatif, "
        "protégé par une authentification multifacteur.",
        "Les accès distants au serveur passent par un VPN dédié.",
        "Our technicians reach your devices only through our remote-support tool, which "
        "requires multi-factor authentication.",
        "Engineers connect through the remote-management platform of the Provider.",
    ],
)
def test_remote_access_in_other_words(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "security.remote_access") == ["described"]


def test_remote_access_named_without_its_means(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Remote-access requests are logged in the ticketing tool.")
    assert values(report, "security.remote_access") == []


# --- 3. A test left to the client's wish ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Je peux faire un test de restauration si vous le souhaitez.",
        "Un test de restauration peut être réalisé à votre demande.",
        "A restore test can be performed if you wish.",
        "We will run a test restore at your request.",
    ],
)
def test_a_test_at_the_clients_wish_is_no_commitment(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "backup.restore_tests") == ["never"]


def test_a_test_with_a_rhythm_is_still_read(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Un test de restauration est réalisé chaque trimestre.")
    assert values(report, "backup.restore_tests") == ["quarterly_or_better"]


# --- 4. A place abroad that holds no data ------------------------------------------------------
# Reading habit: the place outside the EU must be where the data are; a support team or an
# office there, or a place named only to deny it, is no data location.


@pytest.mark.parametrize(
    "sentence",
    [
        "Les données sont hébergées en France, avec une équipe de support basée à Montréal.",
        "Customer data is stored in the EU only; the Provider does not use data centres in Texas "
        "or Oregon.",
        "Data are hosted in Amsterdam, while our night desk works from Toronto.",
        "Les données ne sont jamais stockées au Canada ; elles restent hébergées à Paris.",
    ],
)
def test_a_place_abroad_that_holds_no_data(catalogue: Catalogue, sentence: str) -> None:
    assert "unknown_or_non_eu" not in values(analyse(catalogue, sentence), "data.location")

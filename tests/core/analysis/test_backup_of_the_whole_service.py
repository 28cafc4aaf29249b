"""A hosted service whose data are backed up as a whole: every system in scope is backed up.

"Customer Data is backed up every four hours", "The Service is backed up daily", « Les
données du Client sont sauvegardées chaque nuit », « La plateforme est sauvegardée toutes
les six heures »: in a hosted or SaaS contract the data and the service are the whole scope,
so nothing in it is left out (``backup.scope`` = ``all_systems_and_saas``). Near misses: only
part of it, an option not taken, a denial. Each test writes its own sentences.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "sentence",
    [
        "Les données du Client sont sauvegardées chaque nuit dans notre second centre.",
        "La plateforme est sauvegardée toutes les six heures.",
        "Customer data is backed up twice a day to encrypted storage.",
        "The Service is backed up every 12 hours and backups are kept 30 days.",
    ],
)
def test_the_whole_service_backed_up(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "backup.scope") == ["all_systems_and_saas"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Only the customer data held in the database is backed up, not the attachments.",
        "Les données du Client ne sont pas sauvegardées par le Prestataire.",
        "La plateforme est sauvegardée en option, moyennant un supplément mensuel.",
        "Customer data is backed up as an optional add-on, not ordered by the Customer.",
    ],
)
def test_part_of_it_an_option_or_a_denial_is_not_the_whole(
    catalogue: Catalogue, sentence: str
) -> None:
    found = values(analyse(catalogue, sentence), "backup.scope")
    assert "all_systems_and_saas" not in found

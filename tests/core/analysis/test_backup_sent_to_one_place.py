"""A backup sent to one place only is a single copy (backup_destination.py).

"Le serveur est sauvegardé chaque nuit vers notre centre de données de Tours", "the file
server is backed up every night to a NAS in your office": one copy
(``backup.copies`` = ``single_copy``). Near misses: two places named, another copy nearby
(off-site, cloud, replicated), an option, or a 3-2-1 the rules read. Each test writes its
own sentences, French and English.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le serveur de gestion est sauvegardé chaque nuit vers notre centre de données de Tours.",
        "Chaque soir, la sauvegarde du serveur est faite sur le NAS du cabinet.",
        "Your file server is backed up every night to a NAS in your office.",
        "The accounting database is backed up daily to our data centre in Leeds.",
    ],
)
def test_a_backup_sent_to_one_place_is_a_single_copy(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "backup.copies") == ["single_copy"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Les serveurs sont sauvegardés dans les centres de données de Tours et d'Orléans."],
        [
            "Le serveur est sauvegardé chaque nuit sur le NAS du cabinet.",
            "Une copie chiffrée est ensuite envoyée vers notre stockage en ligne.",
        ],
        [
            "The server is backed up every night to a NAS in your office. The NAS is "
            "replicated to our Dublin data centre."
        ],
        ["As an option, your server is backed up each night to our data centre."],
    ],
)
def test_two_places_another_copy_or_an_option_is_not_a_single_copy(
    catalogue: Catalogue, paragraphs: list[str]
) -> None:
    assert "single_copy" not in values(analyse(catalogue, *paragraphs), "backup.copies")

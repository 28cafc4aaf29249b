"""The lexical choice model (experimental, not run by the analysis): a toy model learned from a
few inline paragraphs proposes the answer of the nearest labelled ones, the same every time,
and nothing for a paragraph unlike any example; the training data reads released sets only."""

from __future__ import annotations

from pathlib import Path

import pytest

from slaeval.analysis.choice_examples import RELEASED_SETS, load_sets, place_finding
from slaeval.analysis.choice_model import ChoiceModel, features, propose_choices
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.evaluate_golden import GOLDEN_SETS, UNSEEN
from slaeval.analysis.model import AnalysisReport
from slaeval.criteria import Catalogue

EXAMPLES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Les prix sont révisés chaque année selon l'indice Syntec, sans plafond.",
        [("costs.indexation", "index_no_cap")],
    ),
    (
        "Le prix est révisé au 1er janvier selon l'indice Syntec, sans aucun plafond.",
        [("costs.indexation", "index_no_cap")],
    ),
    (
        "Charges are adjusted every year in line with the CPI index, without any cap.",
        [("costs.indexation", "index_no_cap")],
    ),
    (
        "Fees are adjusted each year in line with the CPI index, with no cap on the increase.",
        [("costs.indexation", "index_no_cap")],
    ),
    (
        "Un comité de pilotage se réunit chaque trimestre avec le Client.",
        [("governance.committees", "quarterly_steering")],
    ),
    ("Le présent contrat est conclu entre les parties soussignées.", []),
    ("This agreement is made between the parties named below.", []),
    ("Les factures sont payables à trente jours par virement.", []),
    ("Invoices are payable within thirty days by bank transfer.", []),
    ("Le Prestataire désigne un interlocuteur unique pour le Client.", []),
]


def toy_model(threshold: float = 0.5) -> ChoiceModel:
    return ChoiceModel.train(EXAMPLES, k=3, threshold=threshold, min_similarity=0.1, min_df=1)


def test_a_paragraph_like_the_examples_gets_their_answer() -> None:
    texts = [
        "Les factures sont payables à trente jours.",
        "Les prix sont révisés chaque année selon l'indice Syntec, sans plafond de hausse.",
    ]
    proposals = toy_model().propose(texts, ["costs.indexation", "governance.committees"])
    assert [(p.criterion, p.value, p.paragraph) for p in proposals] == [
        ("costs.indexation", "index_no_cap", 1)
    ]
    assert 0.5 <= proposals[0].score <= 1.0


def test_an_english_paragraph_is_matched_by_the_english_examples() -> None:
    texts = ["The fees are adjusted every year in line with the CPI index, without a cap."]
    proposals = toy_model().propose(texts, ["costs.indexation"])
    assert [(p.criterion, p.value) for p in proposals] == [("costs.indexation", "index_no_cap")]


def test_only_the_criteria_asked_about_are_proposed() -> None:
    texts = ["Les prix sont révisés chaque année selon l'indice Syntec, sans plafond."]
    assert toy_model().propose(texts, ["governance.committees"]) == []


def test_a_paragraph_unlike_any_example_proposes_nothing() -> None:
    texts = ["Le jardin botanique ouvre ses serres aux visiteurs le dimanche matin."]
    assert toy_model().propose(texts, ["costs.indexation", "governance.committees"]) == []
    # nothing in common at all: no neighbour, whatever the threshold
    assert (
        toy_model(threshold=0.0).propose(["Zythum xylophone quokka."], ["costs.indexation"]) == []
    )


def test_a_paragraph_nearer_the_negatives_stays_below_the_threshold() -> None:
    # shares "chaque année" with the indexation examples, but is about invoices
    texts = ["Les factures sont payables à trente jours, chaque année, par virement."]
    assert toy_model().propose(texts, ["costs.indexation"]) == []


def test_the_model_is_deterministic_and_survives_json(tmp_path: Path) -> None:
    texts = [text for text, _ in EXAMPLES] + ["Un comité de pilotage se réunit chaque mois."]
    criteria = ["costs.indexation", "governance.committees"]
    first = toy_model().propose(texts, criteria)
    assert toy_model().propose(texts, criteria) == first
    assert (
        ChoiceModel.train(list(reversed(EXAMPLES)), k=3, min_df=1).to_json()["idf"]
        == (toy_model().to_json()["idf"])
    )
    path = tmp_path / "model.json"
    toy_model().save(path)
    assert ChoiceModel.load(path).propose(texts, criteria) == first


def test_features_are_folded_words_and_word_pairs() -> None:
    counts = features("Révision ANNUELLE de 3 %")
    assert {"revision", "annuelle", "revision annuelle", "de 0"} <= set(counts)


def test_propose_choices_answers_only_unanswered_criteria_with_valid_ids(
    catalogue: Catalogue,
) -> None:
    document = DocumentText(
        [
            Block("Les prix sont révisés chaque année selon l'indice Syntec, sans plafond.", "§ 1"),
            Block("Un comité de pilotage se réunit chaque trimestre avec le Client.", "§ 2"),
        ],
        pages=1,
        kind="text",
    )
    report = AnalysisReport(document="x.txt", pages=1, findings=(), missing=(), conflicts=())
    findings = propose_choices(document, report, toy_model(), catalogue)
    by_criterion = {f.criterion: f for f in findings}
    assert by_criterion["costs.indexation"].value == "index_no_cap"
    assert by_criterion["costs.indexation"].location == "§ 1"
    for finding in findings:
        choices = {c.id for c in catalogue.criterion(finding.criterion).choices or ()}
        assert finding.value in choices


def test_a_golden_location_off_by_one_is_moved_to_the_neighbour_with_key_words() -> None:
    blocks = [
        Block("Article 7 - Prix", "§ 1"),
        Block("Les prix sont révisés chaque année selon l'indice Syntec.", "§ 2"),
        Block("Les factures sont payables à trente jours.", "§ 3"),
    ]
    keywords = {"indice", "revises", "revision"}
    assert place_finding(blocks, "§ 1", keywords, window=0) == 0
    assert place_finding(blocks, "§ 1", keywords, window=1) == 1
    assert place_finding(blocks, "§ 9", keywords, window=1) is None


def test_the_released_sets_exclude_every_set_not_yet_released() -> None:
    assert not set(UNSEEN) & set(RELEASED_SETS)
    # the released sets are the evaluation's sets up to the first one not yet released
    folders = list(GOLDEN_SETS.values())
    first_unseen = min(folders.index(GOLDEN_SETS[name]) for name in UNSEEN)
    assert list(RELEASED_SETS) == folders[:first_unseen]


def test_reading_an_unreleased_set_is_refused(catalogue: Catalogue) -> None:
    with pytest.raises(ValueError, match="blind22"):
        load_sets(Path("/nonexistent"), ["blind22"], catalogue)

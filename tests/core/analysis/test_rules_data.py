"""The rules file speaks the catalogue's language: ids, choice ids and units all exist."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from slaeval.analysis.context import Context
from slaeval.analysis.document import sentences_of
from slaeval.analysis.promises import checkable_criteria
from slaeval.analysis.reading import read_document
from slaeval.analysis.rules import default_rules_path, load_rules
from slaeval.criteria import Catalogue
from slaeval.errors import InputError
from tests.core.analysis.helpers import context_of

NUMBER_UNITS = {"days": {"days"}, "months": {"months", "months_of_fees"}}


def test_every_rule_names_a_catalogue_criterion_and_choice(catalogue: Catalogue) -> None:
    rules = load_rules()
    for rule in rules.choice_rules:
        criterion = catalogue.by_id.get(rule.criterion)
        assert criterion is not None, rule.criterion
        if rule.unit == "text":
            assert criterion.choice(str(rule.value)) is not None, (rule.criterion, rule.value)
        elif rule.unit == "bool":
            assert criterion.kind == "yesno"
        elif criterion.kind == "number":
            assert criterion.unit in NUMBER_UNITS[rule.unit]
    for measure in rules.measure_rules:
        assert measure.criterion in catalogue.by_id, measure.criterion


def test_code_handled_criteria_exist(catalogue: Catalogue) -> None:
    assert checkable_criteria() <= set(catalogue.by_id)


def test_rules_file_is_plain_json_with_both_languages() -> None:
    data = json.loads(default_rules_path().read_text(encoding="utf-8"))
    words = data["numbers"]
    assert words["douze"] == words["twelve"] == 12
    assert "lundi" in data["vocab"]["weekdays"] and "monday" in data["vocab"]["weekdays"]


def test_a_broken_rules_file_gives_one_message(tmp_path: Path) -> None:
    broken = tmp_path / "rules.json"
    broken.write_text('{"numbers": {}, "vocab": {"x": "(unclosed"}}', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_rules(broken)
    assert "rules" in caught.value.text("en")


@pytest.mark.parametrize("narrow_from", [60, 0])  # 0: every pattern narrowed by all its parts
@pytest.mark.parametrize("name", ["econet.pdf", "fortis.docx", "nordlys.pdf", "atlas.md"])
def test_prefiltered_matching_equals_a_full_scan(
    name: str, narrow_from: int, documents: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("slaeval.analysis.sentence_search._NARROW_FROM", narrow_from)
    rules = load_rules()
    ctx = Context(sentences_of(read_document(documents / name)), rules)
    patterns = [p for r in rules.choice_rules for p in r.all] + list(rules.vocab.values())
    for pattern in patterns:
        full = [i for i, s in enumerate(ctx.sentences) if pattern.search(s.folded)]
        assert ctx.matching(pattern) == full, pattern.pattern[:60]
    assert re.compile("x")  # keeps the import used in type-checked form


def test_signs_without_letters_select_sentences_as_a_full_scan_would() -> None:
    from slaeval.analysis.document import Block, DocumentText

    texts = [
        "Forfait de 40 € HT par poste.",
        "Le tarif est de 3 × 120 € par mois.",
        "Aucun montant ici.",
        "Licences : 25 × 12 postes.",
        "Price: $ 50 per seat, or 45 €.",
    ]
    blocks = [Block(text=t, location=f"§ {i}") for i, t in enumerate(texts, start=1)]
    document = DocumentText(blocks=blocks, pages=0, kind="text", name="signs.txt")
    ctx = Context(sentences_of(document), load_rules())
    for pattern in (
        re.compile("[0-9] ?× ?[0-9]"),
        re.compile("€ ht|\\$ [0-9]"),
        re.compile("€ ?par|× ?1"),
    ):
        full = [i for i, s in enumerate(ctx.sentences) if pattern.search(s.folded)]
        assert ctx.search.candidates(pattern) is not None, pattern.pattern  # a prefilter was used
        assert ctx.matching(pattern) == full, pattern.pattern
    assert ctx.matching(re.compile("×")) == [1, 3]


def test_a_pattern_with_two_parts_is_looked_for_where_both_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("slaeval.analysis.sentence_search._NARROW_FROM", 0)
    texts = [
        "Une astreinte est proposée en option.",
        "L'astreinte est incluse.",
        "Le support est payante le samedi.",
        "On-call cover is billed separately.",
        "On-call engineers are named.",
    ]
    ctx = context_of(*texts)
    pattern = re.compile(
        "astreinte[^.]{0,80}(?:en option|payante)|on-call[^.]{0,40}(?:billed|charged)"
    )
    assert ctx.search.candidates(pattern) == {0, 3}  # neither "astreinte" nor "payante" alone
    assert ctx.matching(pattern) == [0, 3]


def test_every_shipped_pattern_compiles_and_the_lazy_ones_match_as_compiled_ones() -> None:
    """The shipped rules are compiled on first use: each must compile, and a lazy pattern
    must find what its compiled form finds."""
    rules = load_rules()
    sentence = "le support est joignable du lundi au vendredi de 9h a 18h, p1 sous 4 heures"
    for pattern in rules.compiled:
        compiled = re.compile(pattern.pattern)
        assert [m.span() for m in pattern.finditer(sentence)] == [
            m.span() for m in compiled.finditer(sentence)
        ]
        assert pattern.findall(sentence) == compiled.findall(sentence)


def test_a_rules_file_of_ones_own_is_checked_whole_when_loaded(tmp_path: Path) -> None:
    data = json.loads(default_rules_path().read_text(encoding="utf-8"))
    data["choice_rules"][0]["all"] = ["(unclosed"]
    mine = tmp_path / "rules.json"
    mine.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_rules(mine)
    assert "Fichier de règles d'analyse illisible" in caught.value.text("fr")


def test_warm_up_compiles_every_shipped_pattern() -> None:
    from slaeval.analysis import warm_up

    rules = load_rules()
    assert warm_up() == len(rules.compiled) > 300
    assert all(p._compiled is not None for p in rules.compiled)  # type: ignore[attr-defined]

"""The shipped table of the strings each rule pattern needs is current, and gives what
parsing the pattern gives."""

from __future__ import annotations

from slaeval.analysis import literal_table, prefilter
from slaeval.analysis.rules import load_rules


def test_the_shipped_table_is_current() -> None:
    """Fails after an edit of rules.json: run ``python -m slaeval.analysis.literal_table``."""
    assert literal_table.main(["--check"]) == 0


def test_the_table_answers_as_parsing_would() -> None:
    rules = load_rules()
    shipped = [p.pattern for p in rules.compiled if prefilter._shipped(p.pattern) is not None]
    assert len(shipped) == len(rules.compiled)
    for pattern in shipped:
        assert prefilter._shipped(pattern) == prefilter.worked_out(pattern), pattern[:60]


def test_a_pattern_not_in_the_table_is_parsed() -> None:
    pattern = r"\bpreavis\b|\bnotice periods?\b"
    assert prefilter._shipped(pattern) is None
    assert prefilter.required_literals(pattern) == frozenset({"preavis", "notice period"})


def test_a_small_character_class_is_a_set_of_strings() -> None:
    """A branch with no plain text but "[0-9]" or "[x×]" no longer leaves the whole
    pattern without a prefilter (it was searched in every sentence)."""
    pattern = r"per user|\b[0-9]+ (?:[a-z]+ ){1,2}[x×] ?[0-9]"
    assert prefilter.required_literals(pattern) == frozenset({"per user", "x", "×"})
    assert prefilter.required_literals(r"[^a-z]+ok|[a-z]+ko") == frozenset({"ok", "ko"})
    assert prefilter.required_literals(r"\d+\s") is None  # nothing to look up


def test_an_optional_character_makes_each_way_of_writing_a_string_of_its_own() -> None:
    """ "24 ?/ ?7" needs one of "24/7", "24 /7", "24/ 7", "24 / 7", not just "24" (in nearly
    every sentence of a contract with its hours)."""
    assert prefilter.worked_out(r"24 ?/ ?7|24 ?x ?7")[0] == frozenset(
        {"24/7", "24 /7", "24/ 7", "24 / 7", "24x7", "24 x7", "24x 7", "24 x 7"}
    )
    # a longer string holding a shorter one of the set selects nothing more
    assert prefilter.worked_out(r"\bnotices?\b|preavis")[0] == frozenset({"notice", "preavis"})
    assert prefilter.worked_out(r"[0-9] ?× ?[0-9]")[0] == frozenset({"×"})
    # too many ways: the run stops at the sixteenth
    many = prefilter.worked_out(r"a ?b ?c ?d ?e ?f")[0]
    assert many is not None and len(many) == 16 and "abcde" in many


def test_every_match_holds_one_string_of_each_set() -> None:
    import re

    cases = {
        r"24 ?/ ?7|7 ?j ?/ ?7": ["24/7", "24 / 7", "support 7j/7", "7 j / 7"],
        r"astreinte[^.]{0,80}(?:en option|payante)": ["astreinte de nuit en option"],
        r"par (?:utilisateur|poste)|per (?:user|seat)": ["15 € par poste", "per seat"],
        r"[0-9] ?[x×] ?[0-9]": ["3 x 4", "3×4", "3 ×4"],
    }
    for pattern, texts in cases.items():
        required, sets, branches = prefilter.worked_out(pattern)
        for text in texts:
            assert re.search(pattern, text), (pattern, text)
            for strings in [required or frozenset({""}), *sets]:
                assert any(s in text for s in strings), (pattern, text, strings)
            if branches is not None:
                assert any(all(any(s in text for s in o) for o in b) for b in branches)

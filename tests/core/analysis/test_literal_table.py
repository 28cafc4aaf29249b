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

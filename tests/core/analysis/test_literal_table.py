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

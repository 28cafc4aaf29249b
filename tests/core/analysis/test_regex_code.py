"""The shipped engine code of the rule patterns (regex_code.py): a pattern built from it is
the pattern ``re.compile`` gives, and anything amiss falls back to ``re.compile``."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from slaeval.analysis import regex_code
from slaeval.analysis.document import fold
from slaeval.analysis.fast_regex import speed_up
from slaeval.analysis.rules import FLAGS, load_rules
from slaeval.data_paths import samples_dir

TEXT = fold(
    (samples_dir() / "documents" / "atlas.md").read_text(encoding="utf-8")
    + (samples_dir() / "documents" / "helix.txt").read_text(encoding="utf-8")
)


def _same(built: re.Pattern[str], plain: re.Pattern[str]) -> None:
    assert (built.pattern, built.flags, built.groups) == (plain.pattern, plain.flags, plain.groups)
    assert built.groupindex == plain.groupindex
    assert [m.span() for m in built.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


def test_every_rule_pattern_is_built_from_the_table_as_re_compile_builds_it() -> None:
    patterns = {p.pattern for p in load_rules().compiled}
    lines = regex_code._lines()
    assert lines, "the table does not match this interpreter: run literal_table on it"
    assert {regex_code.key(p, FLAGS) for p in patterns} <= lines.keys()
    for pattern in sorted(patterns):
        _same(regex_code.compile(pattern, FLAGS), re.compile(pattern, FLAGS))


def _table(monkeypatch: pytest.MonkeyPatch, lines: dict[str, str]) -> None:
    monkeypatch.setattr(regex_code, "_lines", lambda: lines)


def test_a_pattern_from_the_table_keeps_its_named_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"(?P<days>\d+) (?:jours|days)(?: (?P<kind>ouvres|business))?"
    plain = re.compile(pattern, FLAGS)
    _table(
        monkeypatch, {regex_code.key(pattern, FLAGS): json.dumps(regex_code.entry(pattern, FLAGS))}
    )

    def refused(*args: object) -> None:
        raise AssertionError("re.compile was called: the table was not used")

    monkeypatch.setattr(re, "compile", refused)
    built = regex_code.compile(pattern, FLAGS)
    monkeypatch.undo()
    _same(built, plain)
    match = built.search("sous 30 jours ouvres")
    assert match is not None and match.group("kind") == "ouvres" and match.group("days") == "30"


def test_code_the_engine_refuses_falls_back_to_re_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = r"\bpreavis de (\d+) mois\b"
    broken: list[Any] = regex_code.entry(pattern, FLAGS)
    broken[4] = [999999, 1, 2]  # not engine code
    _table(monkeypatch, {regex_code.key(pattern, FLAGS): json.dumps(broken)})
    _same(regex_code.compile(pattern, FLAGS), re.compile(pattern, FLAGS))
    _table(monkeypatch, {regex_code.key(pattern, FLAGS): "not json"})
    _same(regex_code.compile(pattern, FLAGS), re.compile(pattern, FLAGS))


def test_a_table_for_another_engine_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_code, "engine", lambda: {"python": [2, 7], "magic": 1})
    assert regex_code._lines() == {}
    pattern = next(iter(load_rules().compiled)).pattern
    _same(regex_code.compile(pattern, FLAGS), re.compile(pattern, FLAGS))
    monkeypatch.undo()
    assert regex_code._lines()


def test_the_fast_forms_of_the_rules_come_from_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = load_rules().sources
    shipped = regex_code._file_lines()[1]
    assert {regex_code.FAST + regex_code.key(s, 0) for s in sources} <= shipped.keys()

    def refused(pattern: str) -> str:
        raise AssertionError("speed_up was called: the table was not used")

    monkeypatch.setattr(regex_code, "speed_up", refused)
    forms = [regex_code.fast_form(s) for s in sources]
    monkeypatch.undo()
    assert forms == [speed_up(s) for s in sources]
    assert regex_code.fast_form(r"\bnot a rule\b") == speed_up(r"\bnot a rule\b")

"""The shipped engine code of the rule patterns (regex_code.py): a pattern built from it is
the pattern ``re.compile`` gives, and anything amiss falls back to ``re.compile``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
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


def _refuse_re_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object) -> None:
        raise AssertionError("re.compile was called: the table was not used")

    monkeypatch.setattr(re, "compile", refused)


def test_every_rule_pattern_is_built_from_the_table_as_re_compile_builds_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    patterns = sorted({p.pattern for p in load_rules().compiled})
    lines = regex_code._lines()
    assert lines, "the table does not match this interpreter: run literal_table on it"
    _refuse_re_compile(monkeypatch)
    built = [regex_code.compile(p, FLAGS) for p in patterns]
    monkeypatch.undo()
    for pattern, made in zip(patterns, built, strict=True):
        plain = re.compile(pattern, FLAGS)
        assert made == plain, pattern[:60]  # a pattern's equality compares its engine code
        _same(made, plain)


@pytest.fixture
def table_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A table file of the test's own in place of the shipped one (read as the shipped one)."""
    path = tmp_path / "regex_code.json"
    monkeypatch.setattr(regex_code, "resource", lambda *parts: path)
    regex_code._file_lines.cache_clear()
    yield path
    regex_code._file_lines.cache_clear()


def _write(path: Path, patterns: list[str], sources: tuple[str, ...] = ()) -> None:
    path.write_text(
        regex_code.table_text([(p, int(FLAGS)) for p in patterns], list(sources)), encoding="utf-8"
    )
    regex_code._file_lines.cache_clear()


def test_a_pattern_from_the_table_keeps_its_named_groups(
    table_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"(?P<days>\d+) (?:jours|days)(?: (?P<kind>ouvres|business))?"
    _write(table_file, [pattern])
    plain = re.compile(pattern, FLAGS)
    _refuse_re_compile(monkeypatch)
    built = regex_code.compile(pattern, re.RegexFlag.ASCII)  # a flag or its int: one entry
    assert regex_code.compile(pattern, int(FLAGS)) == built
    monkeypatch.undo()
    _same(built, plain)
    assert built == plain
    match = built.search("sous 30 jours ouvres")
    assert match is not None and match.group("kind") == "ouvres" and match.group("days") == "30"


def test_the_same_pattern_with_other_flags_is_not_taken_from_the_table(table_file: Path) -> None:
    pattern = r"\bpreavis\b"
    _write(table_file, [pattern])
    other = regex_code.compile(pattern, re.IGNORECASE)  # only the ASCII entry is shipped
    assert other == re.compile(pattern, re.IGNORECASE) and other != re.compile(pattern, FLAGS)
    assert other.search("PREAVIS") is not None


def test_code_the_engine_refuses_falls_back_to_re_compile(table_file: Path) -> None:
    pattern = r"\bpreavis de (\d+) mois\b"
    broken: list[Any] = regex_code.entry(pattern, FLAGS)
    broken[4] = [999999, 1, 2]  # not engine code
    text = json.dumps(broken)
    name = regex_code.key(pattern, FLAGS, regex_code.engine())
    head = json.dumps({"engine": regex_code.engine()})
    table_file.write_text(f"{head}\n{name} {regex_code._digest(text)} {text}\n")
    assert regex_code._lines()
    _same(regex_code.compile(pattern, FLAGS), re.compile(pattern, FLAGS))
    table_file.write_text(f"{head}\n{name} {regex_code._digest('nope')} nope\n")
    regex_code._file_lines.cache_clear()
    _same(regex_code.compile(pattern, FLAGS), re.compile(pattern, FLAGS))
    for code in ([2**40], [-1]):  # the engine refuses these with OverflowError
        broken[4] = code
        text = json.dumps(broken)
        table_file.write_text(f"{head}\n{name} {regex_code._digest(text)} {text}\n")
        regex_code._file_lines.cache_clear()
        _same(regex_code.compile(pattern, FLAGS), re.compile(pattern, FLAGS))


def test_a_damaged_entry_the_engine_would_take_is_not_used(table_file: Path) -> None:
    """One literal changed in the code ("mois" read "moit"): valid code for another pattern,
    which the engine checks and takes; the entry's digest no longer matches, so it is not
    used."""
    pattern = r"\bpreavis de (\d+) mois\b"
    _write(table_file, [pattern])
    good = json.dumps(regex_code.entry(pattern, FLAGS), separators=(",", ":"))
    bad = good.replace(f"16,{ord('s')},", f"16,{ord('t')},")
    assert bad != good
    final_flags, groups, groupindex, indexgroup, code = json.loads(bad)
    taken = regex_code._sre.compile(
        pattern, final_flags, code, groups, groupindex, tuple(indexgroup)
    )
    assert taken.search("un preavis de 3 mois") is None  # the engine takes the damaged code
    text = table_file.read_text(encoding="utf-8").replace(good, bad)
    table_file.write_text(text, encoding="utf-8")
    regex_code._file_lines.cache_clear()
    built = regex_code.compile(pattern, FLAGS)
    assert built == re.compile(pattern, FLAGS)
    assert built.search("un preavis de 3 mois") is not None


def test_an_entry_written_by_another_interpreter_is_not_found(
    table_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A line merged in from a table another release wrote (the code of the same pattern may
    differ between micro releases) is not found under this release's header."""
    pattern = r"(?:jours|days)++ ouvres"
    here = regex_code.engine()
    monkeypatch.setattr(regex_code, "engine", lambda: {**here, "python": [3, 11, 4, "final", 0]})
    foreign = regex_code.table_text([(pattern, int(FLAGS))], []).split("\n")[2]
    monkeypatch.undo()
    monkeypatch.setattr(regex_code, "resource", lambda *parts: table_file)
    table_file.write_text(f"{json.dumps({'engine': here})}\n{foreign}\n", encoding="utf-8")
    regex_code._file_lines.cache_clear()
    assert len(regex_code._lines()) == 1
    calls: list[object] = []
    monkeypatch.setattr(re, "compile", lambda *args: calls.append(args))
    regex_code.compile(pattern, FLAGS)
    monkeypatch.undo()
    assert calls == [(pattern, FLAGS)]


def test_a_table_for_another_engine_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_code, "engine", lambda: {"python": [2, 7], "magic": 1})
    assert regex_code._lines() == {}
    pattern = next(iter(load_rules().compiled)).pattern
    _same(regex_code.compile(pattern, FLAGS), re.compile(pattern, FLAGS))
    monkeypatch.undo()
    assert regex_code._lines()


def test_no_table_file_falls_back(table_file: Path) -> None:
    """As in an installation that lost the file: the rules are still the rules."""
    assert not table_file.exists()
    pattern = r"\bpreavis\b"
    assert regex_code.compile(pattern, FLAGS) == re.compile(pattern, FLAGS)
    assert regex_code.fast_form(pattern) == speed_up(pattern)


def test_patterns_with_any_character_are_written_and_read_back(
    table_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A line separator or a lone surrogate in a pattern (both taken by re.compile) neither
    breaks the file into more lines nor fails to be written or looked up."""
    patterns = ["\\bavis\u2028de\\b", "a\x85b", "x\ud800y", "\\b€ ?[0-9]+"]
    _write(table_file, patterns, tuple(patterns))
    assert len(regex_code._file_lines()[1]) == 2 * len(patterns) + 1  # with the "about" line

    def refused(pattern: str) -> str:
        raise AssertionError("speed_up was called: the table was not used")

    monkeypatch.setattr(regex_code, "speed_up", refused)
    forms = [regex_code.fast_form(p) for p in patterns]
    _refuse_re_compile(monkeypatch)
    built = [regex_code.compile(p, FLAGS) for p in patterns]
    monkeypatch.undo()
    assert forms == [speed_up(p) for p in patterns]
    assert built == [re.compile(p, FLAGS) for p in patterns]


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

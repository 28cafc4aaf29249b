"""The one-pass search for the rules' strings (literal_scan.py) finds what ``in`` finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from slaeval.analysis.literal_scan import MIN_SCANNED, LiteralScanner, scanned, scanner_for
from slaeval.analysis.prefilter import answers
from slaeval.analysis.rules import default_rules_path, load_rules
from tests.core.analysis.helpers import context_of

_ALPHABET = "ab €'-"


@given(
    st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=6), max_size=8),
    st.lists(st.text(alphabet=_ALPHABET, max_size=30), max_size=6),
)
def test_a_scan_finds_each_string_where_in_finds_it(strings: list[str], texts: list[str]) -> None:
    scanner = LiteralScanner(strings)
    found = scanner.scan(texts)
    for string in scanner.strings:
        holding = {i for i, t in enumerate(texts) if string in t}
        assert found.get(string, set()) == holding
    assert set(found) <= scanner.strings


def test_short_strings_found_nearly_everywhere_are_left_to_the_caller() -> None:
    short = ["p", "5", "de", " a", ". ", "l'"]
    rare = ["24", "p1", "vm", "€", "%", " ×"]
    scanner = LiteralScanner([*short, *rare, "sla", "astreinte"])
    assert scanner.strings == {*rare, "sla", "astreinte"}
    assert all(len(s) < MIN_SCANNED for s in short + rare)
    found = scanner.scan(["p1 : astreinte 24/7", "sla", "rien de 5 %"])
    assert {k: set(v) for k, v in found.items()} == {
        "astreinte": {0},
        "sla": {1},
        "p1": {0},
        "24": {0},
        "%": {2},
    }


def test_the_analysis_modules_own_patterns_are_scanned_for() -> None:
    from slaeval.analysis import consolidate, terms

    strings = scanner_for(load_rules().compiled).strings
    for pattern in (consolidate._LABELLED_NOT_TAKEN, terms._INDEFINITE):
        required, sets, _branches = answers(pattern.pattern)
        assert {s for s in required or () if scanned(s)} <= strings
        assert all({s for s in options if scanned(s)} <= strings for options in sets)


def test_overlapping_and_repeated_strings_name_each_sentence_holding_them() -> None:
    found = LiteralScanner(["preavis", "avis", "avi"]).scan(["preavis, avis et avis", "avis"])
    assert {k: set(v) for k, v in found.items()} == {"preavis": {0}, "avis": {0, 1}, "avi": {0, 1}}


def test_the_shipped_rules_scanner_holds_every_long_string_of_their_patterns() -> None:
    rules = load_rules()
    scanner = scanner_for(rules.compiled)
    assert scanner is scanner_for(rules.compiled)  # built once per set of rules
    for pattern in rules.compiled[:50]:
        required, _sets, _branches = answers(pattern.pattern)
        assert {s for s in required or () if len(s) >= MIN_SCANNED} <= scanner.strings


def test_a_rules_file_of_ones_own_is_prefiltered_with_its_own_strings(tmp_path: Path) -> None:
    data = json.loads(default_rules_path().read_text(encoding="utf-8"))
    rule = dict(data["choice_rules"][0])
    rule["all"] = ["zorglub(?:ienne|ien)|glorbix"]  # in no shipped pattern
    data["choice_rules"] = [*data["choice_rules"], rule]
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    rules = load_rules(path)
    texts = ["La solution zorglubienne.", "Rien ici.", "Glorbix est inclus.", "Zorglub seul."]
    ctx = context_of(*texts, rules=rules)
    assert {"zorglubien", "glorbix"} <= scanner_for(rules.compiled).strings
    pattern = rules.choice_rules[-1].all[0]
    assert ctx.matching(pattern) == [0, 2]


def test_strings_of_no_rule_are_found_sentence_by_sentence_in_the_joined_text() -> None:
    texts = [
        "Tarif : 3 × 40 €.",
        "Aucun prix ici",
        "Prix 5 € par poste",
        "Fin de ligne a",
        "b début",
    ]
    ctx = context_of(*texts)
    for literal in ("€", "×", "prix", "p", "a", "zz", "e a"):
        expected = {i for i, s in enumerate(ctx.sentences) if literal in s.folded}
        assert ctx.search.sentences_holding(literal) == expected, literal
    assert ctx.search.sentences_holding("ab") == frozenset()  # never across two sentences


def test_may_hold_says_no_only_where_the_pattern_cannot_match() -> None:
    texts = ["L'option Premium est proposée.", "Le support est inclus.", "Rien."]
    ctx = context_of(*texts)
    pattern = ctx.rules.word("optional_cover")
    for index, sentence in enumerate(ctx.sentences):
        if pattern.search(sentence.folded):
            assert ctx.may_hold(pattern, index)
    assert ctx.may_hold(pattern, 0) and not ctx.may_hold(pattern, 2)


def test_the_next_day_pattern_is_guarded_by_words_each_of_its_matches_holds() -> None:
    from slaeval.analysis.prefilter import worked_out
    from slaeval.analysis.quantities import _NEXT_DAY_WORDS

    needed = worked_out(load_rules().quantities._next_day.pattern)[0]
    assert needed is not None
    assert all(any(word in string for word in _NEXT_DAY_WORDS) for string in needed)
    durations = load_rules().quantities.durations
    assert [d.unit for d in durations("retablissement j+1 ouvre, reponse next business day")] == [
        "day",
        "day",
    ]


def test_narrowing_leaves_out_sets_holding_a_word_found_nearly_everywhere() -> None:
    from slaeval.analysis.prefilter import narrowing_sets, weak

    assert weak(" de") and weak("le ") and weak(" a ")
    assert not weak("res") and not weak("p1") and not weak("nuit") and not weak("€ ht")
    pattern = r"astreinte[^.]{0,40}(?:payante|en option)[^.]{0,20}(?: de | le )"
    sets, branches = narrowing_sets(pattern)
    assert sets == (frozenset({"astreinte"}), frozenset({"payante", "en option"}))
    assert branches is None
    _sets, branches = narrowing_sets(r"astreinte (?:de |le )nuit|on-call (?:payante|paid)")
    assert branches is not None and not any(weak(x) for b in branches for o in b for x in o)
    # what is left still holds every sentence the pattern matches
    texts = ["Astreinte de nuit incluse.", "On-call paid at 90 EUR.", "Le support de nuit."]
    ctx = context_of(*texts)
    found = ctx.matching(re.compile(r"astreinte (?:de |le )nuit|on-call (?:payante|paid)"))
    assert found == [0, 1]


def test_a_scanner_says_which_of_its_strings_a_text_holds() -> None:
    scanner = LiteralScanner(["p", "sev", "prio", "niveau"], shortest=1)
    assert scanner.strings == {"p", "sev", "prio", "niveau"}  # short ones kept when asked
    assert scanner.held_in("sev 1 et priorite p2") == {"sev", "prio", "p"}
    assert scanner.held_in("rien") == set()
    assert LiteralScanner([]).held_in("p1") == set()

"""The rules' patterns are compiled in a faster form (``fast_regex.speed_up``) that must match
exactly the same text: checked on every pattern of the rules against every sentence of the
sample documents, and on random patterns and texts."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaeval.analysis import rules as rules_module
from slaeval.analysis.document import sentences_of
from slaeval.analysis.fast_regex import speed_up
from slaeval.analysis.prefilter import required_literals
from slaeval.analysis.reading import read_document
from slaeval.analysis.rules import Rules, default_rules_path
from slaeval.data_paths import samples_dir


def _patterns(rules: Rules) -> Iterator[re.Pattern[str]]:
    yield from rules.vocab.values()
    yield from rules.priority_patterns
    yield rules.day_range
    for choice in rules.choice_rules:
        yield from choice.all + choice.any + choice.none
    for measure in rules.measure_rules:
        yield from measure.all + measure.none
        yield measure.anchor


def _sentences() -> list[str]:
    texts = []
    for folder in ("documents", "held_out"):
        for path in sorted((samples_dir() / folder).iterdir()):
            if path.suffix in (".pdf", ".docx", ".txt", ".md"):
                texts += [s.folded for s in sentences_of(read_document(path))]
    return texts


def test_every_rule_matches_the_same_text_in_its_fast_form(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = json.loads(default_rules_path().read_text(encoding="utf-8"))
    fast = list(_patterns(rules_module._compile_rules(data)))
    monkeypatch.setattr(rules_module, "speed_up", lambda pattern: pattern)
    plain = list(_patterns(rules_module._compile_rules(data)))
    assert len(fast) == len(plain) > 300
    assert sum(f.pattern != p.pattern for f, p in zip(fast, plain, strict=True)) > 50
    sentences = _sentences()
    assert len(sentences) > 500
    for f, p in zip(fast, plain, strict=True):
        for text in sentences:
            assert [m.span() for m in f.finditer(text)] == [m.span() for m in p.finditer(text)], (
                p.pattern,
                text,
            )


def test_the_fast_form_keeps_what_the_prefilter_requires() -> None:
    assert speed_up(r"\bsupport\b|\bgti\b|help ?desk") == (
        r"s(?<=\bs)upport\b|g(?<=\bg)ti\b|help ?desk"
    )
    assert required_literals(speed_up(r"\bsupport\b|\bgti\b")) == {"support", "gti"}


@pytest.mark.parametrize(
    "pattern",
    [r"\bs?ab", r"\ba+b", r"\b(?:ab|cd)", r"[|]\bab", r"(a|\bb", r"\ba{2}", r"\b\d", r"x\bab"],
)
def test_patterns_it_cannot_safely_rewrite_stay_as_they_are(pattern: str) -> None:
    rewritten = speed_up(pattern)
    assert rewritten == pattern or not rewritten.startswith(pattern[2:3] + "(?<=")


@given(
    words=st.lists(st.text(alphabet="ab1 ", min_size=1, max_size=4), min_size=1, max_size=4),
    bounded=st.lists(st.booleans(), min_size=4, max_size=4),
    text=st.text(alphabet="ab1 .-", max_size=40),
)
@settings(max_examples=300, deadline=None)
def test_random_alternations_match_alike(words: list[str], bounded: list[bool], text: str) -> None:
    pattern = "|".join(
        ("\\b" if flag else "") + re.escape(word)
        for word, flag in zip(words, bounded, strict=False)
    )
    plain, fast = re.compile(pattern), re.compile(speed_up(pattern))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_leading_group_of_plain_words_is_spread_over_the_alternatives() -> None:
    pattern = r"\bnoc\b|(?:requests?|tickets?) (?:are|is) handled|(?:business|office) hours"
    assert speed_up(pattern) == (
        r"n(?<=\bn)oc\b|requests? (?:are|is) handled|tickets? (?:are|is) handled"
        r"|business hours|office hours"
    )
    # a capturing group after it, a quantifier on it, a nested group: left as written
    for kept in (r"(?:ab|cd)(x)", r"(?:ab|cd)?x", r"(?:a(?:b|c)|d)x", r"(?:\bab|cd)x"):
        assert speed_up(kept) == kept


@given(
    words=st.lists(st.text(alphabet="ab1", min_size=1, max_size=3), min_size=2, max_size=4),
    rest=st.sampled_from(["", "b", " ?a", "(?:a|1)+", "[^.]{0,3}b", "(?=a)"]),
    text=st.text(alphabet="ab1 .", max_size=40),
)
@settings(max_examples=300, deadline=None)
def test_spread_groups_find_the_same_matches(words: list[str], rest: str, text: str) -> None:
    pattern = "(?:" + "|".join(words) + ")" + rest + "|\\b1a"
    plain, fast = re.compile(pattern), re.compile(speed_up(pattern))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_capturing_group_after_a_head_group_keeps_it_unspread() -> None:
    from slaeval.analysis.fast_regex import speed_up

    # spreading "(?:a|b)" would repeat the "(x)" group and renumber the groups after it
    assert speed_up(r"(?:ab|cd)(x)y") == r"(?:ab|cd)(x)y"
    assert speed_up(r"(?:ab|cd)[(]y") == r"ab[(]y|cd[(]y"  # a "(" in a class is no group
    assert speed_up(r"(?:ab|cd)\(y") == r"ab\(y|cd\(y"  # nor an escaped one
    assert speed_up(r"(?:ab|cd)(?P<n>y)") == r"(?:ab|cd)(?P<n>y)"

"""The number and unit words of the delay patterns are written as a tree of shared beginnings
(quantities.py): it must match exactly what the plain list, longest word first, matches."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from slaeval.analysis.quantities import _alternation

_WORDS = st.lists(st.text(alphabet="abc-", min_size=1, max_size=5), min_size=1, max_size=8)


@given(_WORDS, st.text(alphabet="abc- ", max_size=20))
def test_the_tree_matches_what_the_longest_first_list_matches(words: list[str], text: str) -> None:
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    tree = re.compile(_alternation(words))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
    # followed by more pattern, a shorter word is tried when the longer one fails after it
    after = re.compile(f"(?:{_alternation(words)}) c")
    flat_after = re.compile(f"(?:{plain.pattern}) c")
    assert [m.span() for m in after.finditer(text)] == [m.span() for m in flat_after.finditer(text)]


def test_number_words_share_their_beginnings() -> None:
    pattern = _alternation(["un", "une", "deux", "dix", "dix-sept", "douze", "one", "two"])
    assert pattern == r"(?:d(?:eux|ix(?:\-sept)?|ouze)|one|two|un(?:e)?)"
    assert re.fullmatch(pattern, "dix-sept") and re.fullmatch(pattern, "une")
    assert re.match(pattern, "dix-septembre").group() == "dix-sept"  # the longest first

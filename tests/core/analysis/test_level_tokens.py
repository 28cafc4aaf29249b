"""The priority levels a sentence names are worked out once per sentence and level numbering."""

from __future__ import annotations

from slaeval.analysis.levels import priority_tokens
from tests.core.analysis.helpers import context_of


def test_a_sentence_asked_twice_gives_the_same_levels_and_a_list_of_its_own() -> None:
    ctx = context_of("P1 et P2 : intervention sous 4 heures.")
    text = ctx.folded(0)
    first = priority_tokens(ctx, text)
    assert [t.value for t in first] == ["1", "2"]
    first.clear()  # a caller changing its list changes nothing kept
    assert [t.value for t in priority_tokens(ctx, text)] == ["1", "2"]


def test_the_levels_follow_the_documents_worded_levels_once_they_are_ranked() -> None:
    ctx = context_of("Incident critique : intervention sous 2 heures.")
    text = ctx.folded(0)
    before = [t.value for t in priority_tokens(ctx, text)]
    word_level = int(before[0])
    ctx.worded_levels = {word_level: 3}  # the document ranks its words otherwise
    assert [t.value for t in priority_tokens(ctx, text)] == ["3"]

"""Section headings: the subject a clause's title gives the sentences under it.

"Annexe R – Plan de réversibilité" over "Ce plan est mis à jour chaque année", or the run-in
title of "R.7 Transfert de compétences. Vauban consacre quatre journées au successeur": the
sentences do not repeat what they speak of, their heading says it. Two kinds of heading are
told from the sentences alone:

- a title block: a block of one short sentence with no end punctuation that starts with a
  clause number ("6.", "4.2", "R.", "A.3", "Article 9 –", "Annexe R") or is written in
  capitals ("SAUVEGARDES"); it heads every sentence up to the next title block;
- a run-in title: the short first sentence of a numbered block ("8.7 Exclusions.",
  "4.6 Availability."); it heads the rest of its block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slaeval.analysis.document import Sentence

_TITLE_CHARS = 90
_RUN_IN_CHARS = 60
_RUN_IN_WORDS = 6
# "6.", "4.2", "4.2.1)", "R.7", "A.", "IV.", "Article 9", "Annexe R", "Section 2.1", "§ 3"
_NUMBER = re.compile(
    r"\s*(?:[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]?|[A-Z](?:\.[0-9]{1,3})+\.?|[A-Z][.)]|[IVX]{1,5}[.)]"
    r"|(?:article|art\.|clause|section|chapitre|chapter|annexe|annex|appendix|appendice|titre"
    r"|schedule|partie|part)\s+(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[A-Z]|[ivxlc]{1,6}|premier|1er)\b"
    r"|§\s*[0-9]{1,3})(?=\s|$)",
    re.IGNORECASE,
)
_END_PUNCTUATION = (".", ";", ",", "!", "?")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class Sections:
    """The headings of a document's sentences."""

    headings: frozenset[int]
    # the title block over each sentence and the run-in title of its block, when any
    _block_title: tuple[int | None, ...]
    _run_in: tuple[int | None, ...]
    _blocks: tuple[range, ...]  # the sentences of each sentence's block

    def block_of(self, index: int) -> range:
        """The sentences of the block (paragraph, list item) ``index`` belongs to."""
        return self._blocks[index]

    def governed_by(self, heads: list[int]) -> set[int]:
        """Sentences under one of the ``heads`` (each a heading sentence)."""
        wanted = set(heads)
        return {
            index
            for index in range(len(self._block_title))
            if self._block_title[index] in wanted or self._run_in[index] in wanted
        }


def sections_of(sentences: list[Sentence]) -> Sections:
    block_title: list[int | None] = []
    run_in: list[int | None] = []
    headings: set[int] = set()
    title: int | None = None
    block_start: dict[int, int] = {}
    block_size: dict[int, int] = {}
    for index, sentence in enumerate(sentences):
        block_start.setdefault(sentence.block, index)
        block_size[sentence.block] = block_size.get(sentence.block, 0) + 1
    current_run_in: int | None = None
    for index, sentence in enumerate(sentences):
        first = block_start[sentence.block] == index
        if first:
            current_run_in = None
        if first and block_size[sentence.block] == 1 and _is_title(sentence):
            title = index
            headings.add(index)
            block_title.append(None)
            run_in.append(None)
            continue
        if first and block_size[sentence.block] > 1 and _is_run_in(sentence):
            current_run_in = index
            headings.add(index)
            block_title.append(title)
            run_in.append(None)
            continue
        block_title.append(title)
        run_in.append(current_run_in)
    blocks = tuple(
        range(block_start[s.block], block_start[s.block] + block_size[s.block]) for s in sentences
    )
    return Sections(frozenset(headings), tuple(block_title), tuple(run_in), blocks)


def _is_title(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    if sentence.table_row or len(text) > _TITLE_CHARS or text.endswith(_END_PUNCTUATION):
        return False
    number = _NUMBER.match(text)
    if number is not None:
        return bool(_WORD.search(text, number.end()))
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _is_run_in(sentence: Sentence) -> bool:
    """A short numbered first sentence: "R.7 Transfert de compétences."."""
    text = sentence.text.strip()
    if sentence.table_row or len(text) > _RUN_IN_CHARS:
        return False
    number = _NUMBER.match(text)
    if number is None:
        return False
    words = _WORD.findall(text, number.end())
    return 0 < len(words) <= _RUN_IN_WORDS

"""Section headings: the subject a clause's title gives the sentences under it.

"Annexe R – Plan de réversibilité" over "Ce plan est mis à jour chaque année", or the run-in
title of "R.7 Transfert de compétences. Vauban consacre quatre journées au successeur": the
sentences do not repeat what they speak of, their heading says it. Two kinds of heading are
told from the sentences alone:

- a title block: a block of one short sentence with no end punctuation that starts with a
  clause number ("6.", "4.2", "R.", "A.3", "Article 9 –", "Annexe R") or is written in
  capitals ("SAUVEGARDES"); it heads the sentences up to the next title block, at most the
  first forty;
- a run-in title: the short first sentence of a numbered block ("8.7 Exclusions.",
  "4.6 Availability."); it heads the rest of its block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from slaeval.analysis.document import Sentence

_TITLE_CHARS = 90
# A title speaks for the sentences just under it: past this many, a long section (or a title
# that heads the rest of the document) has moved on to other subjects.
_REACH = 40
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
_PLAIN_TITLE_WORDS = 6
_PLAIN_TITLE_CHARS = 60
# words a cut line ends on, never a title: "Plan d'assurance qualité – Hébergement et"
_RUNS_ON = frozenset(
    {
        *("et", "ou", "de", "du", "des", "la", "le", "les", "un", "une", "au", "aux", "pour"),
        *("par", "sur", "dans", "avec", "en", "que", "qui", "and", "or", "of", "the", "an"),
        *("to", "for", "with", "by", "in", "on", "at", "from", "that", "which"),
    }
)
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class Sections:
    """The headings of a document's sentences."""

    headings: frozenset[int]
    # the sentences under each heading: up to the next title block, or to the end of the
    # block of a run-in title
    _members: dict[int, list[int]]
    _blocks: tuple[range, ...]  # the sentences of each sentence's block
    # the sentences under the headings a subject pattern matches, filled by the rules
    subject_cache: dict[str, frozenset[int]] = field(default_factory=dict)

    def block_of(self, index: int) -> range:
        """The sentences of the block (paragraph, list item) ``index`` belongs to."""
        return self._blocks[index]

    def governed_by(self, heads: list[int]) -> set[int]:
        """Sentences under one of the ``heads`` (each a heading sentence)."""
        governed: set[int] = set()
        for head in heads:
            governed.update(self._members.get(head, ()))
        return governed


def sections_of(sentences: list[Sentence]) -> Sections:
    """The headings of ``sentences`` (an analysis reads them once: ``Context.sections``)."""
    return _read_sections(sentences)


def _read_sections(sentences: list[Sentence]) -> Sections:
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
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if first and block_size[sentence.block] == 1 and _is_title(sentence, following):
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
    members: dict[int, list[int]] = {}
    for index, (title_at, run_in_at) in enumerate(zip(block_title, run_in, strict=True)):
        for head in (title_at, run_in_at):
            if head is not None and index - head <= _REACH:
                members.setdefault(head, []).append(index)
    return Sections(frozenset(headings), members, blocks)


def _is_title(sentence: Sentence, following: Sentence | None) -> bool:
    text = sentence.text.strip()
    if sentence.table_row or len(text) > _TITLE_CHARS or text.endswith(_END_PUNCTUATION):
        return False
    number = _NUMBER.match(text)
    if number is not None:
        return bool(_WORD.search(text, number.end()))
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    return _is_plain_title(text, following)


def _is_plain_title(text: str, following: Sentence | None) -> bool:
    """An unnumbered title ("Sauvegardes", "Data location" as Markdown or Word set them): a
    few words opening with a capital, not ending on a word that runs on (a line a PDF cut
    in two), before a paragraph that opens with a capital."""
    words = _WORD.findall(text)
    if not 0 < len(words) <= _PLAIN_TITLE_WORDS or len(text) > _PLAIN_TITLE_CHARS:
        return False
    if text.endswith(":") or not text[:1].isupper() or words[-1].lower() in _RUNS_ON:
        return False
    if following is None:
        return False
    # a bulleted list under its title ("Security" over "- All access uses named accounts")
    opening = following.text.lstrip().lstrip("-*•–—").lstrip()[:1]
    return following.table_row or opening.isupper() or opening.isdigit()


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

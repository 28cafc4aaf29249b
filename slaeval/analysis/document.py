"""The text of a contract document as blocks with a location, ready for matching.

Readers (``reading.py``) turn a PDF, DOCX or text file into blocks: a paragraph, a list item or
a table row, each with the place it came from ("p. 3", "§ 12", "tab. 1, l. 4"). Rules match a
*folded* copy of the text (lower case, no accents, plain quotes and spaces) that has exactly the
same length, so a match position is also a position in the original text and the evidence is
quoted as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x41, 0x250):
        char = chr(code)
        lowered = char.lower()
        base = unicodedata.normalize("NFD", lowered)[0] if lowered else char
        if base != char and len(base) == 1 and base.isascii():
            table[code] = base
    table.update({ord(c): "'" for c in "\u2018\u2019\u02bc\u00b4\u2032`"})
    table.update({ord(c): '"' for c in "\u201c\u201d\u00ab\u00bb"})
    table.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
    table.update({ord(c): " " for c in "\u00a0\u202f\u2009\u2007\u200a\t\r\f\v"})
    table.update({0xC6: "a", 0xE6: "a", 0x152: "o", 0x153: "o", 0xDF: "s"})
    return table


_FOLD = _fold_table()
# Folding runs on every page, so it works on bytes: characters beyond Latin-1 are first
# replaced one by one (the euro sign travels as byte 0x80), then one 256-byte table does the
# rest. Characters with no folded form become "?"; the length never changes.
_BYTE_TABLE = bytes(
    ord(_FOLD.get(code, chr(code))) if ord(_FOLD.get(code, chr(code))) < 256 else code
    for code in range(256)
)
_WIDE_FOLD = {chr(code): folded for code, folded in _FOLD.items() if code > 0xFF} | {"€": "\x80"}
_WIDE = re.compile(r"[^\x00-\xff]")
# Ligatures and soft hyphens change the length, so they are replaced before folding.
_LENGTH_CHANGING = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\u00ad": ""}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Text as it will be quoted: ligatures undone; soft hyphens and control characters (a
    PDF bullet often comes out as one) removed."""
    for char, replacement in _LENGTH_CHANGING.items():
        if char in text:
            text = text.replace(char, replacement)
    # isprintable() is False for every control character: most blocks skip the substitution
    return text if text.isprintable() else _CONTROL.sub("", text)


def fold(text: str) -> str:
    """Lower case without accents, same length as ``text``: the form every rule matches."""
    if not text.isascii():
        for char in set(_WIDE.findall(text)):
            text = text.replace(char, _WIDE_FOLD.get(char, "?"))
    folded = text.encode("latin-1").translate(_BYTE_TABLE).decode("latin-1")
    return folded.replace("\x80", "€") if "\x80" in folded else folded


# A sentence ends at . ! ? followed by a space and a capital, a digit, a quote or a bullet.
# (The punctuation leads the pattern, so the engine jumps from one . ! ? or newline to the next.)
_SENTENCE_END = re.compile(r"[.!?](?P<gap>\s+)(?=[A-ZÀ-ÖØ-Þ\"'(«•\-–])|\n+")
_CLAUSE_NUMBER = re.compile(r"\s*(?:[0-9]{1,3}\.)+")
_TITLE = re.compile(r"(?<![\w.])(?:M|MM|Mme|Mmes|Mlle|Me|Mr|Mrs|Ms|Dr|Pr)$")
_SPACES = re.compile(r"[ \t\u00a0\u202f]{2,}|[\t\u00a0\u202f]")


@dataclass(slots=True)
class Block:
    """A paragraph, list item or table row of the document."""

    text: str
    location: str
    table_row: bool = False
    folded: str = field(init=False)
    sentences: list[tuple[int, int]] = field(init=False)

    def __post_init__(self) -> None:
        text = clean(self.text)
        if "  " in text or not text.isprintable():  # tabs and no-break spaces are not printable
            text = _SPACES.sub(" ", text)
        self.text = text.strip()
        self.folded = fold(self.text)
        self.sentences = split_sentences(self.text)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``; a table row stays one sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start("gap") if match.group("gap") else match.start()
        if match.group("gap") and _CLAUSE_NUMBER.fullmatch(text, start, end):
            continue  # "1. Services": the number of a clause, not a sentence
        if match.group("gap") and _TITLE.search(text, max(start, end - 6), end - 1):
            continue  # "escaladé à M. Ferrand", "Dr. Smith": a courtesy title
        if end > start:
            spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


@dataclass(slots=True)
class DocumentText:
    """Everything read from one file: its blocks, page count and format."""

    blocks: list[Block]
    pages: int
    kind: str  # "pdf" | "docx" | "text"
    name: str = ""

    @property
    def char_count(self) -> int:
        return sum(len(b.text) for b in self.blocks)


@dataclass(slots=True)
class Sentence:
    """One sentence (or table row) of a block, with its folded form for matching. Read only
    (not frozen: a long contract has thousands, made much faster without the frozen checks)."""

    block: int
    text: str
    folded: str
    location: str
    table_row: bool


def sentences_of(document: DocumentText) -> list[Sentence]:
    """Every sentence of the document, in reading order."""
    out: list[Sentence] = []
    for index, block in enumerate(document.blocks):
        if block.table_row:
            out.append(Sentence(index, block.text, block.folded, block.location, True))
            continue
        for start, end in block.sentences:
            out.append(
                Sentence(
                    index, block.text[start:end], block.folded[start:end], block.location, False
                )
            )
    return out

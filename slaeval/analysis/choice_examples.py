"""Training data for the lexical choice model: the paragraphs of the golden documents, labelled
with the choice answers a careful reader found in them, and every other paragraph unlabelled.

Only the sets it is given are read (an explicit list of folders under ``sample_contracts``,
never a glob: the sets still being written must stay unread). Each document is read by the
app's own reader, so a paragraph here is a block of the analysis with its location ("§ 4",
"tab. 1, l. 3", "p. 2").

A golden choice finding (kind "answer", unit "text") is tied to one block:

- "§ N" and "tab. N, l. M": the block at that location. Golden locations are written by hand
  and may be off by one or two, so with ``window`` > 0 the block among the ``window`` blocks
  either side that holds the most key words of the criterion is taken (the written location
  wins a tie); ``keyword_hits`` measures how often the labelled block holds any key word.
- "p. N" (a PDF page holds some twenty blocks): the block of that page holding the most key
  words of the criterion, when one holds any; otherwise the finding is left out.
- no location: left out.

The key words of a criterion are the folded words of its catalogue label, question and choice
labels, in French and English, less the common words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from slaeval.analysis.document import Block, fold
from slaeval.analysis.reading import read_document
from slaeval.criteria import Catalogue

# The released sets, in the order they were written. The sets above blind21 are being written
# and must never be read before they are scored: they are not in this list on purpose.
RELEASED_SETS: tuple[str, ...] = (
    "documents",
    "held_out",
    "blind",
    *(f"blind{number}" for number in range(2, 22)),
)

_WORD = re.compile(r"[a-z]+")
_COMMON_WORDS = """
avec dans des est les pour que qui une sur par aux ces son ses leur leurs sont ont elle il ils pas
plus tout tous toute toutes cette etre avoir fait faire contrat prestataire client the and for
with that this are was have has from which what when does any all not its their into than then
there will shall contract provider customer services service
"""
_COMMON = frozenset(_COMMON_WORDS.split())


@dataclass(slots=True)
class Paragraph:
    """One block of a golden document, with the choice answers tied to it."""

    set_name: str
    document: str
    index: int
    location: str
    text: str
    labels: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class GoldenDocument:
    set_name: str
    document: str
    paragraphs: list[Paragraph]
    findings: list[dict[str, object]]  # every golden finding, as written
    unplaced: int = 0  # choice findings left out (no location, or a page with no key word)


def words_of(text: str) -> set[str]:
    return {w for w in _WORD.findall(fold(text)) if len(w) > 3 and w not in _COMMON}


def criterion_keywords(catalogue: Catalogue) -> dict[str, set[str]]:
    """criterion id -> key words, for the choice criteria of the catalogue."""
    out: dict[str, set[str]] = {}
    for criterion in catalogue.criteria:
        if criterion.kind != "choice":
            continue
        texts: list[str] = []
        for localized in (criterion.label, criterion.question):
            if localized is not None:
                texts += [localized.fr, localized.en]
        for choice in criterion.choices or ():
            texts += [choice.label.fr, choice.label.en]
        out[criterion.id] = set().union(*(words_of(t) for t in texts))
    return out


def is_choice_answer(item: dict[str, object]) -> bool:
    return item.get("kind", "answer") == "answer" and item.get("unit") == "text"


def _best_block(
    blocks: list[Block], candidates: list[int], keywords: set[str], preferred: int | None
) -> int | None:
    """The candidate holding the most key words; the preferred one wins a tie."""
    best, best_hits = preferred, -1
    if preferred is not None:
        best_hits = len(words_of(blocks[preferred].text) & keywords)
    for index in candidates:
        hits = len(words_of(blocks[index].text) & keywords)
        if hits > best_hits:
            best, best_hits = index, hits
    return best if best_hits > 0 or preferred is not None else None


def place_finding(
    blocks: list[Block], location: str, keywords: set[str], window: int
) -> int | None:
    """The index of the block a golden finding at ``location`` is tied to, or None."""
    if location.startswith("p. "):
        page = [i for i, b in enumerate(blocks) if b.location == location]
        return _best_block(blocks, page, keywords, None)
    exact = next((i for i, b in enumerate(blocks) if b.location == location), None)
    if exact is None:
        return None
    if window <= 0:
        return exact
    near = range(max(0, exact - window), min(len(blocks), exact + window + 1))
    # nearest first, so a tie between two neighbours goes to the nearer one
    ordered = sorted((i for i in near if i != exact), key=lambda i: (abs(i - exact), i))
    return _best_block(blocks, ordered, keywords, exact)


def load_golden_document(
    golden: Path, set_name: str, keywords: dict[str, set[str]], window: int
) -> GoldenDocument:
    data = json.loads(golden.read_text(encoding="utf-8"))
    document = read_document(golden.with_name(str(data["document"])), deadline=None)
    blocks = document.blocks
    paragraphs = [
        Paragraph(set_name, str(data["document"]), i, b.location, b.text)
        for i, b in enumerate(blocks)
    ]
    unplaced = 0
    for item in data["findings"]:
        if not is_choice_answer(item):
            continue
        criterion, value = str(item["criterion"]), str(item["value"])
        location = str(item.get("location") or "")
        index = (
            place_finding(blocks, location, keywords.get(criterion, set()), window)
            if location
            else None
        )
        if index is None:
            unplaced += 1
            continue
        label = (criterion, value)
        if label not in paragraphs[index].labels:
            paragraphs[index].labels.append(label)
    return GoldenDocument(set_name, str(data["document"]), paragraphs, data["findings"], unplaced)


def load_sets(
    root: Path, sets: list[str] | tuple[str, ...], catalogue: Catalogue, window: int = 0
) -> list[GoldenDocument]:
    """Every golden document of the given sets (folders under ``root``), in order."""
    unknown = [name for name in sets if name not in RELEASED_SETS]
    if unknown:
        raise ValueError(f"not a released set: {', '.join(unknown)}")
    keywords = criterion_keywords(catalogue)
    out: list[GoldenDocument] = []
    for name in sets:
        for golden in sorted((root / name).glob("*.expected.json")):
            out.append(load_golden_document(golden, name, keywords, window))
    return out


def keyword_hits(
    root: Path, sets: list[str] | tuple[str, ...], catalogue: Catalogue, window: int
) -> tuple[int, int]:
    """(labels whose block holds a key word of their criterion, labels placed)."""
    keywords = criterion_keywords(catalogue)
    hits = total = 0
    for document in load_sets(root, sets, catalogue, window):
        for paragraph in document.paragraphs:
            held = words_of(paragraph.text)
            for criterion, _ in paragraph.labels:
                total += 1
                hits += bool(held & keywords.get(criterion, set()))
    return hits, total


def training_rows(
    documents: list[GoldenDocument], pdf_pages: str = "best"
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(text, labels) of every paragraph, for ``ChoiceModel.train``.

    ``pdf_pages`` "best": a PDF page's choice findings label its best-matching block and the
    page's other blocks are negatives. "skip": the blocks of a PDF page that holds a golden
    choice finding are left out altogether (neither labelled nor negative).
    """
    rows: list[tuple[str, list[tuple[str, str]]]] = []
    for document in documents:
        skipped: set[str] = set()
        if pdf_pages == "skip":
            skipped = {
                str(item.get("location"))
                for item in document.findings
                if is_choice_answer(item) and str(item.get("location") or "").startswith("p. ")
            }
        for paragraph in document.paragraphs:
            if paragraph.location in skipped:
                continue
            rows.append((paragraph.text, list(paragraph.labels)))
    return rows

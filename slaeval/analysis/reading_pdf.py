"""PDF text with pypdf, page by page, joined back into paragraphs.

pypdf gives one line of text per printed line. Lines are joined into a paragraph until a line
ends a sentence, is clearly shorter than the page's full lines (a heading or a paragraph end),
or the next line starts a list item. Each paragraph keeps its page number ("p. 3").

A table comes out of plain extraction one cell per line, which loses its rows. A page that
looks like it holds one (a run of short lines) is read again in pypdf's layout mode, where a
row stays on one line with its cells apart; each row then becomes one block whose cells carry
their column heading ("Severity : Critical | Respond within : 30 minutes"), as in a DOCX. The
width of a full line, which tells a paragraph's last line, is measured on the page's prose, not
on those wide layout lines.

pypdf reports what it repairs in a damaged file ("EOF marker not found") through its logger
and Python warnings; those are silenced while reading, since the reader gives its own message.
"""

from __future__ import annotations

import logging
import re
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from slaeval.analysis.document import Block, DocumentText
from slaeval.errors import DocumentError
from slaeval.localized import both

MIN_CHARS_PER_PAGE = 40
_BULLET = re.compile(r"^\s*(?:[•▪◦●\-–*]|\(?[0-9a-z]{1,2}[.)]\s|[0-9]+(?:\.[0-9]+)+\s)")
_ENDS_SENTENCE = re.compile(r"[.:;!?]\s*$")
_SENTENCE_MARKS = ".:;!?"  # the last character of a right-stripped line that ends a sentence
SHORT_LINE = 0.6
MIN_LINES_FOR_HEADERS = 6
_DIGITS = re.compile(r"[0-9]+")
# A table row in layout mode: cells apart by two spaces or more. A cell is a few words.
_CELL_GAP = re.compile(r"\s{2,}")
CELL_CHARS = 40
# Cells set apart by wider gaps may hold a sentence ("The Hosted Platform is unavailable for all
# users, or more than 50% of users cannot work"): a prose line never holds such a gap.
_WIDE_GAP = re.compile(r"\s{4,}")
# A page is re-read in layout mode when it has this many short lines in a row (table cells).
TABLE_HINT_LINES = 6
TABLE_HINT_CHARS = 30
TABLE_CELL_HINT_CHARS = 60  # a longer cell, within a run of short ones
ROW_MARK = "\t"  # separates the cells of a table row in a page's lines


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Silence pypdf's own notes on a damaged file: the reader reports the problem itself."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def read_pdf(
    path: Path, deadline: float | None, progress: Callable[[int, int], None] | None
) -> DocumentText:
    with _quiet_pypdf():
        return _read_pdf(path, deadline, progress)


def _read_pdf(
    path: Path, deadline: float | None, progress: Callable[[int, int], None] | None
) -> DocumentText:
    from pypdf import PdfReader

    name = path.name
    try:
        reader = PdfReader(str(path), strict=False)
        _unlock(reader, name)
        pages = list(reader.pages)
    except DocumentError:
        raise
    except Exception:  # pypdf raises many types on broken input; all mean "damaged"
        raise _damaged(name) from None
    total = len(pages)
    texts: list[list[str]] = []
    for number, page in enumerate(pages, start=1):
        if deadline is not None and time.monotonic() > deadline:
            from slaeval.analysis.reading import time_limit_error

            raise time_limit_error(name, number, total)
        texts.append(_page_lines(page))
        if progress is not None:
            progress(number, total)
    page_lines = drop_running_lines(texts)
    blocks = joined_across_pages(
        [paragraph_blocks(lines, f"p. {number}") for number, lines in enumerate(page_lines, 1)]
    )
    document = DocumentText(blocks=blocks, pages=total, kind="pdf", name=name)
    if total == 0 or document.char_count < MIN_CHARS_PER_PAGE * total:
        raise DocumentError(
            both(
                f"« {name} » ne contient pas de texte lisible (PDF numérisé ?). La "
                "reconnaissance de caractères (OCR) n'est pas prise en charge : demandez "
                "au prestataire la version texte du document.",
                f'"{name}" has no readable text (a scanned PDF?). Character recognition '
                "(OCR) is not supported: ask the provider for the text version of the document.",
            )
        )
    return document


def _page_lines(page: Any) -> list[str]:
    """The lines of one page; table rows as cells joined by ``ROW_MARK``."""
    try:
        lines = (page.extract_text() or "").replace(ROW_MARK, " ").splitlines()
    except Exception:  # a broken content stream on one page
        return []
    if not _may_hold_a_table(lines):
        return lines
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:
        return lines
    with_rows = table_rows(layout.replace(ROW_MARK, " ").splitlines())
    return with_rows if any(ROW_MARK in line for line in with_rows) else lines


def _may_hold_a_table(lines: list[str]) -> bool:
    """A run of short lines that end no sentence: the cells of a table, one per line. A cell
    longer than the others (a definition beside a level) neither counts nor breaks the run,
    so a table of a heading row and a single row still shows; a line of prose does."""
    run = 0
    for line in lines:
        text = line.strip()
        if not text or _ENDS_SENTENCE.search(text) or len(text) > TABLE_CELL_HINT_CHARS:
            run = 0
        elif len(text) <= TABLE_HINT_CHARS:
            run += 1
            if run >= TABLE_HINT_LINES:
                return True
    return False


def table_rows(layout_lines: list[str]) -> list[str]:
    """Layout-mode lines with each table row turned into its cells joined by ``ROW_MARK``: a
    run of two lines or more that split into the same number (2 or more) of short cells."""
    cells = [_cells(line) for line in layout_lines]
    out: list[str] = []
    start = 0
    while start < len(layout_lines):
        width = len(cells[start])
        end = start + 1
        while end < len(layout_lines) and width >= 2 and len(cells[end]) == width:
            end += 1
        if width >= 2 and end - start >= 2:
            out += [ROW_MARK.join(row) for row in cells[start:end]]
        else:
            out += [line.strip() for line in layout_lines[start:end]]
        start = end
    return out


def _cells(line: str) -> list[str]:
    parts = [p for p in _CELL_GAP.split(line.strip()) if p]
    if len(parts) >= 2 and all(len(p) <= CELL_CHARS for p in parts):
        return parts
    wide = [p.strip() for p in _WIDE_GAP.split(line.strip()) if p.strip()]
    return wide if len(wide) >= 2 else []


def _unlock(reader: object, name: str) -> None:
    """Open a PDF protected only against editing; refuse one that needs a password."""
    if not getattr(reader, "is_encrypted", False):
        return
    try:
        opened = reader.decrypt("")  # type: ignore[attr-defined]
    except Exception:
        opened = 0
    if not opened:
        raise DocumentError(
            both(
                f"« {name} » est protégé par un mot de passe : enregistrez-en une copie sans "
                "protection, puis recommencez.",
                f'"{name}" is protected by a password: save an unprotected copy and try again.',
            )
        )


def _damaged(name: str) -> DocumentError:
    return DocumentError(
        both(
            f"« {name} » est un PDF endommagé qui ne peut pas être lu.",
            f'"{name}" is a damaged PDF that cannot be read.',
        )
    )


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove running headers and footers: a first or last line repeated on two pages or more,
    and on at least half of them (page numbers aside)."""
    if len(pages) < 2:
        return pages
    counts: dict[str, int] = {}
    for lines in pages:
        edges = {_shape(line) for line in _edges(lines)}
        for shape in edges:
            counts[shape] = counts.get(shape, 0) + 1
    running = {
        shape for shape, count in counts.items() if shape and count >= 2 and count * 2 >= len(pages)
    }
    cleaned = []
    for lines in pages:
        edge_ids = {id(line) for line in _edges(lines)}
        cleaned.append(
            [line for line in lines if not (id(line) in edge_ids and _shape(line) in running)]
        )
    return cleaned


def _edges(lines: list[str]) -> list[str]:
    """The first two and last two lines of a page with a body between them."""
    kept = [line for line in lines if line.strip()]
    return kept[:2] + kept[-2:] if len(kept) >= MIN_LINES_FOR_HEADERS else []


def _shape(line: str) -> str:
    return _DIGITS.sub("#", line.strip())


def paragraph_blocks(page_lines: list[str], location: str) -> list[Block]:
    lines = [line.rstrip() for line in page_lines if line.strip()]
    if not lines:
        return []
    # the width of a full line of prose: a layout-mode line of cells apart is no measure
    prose = [len(line) for line in lines if ROW_MARK not in line]
    full = max(
        (
            len(line)
            for line in lines
            if ROW_MARK not in line and not _WIDE_GAP.search(line.strip())
        ),
        default=max(prose, default=1),
    )
    blocks: list[Block] = []
    current: list[str] = []
    table: list[list[str]] = []
    for line in lines:
        if ROW_MARK in line:
            if current:
                blocks.append(Block(_join(current), location))
                current = []
            table.append(line.split(ROW_MARK))
            continue
        if table:
            blocks += row_blocks(table, location)
            table = []
        if current and _BULLET.match(line) and not _digits_of_a_spelled_figure(current[-1], line):
            blocks.append(Block(_join(current), location))
            current = []
        current.append(line.strip())
        if line[-1] in _SENTENCE_MARKS or len(line) < SHORT_LINE * full:
            blocks.append(Block(_join(current), location))
            current = []
    if current:
        blocks.append(Block(_join(current), location))
    if table:
        blocks += row_blocks(table, location)
    return [b for b in blocks if b.text]


# A figure written in words, then in digits in brackets ("ninety (90) days", "vingt-quatre (24)
# heures"), cut by the line break between the two: the brackets open the next line as "(a)" or
# "(1)" open a list item, but they carry on the sentence.
_ENDS_IN_A_NUMBER_WORD = re.compile(
    r"(?:^|[\s-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|un|une|deux|trois"
    r"|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente"
    r"|quarante|cinquante|soixante|cents?|mille)$",
    re.IGNORECASE,
)
_OPENS_WITH_DIGITS_IN_BRACKETS = re.compile(r"^\s*\([0-9]+\)")


def _digits_of_a_spelled_figure(before: str, line: str) -> bool:
    return bool(
        _OPENS_WITH_DIGITS_IN_BRACKETS.match(line) and _ENDS_IN_A_NUMBER_WORD.search(before)
    )


def joined_across_pages(pages: list[list[Block]]) -> list[Block]:
    """The blocks of every page in order, a paragraph cut by a page break made whole again:
    a page that ends mid-sentence (no closing mark) and a next page that starts in lower case
    are one paragraph, located on the page where it starts."""
    blocks: list[Block] = []
    for page in pages:
        if blocks and page and _continues(blocks[-1], page[0]):
            last = blocks[-1]
            blocks[-1] = Block(_join([last.text, page[0].text]), last.location)
            page = page[1:]
        blocks += page
    return blocks


def _continues(before: Block, after: Block) -> bool:
    if before.table_row or after.table_row or not before.text or not after.text:
        return False
    return before.text[-1] not in _SENTENCE_MARKS and after.text[0].islower()


def row_blocks(rows: list[list[str]], location: str) -> list[Block]:
    """One block per table row, each cell after its column heading when the first row is a
    heading row (no digits in it)."""
    header: list[str] = []
    if len(rows) > 1 and not any(_DIGITS.search(cell) for cell in rows[0]):
        header, rows = rows[0], rows[1:]
    out = []
    for cells in rows:
        parts = [
            f"{head} : {cell}" if head and head != cell else cell
            for head, cell in zip(header or [""] * len(cells), cells, strict=False)
        ]
        out.append(Block(" | ".join(parts), location, table_row=True))
    return out


def _join(lines: list[str]) -> str:
    out = lines[0]
    for line in lines[1:]:
        hyphenated = out.endswith("-") and line[:1].islower()
        out = out[:-1] + line if hyphenated else f"{out} {line}"
    return out

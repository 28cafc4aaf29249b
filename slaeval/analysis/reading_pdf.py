"""PDF text with pypdf, page by page, joined back into paragraphs.

pypdf gives one line of text per printed line. Lines are joined into a paragraph until a line
ends a sentence, is clearly shorter than the page's full lines (a heading or a paragraph end),
or the next line starts a list item. Each paragraph keeps its page number ("p. 3").
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from slaeval.analysis.document import Block, DocumentText
from slaeval.errors import DocumentError
from slaeval.localized import both

MIN_CHARS_PER_PAGE = 40
_BULLET = re.compile(r"^\s*(?:[•▪◦●\-–*]|\(?[0-9a-z]{1,2}[.)]\s|[0-9]+(?:\.[0-9]+)+\s)")
_ENDS_SENTENCE = re.compile(r"[.:;!?]\s*$")
SHORT_LINE = 0.6
MIN_LINES_FOR_HEADERS = 6
_DIGITS = re.compile(r"[0-9]+")


def read_pdf(
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
    texts: list[str] = []
    for number, page in enumerate(pages, start=1):
        if deadline is not None and time.monotonic() > deadline:
            from slaeval.analysis.reading import time_limit_error

            raise time_limit_error(name, number, total)
        try:
            texts.append(page.extract_text() or "")
        except Exception:  # a broken content stream on one page
            texts.append("")
        if progress is not None:
            progress(number, total)
    page_lines = drop_running_lines([t.splitlines() for t in texts])
    blocks = [
        block
        for number, lines in enumerate(page_lines, start=1)
        for block in paragraph_blocks(lines, f"p. {number}")
    ]
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
    """Remove running headers and footers: a first or last line that every other page repeats
    (page numbers aside)."""
    if len(pages) < 2:
        return pages
    counts: dict[str, int] = {}
    for lines in pages:
        edges = {_shape(line) for line in _edges(lines)}
        for shape in edges:
            counts[shape] = counts.get(shape, 0) + 1
    running = {shape for shape, count in counts.items() if shape and count * 2 >= len(pages)}
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
    full = max(len(line) for line in lines)
    blocks: list[Block] = []
    current: list[str] = []
    for line in lines:
        if current and _BULLET.match(line):
            blocks.append(Block(_join(current), location))
            current = []
        current.append(line.strip())
        if _ENDS_SENTENCE.search(line) or len(line) < SHORT_LINE * full:
            blocks.append(Block(_join(current), location))
            current = []
    if current:
        blocks.append(Block(_join(current), location))
    return [b for b in blocks if b.text]


def _join(lines: list[str]) -> str:
    out = lines[0]
    for line in lines[1:]:
        hyphenated = out.endswith("-") and line[:1].islower()
        out = out[:-1] + line if hyphenated else f"{out} {line}"
    return out

"""Plain text and Markdown: paragraphs split on blank lines, list items and table rows kept.

Hard-wrapped lines of a paragraph are joined; a line starting a list item starts a new
block, and so does the text under a short numbered title ("Article 4 – Durée"). A numbered
clause ("1. Objet", "2.3 Le Prestataire...", "Article 4 - Durée") starts a new paragraph even
with no blank line before it, as contracts typed without blank lines are numbered clause by
clause. A Markdown table becomes one block per row with its column headings, like a DOCX
table. Locations count paragraphs ("§ 4"); table rows are "tab. 1, l. 3".
"""

from __future__ import annotations

import re
from pathlib import Path

from slaeval.analysis.document import Block, DocumentText
from slaeval.errors import DocumentError
from slaeval.localized import both

# A 500-page contract is about 1.5 MB of text; ten times more is not a contract.
MAX_TEXT_BYTES = 16 * 2**20
_BULLET = re.compile(r"^\s*[-*+•]\s")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]\s|[0-9]{1,3}[.)]\s|[a-z][.)]\s)")
_MARKUP = re.compile(r"^\s*(?:#{1,6}\s*|>\s*)|\*\*|__|`")
_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_HEADING_CHARS = 80
_TITLE_CHARS = 60
_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|€|h\b|heures?|hours?|hrs?\b|min|jours?|days?|semaines?|weeks?|mois|months?|ans?\b"
    r"|years?|euros?|eur\b|pour ?cent|per ?cent)",
    re.IGNORECASE,
)
_CLAUSE_END = (".", ":", ";", "!", "?", ")", "»", '"')
# "1. ", "2) ", "2.3 ", "4.1.2. ", "Article 4 -", "ARTICLE 12 :", "Clause 7.", "Section 2.1".
_NUMBERED_CLAUSE = re.compile(
    r"^\s*(?:[0-9]{1,3}(?:\.[0-9]{1,3})+[.)]?\s|[0-9]{1,3}[.)]\s"
    r"|(?:article|art\.|clause|section|chapitre|chapter|annexe|annex|appendix|titre|schedule)"
    r"\s+(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[ivxlc]{1,6}|premier|1er)\b)",
    re.IGNORECASE,
)


def read_text(path: Path) -> DocumentText:
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise DocumentError(
            both(
                f"« {path.name} » est trop volumineux pour un contrat en texte "
                f"({size // 2**20} Mo ; maximum {MAX_TEXT_BYTES // 2**20} Mo).",
                f'"{path.name}" is too large for a contract in text form '
                f"({size // 2**20} MB; the limit is {MAX_TEXT_BYTES // 2**20} MB).",
            )
        )
    data = path.read_bytes()
    text = _decode(data, path.name)
    blocks = text_blocks(text)
    if not blocks:
        raise DocumentError(
            both(
                f"« {path.name} » ne contient aucun texte.",
                f'"{path.name}" contains no text.',
            )
        )
    return DocumentText(blocks=blocks, pages=1, kind="text", name=path.name)


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    sample = text[:20000]
    if "\x00" in sample or len(_CONTROL.findall(sample)) * 100 > len(sample):
        raise DocumentError(
            both(
                f"« {name} » n'est ni un PDF, ni un DOCX, ni un texte : format non pris en charge.",
                f'"{name}" is neither a PDF, a DOCX nor text: the format is not supported.',
            )
        )
    return text


def text_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    tables = 0
    for number, paragraph in enumerate(_paragraphs(text), start=1):
        lines = [_MARKUP.sub("", line).rstrip() for line in paragraph]
        if lines and lines[0].lstrip().startswith("|"):
            tables += 1
            blocks.extend(_table(lines, tables))
            continue
        location = f"§ {number}"
        if _is_heading(lines):  # "Article 4 – Durée" over its text: a block of its own
            blocks.append(Block(lines[0].strip(), location))
            lines = lines[1:]
        current: list[str] = []
        for line in lines:
            if current and _LIST_ITEM.match(line):
                blocks.append(Block(" ".join(current), location))
                current = []
            current.append(line.strip())
        if current:
            blocks.append(Block(" ".join(current), location))
    return [b for b in blocks if b.text]


def _is_heading(lines: list[str]) -> bool:
    """A paragraph's first line is its heading when it is a short numbered title with no end
    punctuation, followed by text (a hard-wrapped first line is as long as the others)."""
    if len(lines) < 2:
        return False
    first = lines[0].strip()
    return (
        len(first) <= _TITLE_CHARS
        and not first.endswith(_CLAUSE_END)
        and _NUMBERED_CLAUSE.match(first) is not None
        and not _LIST_ITEM.match(lines[1])
        and lines[1].strip()[:1].isupper()
    )


def _paragraphs(text: str) -> list[list[str]]:
    """Lines grouped into paragraphs: a blank line or a numbered clause starts a new one."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            if current:
                out.append(current)
            current = []
            continue
        if current and _starts_clause(current, _MARKUP.sub("", line)):
            out.append(current)
            current = []
        current.append(line)
    if current:
        out.append(current)
    return out


def _starts_clause(current: list[str], line: str) -> bool:
    """A numbered clause starts a paragraph unless it may be a hard-wrapped "2.5 hours": its
    number then follows a line that neither ends a sentence nor is a heading."""
    match = _NUMBERED_CLAUSE.match(line)
    if match is None or current[0].lstrip().startswith("|"):
        return False
    if match.group(0).strip()[0].isalpha():  # "Article 4", "Clause 7"
        return True
    if _QUANTITY_AFTER.match(line, match.end()):  # "2.5 heures", "99.9 %"
        return False
    previous = _MARKUP.sub("", current[-1]).rstrip()
    heading = (
        len(current) == 1
        and len(previous) <= _HEADING_CHARS
        and _NUMBERED_CLAUSE.match(previous) is not None
    )
    return heading or previous.endswith(_CLAUSE_END) or _BULLET.match(previous) is not None


def _table(lines: list[str], number: int) -> list[Block]:
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in lines
        if line.strip().startswith("|") and not _SEPARATOR_ROW.match(line)
    ]
    if not rows:
        return []
    header, body = rows[0], rows[1:]
    out = []
    for row_number, cells in enumerate(body, start=2):
        parts = [f"{h} : {c}" if h and c else c for h, c in zip(header, cells, strict=False)]
        text = " | ".join(p for p in parts if p)
        out.append(Block(text, f"tab. {number}, l. {row_number}", table_row=True))
    return out

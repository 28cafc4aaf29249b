"""DOCX text with python-docx: paragraphs and table rows, in the order of the document.

A table row becomes one block whose cells carry their column heading ("GTI : 30 minutes"),
so a priority table reads like a sentence. Paragraphs are numbered as the reader counts them
("§ 12", empty ones skipped); rows as "tab. 2, l. 3" (table 2, row 3).

A DOCX is a zip archive: a few hundred kilobytes can unpack into gigabytes of repeated XML
(a "zip bomb"). The sizes the archive's directory declares are checked before anything is
unpacked, and the time limit is checked while the paragraphs are read.
"""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path
from typing import Any

from slaeval.analysis.document import Block, DocumentText
from slaeval.errors import DocumentError
from slaeval.localized import both

_HAS_DIGIT = re.compile(r"[0-9]")
# A 500-page contract holds a few megabytes of XML; ten times more is not a contract.
MAX_XML_BYTES = 50 * 2**20
MAX_UNPACKED_BYTES = 200 * 2**20
_DEADLINE_EVERY = 200  # body elements read between two looks at the clock


def read_docx(path: Path, deadline: float | None = None) -> DocumentText:
    check_unpacked_size(path)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
        blocks = _blocks(document, Paragraph, Table, deadline, path.name)
    except DocumentError:
        raise
    except Exception:  # python-docx, zipfile and lxml raise many types on broken input
        raise DocumentError(
            both(
                f"« {path.name} » est un document Word endommagé qui ne peut pas être lu.",
                f'"{path.name}" is a damaged Word document that cannot be read.',
            )
        ) from None
    return DocumentText(blocks=blocks, pages=1, kind="docx", name=path.name)


def check_unpacked_size(path: Path) -> None:
    """Refuse an archive whose directory declares more XML, or more content, than a contract
    could hold: nothing is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # python-docx reports the damage
    xml = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    total = sum(m.file_size for m in members)
    if xml > MAX_XML_BYTES or total > MAX_UNPACKED_BYTES:
        size, limit = (xml, MAX_XML_BYTES) if xml > MAX_XML_BYTES else (total, MAX_UNPACKED_BYTES)
        raise DocumentError(
            both(
                f"« {path.name} » se décompresse en {size // 2**20} Mo "
                f"(maximum {limit // 2**20} Mo) : ce n'est pas un contrat ordinaire, il "
                "n'est pas lu.",
                f'"{path.name}" unpacks to {size // 2**20} MB (the limit is '
                f"{limit // 2**20} MB): this is not an ordinary contract; it is not read.",
            )
        )


def _blocks(
    document: Any,
    paragraph_type: Any,
    table_type: Any,
    deadline: float | None = None,
    name: str = "",
) -> list[Block]:
    blocks: list[Block] = []
    paragraphs = tables = 0
    for count, child in enumerate(document.element.body.iterchildren()):
        if deadline is not None and count % _DEADLINE_EVERY == 0 and time.monotonic() > deadline:
            from slaeval.analysis.reading import time_limit_error

            raise time_limit_error(name, None, None)
        tag = str(child.tag).rsplit("}", 1)[-1]
        if tag == "p":
            text = paragraph_type(child, document).text
            if text.strip():
                paragraphs += 1
                blocks.append(Block(text, f"§ {paragraphs}"))
        elif tag == "tbl":
            tables += 1
            blocks.extend(table_blocks(table_type(child, document), tables))
    return blocks


def table_blocks(table: Any, number: int) -> list[Block]:
    rows = [_cells(row) for row in table.rows]
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    header: list[str] = []
    if len(rows) > 1 and not any(_HAS_DIGIT.search(c) for c in rows[0]):
        header = rows[0]
    out: list[Block] = []
    for row_number, cells in enumerate(rows, start=1):
        if header and row_number == 1:
            continue
        parts = [
            f"{head} : {cell}" if head and cell and head != cell else cell
            for head, cell in zip(header or [""] * len(cells), cells, strict=False)
        ]
        text = " | ".join(p for p in parts if p.strip())
        out.append(Block(text, f"tab. {number}, l. {row_number}", table_row=True))
    return out


def _cells(row: Any) -> list[str]:
    """Cell texts, with the copies python-docx returns for merged cells removed."""
    texts: list[str] = []
    previous: object = None
    for cell in row.cells:
        if cell._tc is previous:
            continue
        previous = cell._tc
        texts.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
    return texts

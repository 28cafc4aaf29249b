"""Tables of plain text, wrapped by us: the fast path for the report's large tables.

A Paragraph per cell parses markup, then wraps, then draws: for the 500-cell side-by-side
table that is most of the report's build time. Here each cell is plain text, wrapped once to
its column from measured word widths (a very long word is cut), and drawn by the Table
itself. Plain text is also literal text: a provider called ``A&B <Services>`` needs no
escaping. Cells that need markup (bold within a line, colours) stay Paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeAlias

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from slaeval.report.fonts import BOLD, REGULAR
from slaeval.report.styles import grid_style

SIZE = 7.5
LEADING = 9.2
PADDING = 3.0  # left and right, as in grid_style
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Text:
    """One cell of plain text; ``span`` for a caption row that spans the whole table."""

    text: str
    bold: bool = False
    right: bool = False
    span: bool = False


Cell: TypeAlias = "str | Text | Flowable"


@lru_cache(maxsize=20000)
def _width(word: str, font: str) -> float:
    return float(stringWidth(word, font, SIZE))


def _cut(word: str, room: float, font: str) -> list[str]:
    """A word wider than the column, cut into pieces that fit."""
    pieces, current = [], ""
    for char in word:
        if current and _width(current + char, font) > room:
            pieces.append(current)
            current = char
        else:
            current += char
    return [*pieces, current]


def wrap(text: str, room: float, font: str = REGULAR) -> str:
    """``text`` broken into lines no wider than ``room`` points (at breaking spaces only:
    no-break spaces keep "47 900 €" whole)."""
    space = _width(" ", font)
    lines: list[str] = []
    for paragraph in _CONTROL.sub("", text).split("\n"):
        line, used = "", 0.0
        for word in paragraph.split(" "):
            width = _width(word, font)
            if line and used + space + width <= room:
                line, used = f"{line} {word}", used + space + width
                continue
            if line:
                lines.append(line)
            if width > room:
                *full, word = _cut(word, room, font)
                lines += full
                width = _width(word, font)
            line, used = word, width
        lines.append(line)
    return "\n".join(lines)


def text_table(
    rows: Sequence[Sequence[Cell]],
    widths: list[float],
    header_rows: int = 1,
    extra: list[tuple[Any, ...]] | None = None,
    repeat: bool = True,
    right: tuple[int, ...] = (),
) -> Table:
    """A house-style table; ``Text`` and ``str`` cells are wrapped here, header rows in bold,
    the ``right`` columns aligned right below the header (figures)."""
    commands: list[tuple[Any, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), SIZE),
        ("LEADING", (0, 0), (-1, -1), LEADING),
    ]
    commands += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
    if header_rows:
        commands.append(("FONTNAME", (0, 0), (-1, header_rows - 1), BOLD))
    total = sum(widths)
    data: list[list[str | Flowable]] = []
    for r, row in enumerate(rows):
        out: list[str | Flowable] = []
        for c, cell in enumerate(row):
            if isinstance(cell, Flowable):
                out.append(cell)
                continue
            item = cell if isinstance(cell, Text) else Text(cell)
            bold = item.bold or r < header_rows
            font = BOLD if bold else REGULAR
            room = (total if item.span else widths[c]) - 2 * PADDING
            out.append(wrap(item.text, room, font))
            if item.bold and r >= header_rows:
                commands.append(("FONTNAME", (c, r), (c, r), BOLD))
            if item.right:
                commands.append(("ALIGN", (c, r), (c, r), "RIGHT"))
        data.append(out)
    style = grid_style(header_rows, commands + (extra or []))
    return Table(
        data,
        colWidths=widths,
        repeatRows=header_rows if repeat else 0,
        style=style,
        hAlign="LEFT",
    )

"""Fonts, colours, paragraph styles and table looks shared by the PDF exports.

DejaVu Sans is shipped in ``resources/fonts`` and embedded in every PDF: it has the euro sign,
French accents, narrow no-break spaces and the status symbols (✔ ~ ✖ ? –) the base-14 fonts
lack. Big tables hold plain strings wrapped once per cell (``wrap``), which is several times
faster than a Paragraph per cell and prints user text literally.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

from slaeval.data_paths import resource

FONT = "SlaevalSans"
BOLD = "SlaevalSans-Bold"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#c5ccd6")
HEAD_BG = colors.HexColor("#e3e9f2")
AREA_BG = colors.HexColor("#f1f3f6")

# Light tints: the symbol carries the status, the tint only helps on a colour print.
STATUS_TINT = {
    "good": colors.HexColor("#dff0df"),
    "acceptable": colors.HexColor("#fbf0d0"),
    "red": colors.HexColor("#f7d9d6"),
    "unknown": colors.HexColor("#e6e6e6"),
    "not_applicable": colors.white,
}

# Offer series on charts: colour plus dash pattern plus marker, so they part in black and white.
SERIES_COLOURS = [
    colors.HexColor(c)
    for c in (
        "#1d4e89",
        "#c0392b",
        "#2e8540",
        "#8e44ad",
        "#d35400",
        "#16a085",
        "#7f8c8d",
        "#b7950b",
    )
]
SERIES_DASHES: list[tuple[int, ...] | None] = [
    None,
    (4, 2),
    (1, 2),
    (6, 2, 1, 2),
    (8, 3),
    (2, 4),
    (3, 1, 1, 1),
    (10, 2),
]


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once per process."""
    from reportlab.lib.fonts import addMapping

    folder = resource("fonts")
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, BOLD)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, bulletFontName=FONT
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", body, fontSize=8, leading=10.5),
        "muted": ParagraphStyle("muted", body, fontSize=8, leading=10.5, textColor=MUTED),
        "h1": ParagraphStyle(
            "h1",
            body,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            spaceAfter=8,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            body,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            body,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "title": ParagraphStyle(
            "title", body, fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=14, leading=19, textColor=MUTED),
        "verdict": ParagraphStyle(
            "verdict", body, fontName=BOLD, fontSize=14, leading=18, textColor=ACCENT
        ),
        "bullet": ParagraphStyle("bullet", body, leftIndent=12, bulletIndent=2, spaceAfter=2),
        "center": ParagraphStyle("center", body, alignment=TA_CENTER),
        "right": ParagraphStyle("right", body, alignment=TA_RIGHT),
    }


@lru_cache(maxsize=4096)  # the same questions and answers recur across tables and offers
def wrap(text: str, width: float, size: float, bold: bool = False) -> str:
    """``text`` broken into lines that fit ``width`` points, joined by newlines.

    Lines break at ordinary spaces only: no-break spaces ("1\u202f199\xa0€", "Note :") keep
    their words together and stay in the text. A word wider than the column (a long name
    with no space) is cut between characters."""
    font = BOLD if bold else FONT
    lines: list[str] = []
    for part in text.split("\n"):
        for line in _fill(part, font, size, width):
            if pdfmetrics.stringWidth(line, font, size) <= width:
                lines.append(line)
            else:  # a single word too wide for the column
                lines.extend(_cut(line, font, size, width))
    return "\n".join(lines)


def _fill(part: str, font: str, size: float, width: float) -> list[str]:
    """Words (split at ASCII spaces) laid greedily on lines of at most ``width`` points."""
    space = pdfmetrics.stringWidth(" ", font, size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in part.split(" "):
        if not word:
            continue
        size_of = pdfmetrics.stringWidth(word, font, size)
        if current and used + space + size_of > width:
            lines.append(" ".join(current))
            current, used = [word], size_of
        else:
            used += size_of + (space if current else 0.0)
            current.append(word)
    return [*lines, " ".join(current)] if current or not lines else lines


def _cut(line: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in line:
        if current and pdfmetrics.stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = char.lstrip()
        else:
            current += char
    return [*pieces, current]


def grid_style(size: float = 7.5, header_rows: int = 1) -> list[tuple[object, ...]]:
    """The commands every table starts with: font, padding, rules and a shaded header."""
    leading = size * 1.22
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, size, leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        last = header_rows - 1
        commands += [
            ("FONT", (0, 0), (-1, last), BOLD, size, leading),
            ("BACKGROUND", (0, 0), (-1, last), HEAD_BG),
            ("LINEBELOW", (0, last), (-1, last), 0.8, ACCENT),
        ]
    return commands


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    return TableStyle(commands)

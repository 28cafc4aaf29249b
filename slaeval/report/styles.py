"""Paragraph styles, colours and the one way user text enters a PDF: escaped.

reportlab's Paragraph reads a small markup language, so a provider called ``A&B <Services>``
would break the page or inject markup: every text from the project goes through ``esc``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Paragraph, TableStyle

from slaeval.report.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#c5ccd3")
HEAD_BG = colors.HexColor("#e4ebf2")
AREA_BG = colors.HexColor("#f1f4f7")

# Light backgrounds: the symbol in the cell carries the meaning, the colour only helps.
STATUS_BG = {
    "good": colors.HexColor("#e3f1e4"),
    "acceptable": colors.HexColor("#fdf1d3"),
    "red": colors.HexColor("#f9dcdc"),
    "unknown": colors.HexColor("#eceff1"),
    "not_applicable": colors.white,
}

# One colour and one dash pattern per offer, so the radar reads in black and white too.
OFFER_COLOURS = (
    "#1d4e89",
    "#c2410c",
    "#15803d",
    "#7e22ce",
    "#b91c1c",
    "#0e7490",
    "#a16207",
    "#4b5563",
)
OFFER_DASHES: tuple[tuple[float, ...] | None, ...] = (
    None,
    (4, 2),
    (1, 2),
    (6, 2, 1, 2),
    (8, 3),
    (2, 2),
    (5, 1, 1, 1),
    (3, 3),
)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def esc(text: object) -> str:
    """User text made safe for Paragraph: markup characters escaped, control characters gone,
    line breaks kept."""
    clean = _CONTROL.sub("", str(text))
    return escape(clean).replace("\n", "<br/>")


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
    made = {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", base, fontSize=7.5, leading=9.2),
        "muted": ParagraphStyle("muted", base, fontSize=8, leading=10, textColor=MUTED),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            spaceBefore=12,
            spaceAfter=8,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "h3": ParagraphStyle(
            "h3",
            base,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "headline": ParagraphStyle(
            "headline", base, fontName=BOLD, fontSize=14, leading=18, spaceAfter=6, textColor=ACCENT
        ),
        "cover_title": ParagraphStyle(
            "cover_title", base, fontName=BOLD, fontSize=24, leading=30, textColor=ACCENT
        ),
        "cover_sub": ParagraphStyle("cover_sub", base, fontSize=13, leading=18, textColor=INK),
        "cover_meta": ParagraphStyle("cover_meta", base, fontSize=11, leading=16, textColor=MUTED),
        "box": ParagraphStyle("box", base, fontSize=13, leading=14, alignment=TA_CENTER),
    }
    return made


def para(text: object, style: str = "body") -> Paragraph:
    """A paragraph of user or computed text, escaped."""
    return Paragraph(esc(text), styles()[style])


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph whose markup is ours (bold labels); every user part must be escaped."""
    return Paragraph(text, styles()[style])


def bullets(lines: list[str]) -> ListFlowable:
    """A bulleted list of escaped texts, bullets drawn in the embedded font."""
    items = [ListItem(para(line), leftIndent=12) for line in lines]
    return ListFlowable(
        items,
        bulletType="bullet",
        start="•",
        leftIndent=12,
        bulletFontName=REGULAR,
        bulletFontSize=8,
    )


def numbered(paragraphs: list[Paragraph]) -> ListFlowable:
    """A numbered list (1, 2, 3...) of ready paragraphs."""
    items = [ListItem(p, leftIndent=16) for p in paragraphs]
    return ListFlowable(
        items, bulletType="1", leftIndent=16, bulletFontName=REGULAR, bulletFontSize=9
    )


def grid_style(header_rows: int = 1, extra: list[tuple[Any, ...]] | None = None) -> TableStyle:
    """The house table look: thin rules, a tinted header, text at the top of each cell."""
    commands: list[tuple[Any, ...]] = [
        # Cells are Paragraphs, but Table still sets its own font (Helvetica, not embedded).
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG))
    return TableStyle(commands + (extra or []))

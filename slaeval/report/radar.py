"""The radar chart of area scores, drawn once with reportlab.graphics for the PDF and as SVG
for the app (QtSvg shows the same picture, so there is one chart code).

Each offer has a colour, a dash pattern and a marker shape, so the chart still reads when
printed in black and white.
"""

from __future__ import annotations

import math
import re

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from slaeval.criteria import Catalogue
from slaeval.evaluation import Evaluation, OfferResult
from slaeval.localized import Lang
from slaeval.report.fonts import BOLD, REGULAR, register_fonts
from slaeval.report.styles import MUTED, OFFER_COLOURS, OFFER_DASHES, RULE

_LABEL_SIZE = 7.5
_LEGEND_SIZE = 7.5
_LEGEND_ROW = 11.0
_RINGS = (25, 50, 75, 100)


def chart_offers(evaluation: Evaluation) -> list[OfferResult]:
    """Ranked offers first, then the knocked-out ones: the order of the legend."""
    ranked = [evaluation.result(i) for i in evaluation.ranking]
    rest = sorted((r for r in evaluation.offers if r.rank is None), key=lambda r: -r.total)
    return ranked + rest


def radar_drawing(
    evaluation: Evaluation, catalogue: Catalogue, lang: Lang, width: float
) -> Drawing:
    """Area scores of every offer on one radar, the legend under it; the height follows
    from the width (room is kept left and right for the area names)."""
    register_fonts()
    offers = chart_offers(evaluation)[: len(OFFER_COLOURS)]
    areas = [a for a in catalogue.areas_in_review_order() if a.id in evaluation.area_weights]
    legend_height = _LEGEND_ROW * len(offers) + 8
    radius = max(40.0, min(width / 2 - 125, 150.0))
    height = 2 * radius + 2 * 20 + legend_height
    # The initial font matters: reportlab's default (Helvetica) would not be embedded.
    drawing = Drawing(width, height, initialFontName=REGULAR)
    cx, cy = width / 2, height - radius - 20
    angles = [math.pi / 2 - 2 * math.pi * i / max(1, len(areas)) for i in range(len(areas))]
    drawing.add(_grid(cx, cy, radius, angles))
    for angle, area in zip(angles, areas, strict=True):
        drawing.add(_axis_label(cx, cy, radius, angle, area.label.get(lang)))
    for index, result in enumerate(offers):
        points = [
            _polar(cx, cy, radius * result.areas.get(a.id, 0.0) / 100, angle)
            for a, angle in zip(areas, angles, strict=True)
        ]
        drawing.add(_polygon(points, index, filled=len(offers) <= 3))
        for x, y in points:
            drawing.add(_marker(x, y, index))
    _legend(drawing, offers, lang, width, legend_height)
    return drawing


def _polar(cx: float, cy: float, r: float, angle: float) -> tuple[float, float]:
    return cx + r * math.cos(angle), cy + r * math.sin(angle)


def _grid(cx: float, cy: float, radius: float, angles: list[float]) -> Group:
    group = Group()
    for ring in _RINGS:
        points = [c for a in angles for c in _polar(cx, cy, radius * ring / 100, a)]
        if len(points) >= 6:
            group.add(Polygon(points, strokeColor=RULE, strokeWidth=0.5, fillColor=None))
        # Ring values sit between the first two axes, away from the area names.
        between = (angles[0] + angles[1]) / 2 if len(angles) > 1 else math.pi / 2
        label_x, label_y = _polar(cx, cy, radius * ring / 100, between)
        group.add(
            String(label_x + 2, label_y, str(ring), fontName=REGULAR, fontSize=6, fillColor=MUTED)
        )
    for angle in angles:
        x, y = _polar(cx, cy, radius, angle)
        group.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
    return group


def _axis_label(cx: float, cy: float, radius: float, angle: float, text: str) -> String:
    x, y = _polar(cx, cy, radius + 7, angle)
    cos = math.cos(angle)
    anchor = "middle" if abs(cos) < 0.2 else ("start" if cos > 0 else "end")
    if math.sin(angle) < -0.5:
        y -= _LABEL_SIZE  # below the chart: keep the text clear of the outer ring
    return String(x, y, text, fontName=REGULAR, fontSize=_LABEL_SIZE, textAnchor=anchor)


def _polygon(points: list[tuple[float, float]], index: int, filled: bool) -> PolyLine | Polygon:
    colour = colors.HexColor(OFFER_COLOURS[index])
    flat = [c for p in points for c in p]
    if len(points) < 3:
        return PolyLine(flat, strokeColor=colour, strokeWidth=1.4)
    shape = Polygon(flat, strokeColor=colour, strokeWidth=1.4)
    shape.strokeDashArray = OFFER_DASHES[index]
    shape.fillColor = colour if filled else None
    shape.fillOpacity = 0.08
    return shape


def _marker(x: float, y: float, index: int, size: float = 2.6) -> Polygon:
    """Square, triangle, diamond or inverted triangle; hollow for the second four offers."""
    colour = colors.HexColor(OFFER_COLOURS[index])
    shape = index % 4
    if shape == 0:
        points = [x - size, y - size, x + size, y - size, x + size, y + size, x - size, y + size]
    elif shape == 1:
        points = [x, y + size * 1.3, x + size * 1.2, y - size, x - size * 1.2, y - size]
    elif shape == 2:
        points = [x, y + size * 1.4, x + size * 1.4, y, x, y - size * 1.4, x - size * 1.4, y]
    else:
        points = [x, y - size * 1.3, x + size * 1.2, y + size, x - size * 1.2, y + size]
    hollow = index >= 4
    return Polygon(
        points,
        strokeColor=colour,
        strokeWidth=0.8,
        fillColor=colors.white if hollow else colour,
    )


def _legend(
    drawing: Drawing, offers: list[OfferResult], lang: Lang, width: float, height: float
) -> None:
    left = 40.0
    y = height - _LEGEND_ROW
    for index, result in enumerate(offers):
        colour = colors.HexColor(OFFER_COLOURS[index])
        line = Line(left, y + 3, left + 26, y + 3, strokeColor=colour, strokeWidth=1.4)
        line.strokeDashArray = OFFER_DASHES[index]
        drawing.add(line)
        drawing.add(_marker(left + 13, y + 3, index))
        suffix = "" if result.rank is not None else (" (éliminée)" if lang == "fr" else " (K.O.)")
        rank = f"{result.rank}. " if result.rank is not None else ""
        room = width - left - 34 - 10
        name = _fit(rank + result.name, room - stringWidth(suffix, REGULAR, _LEGEND_SIZE))
        font = BOLD if result.rank == 1 else REGULAR
        drawing.add(
            String(
                left + 34,
                y,
                name + suffix,
                fontName=font,
                fontSize=_LEGEND_SIZE,
                fillColor=colors.black,
            )
        )
        y -= _LEGEND_ROW


def _fit(text: str, room: float) -> str:
    """Cut a name that does not fit the legend line, with an ellipsis."""
    if stringWidth(text, BOLD, _LEGEND_SIZE) <= room:
        return text
    while text and stringWidth(text + "…", BOLD, _LEGEND_SIZE) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def radar_svg(
    evaluation: Evaluation, catalogue: Catalogue, lang: Lang, width: float = 520
) -> bytes:
    """The radar as SVG for the app (QtSvg): no clip path, and the font named as the system
    knows DejaVu Sans."""
    drawing = radar_drawing(evaluation, catalogue, lang, width)
    svg = renderSVG.drawToString(drawing)
    # QtSvg (SVG Tiny) has no clip paths and would paint the clip rectangle black.
    svg = re.sub(r"<clipPath.*?</clipPath>", "", svg, flags=re.S)
    svg = svg.replace(' style="clip-path: url(#clip)"', "")
    family = "font-family: 'DejaVu Sans', sans-serif;"
    svg = svg.replace(f"font-family: {BOLD};", family + " font-weight: bold;")
    svg = svg.replace(f"font-family: {REGULAR};", family)
    return svg.encode("utf-8")

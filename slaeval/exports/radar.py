"""The radar chart of area scores, drawn with reportlab.graphics: one drawing for the PDF
and, as SVG, for the app (``radar_svg``), so both show the same chart.

Each offer has its own colour, dash pattern and marker shape, so the series can be told
apart on a black-and-white print. At most eight offers are drawn (the best ranked first).
"""

from __future__ import annotations

import math
import re

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from slaeval.criteria import Catalogue
from slaeval.evaluation import Evaluation, OfferResult
from slaeval.exports.styles import (
    BOLD,
    FONT,
    INK,
    MUTED,
    RULE,
    SERIES_COLOURS,
    SERIES_DASHES,
    register_fonts,
)
from slaeval.localized import Lang

MAX_SERIES = 8


def chart_order(evaluation: Evaluation) -> list[OfferResult]:
    """Ranked offers best first, then knocked-out ones, at most ``MAX_SERIES``."""
    ranked = [evaluation.result(i) for i in evaluation.ranking]
    rest = sorted((r for r in evaluation.offers if r.rank is None), key=lambda r: -r.total)
    return (ranked + rest)[:MAX_SERIES]


def radar_drawing(
    evaluation: Evaluation, catalogue: Catalogue, lang: Lang, width: float = 480
) -> Drawing:
    register_fonts()
    offers = chart_order(evaluation)
    areas = [a for a in catalogue.areas_in_review_order() if a.id in evaluation.area_weights]
    legend_rows = math.ceil(len(offers) / 2)
    chart_h = width * 0.78
    height = chart_h + 14 * legend_rows + 8
    drawing = Drawing(width, height, initialFontName=FONT)
    cx, cy = width / 2, height - chart_h / 2
    radius = chart_h / 2 - 42
    if not areas:
        drawing.add(String(cx, cy, "—", fontName=FONT, fontSize=12, textAnchor="middle"))
        return drawing
    angles = [math.pi / 2 - 2 * math.pi * i / len(areas) for i in range(len(areas))]
    drawing.add(_grid(cx, cy, radius, angles))
    labels = [a.label.get(lang) for a in areas]
    drawing.add(_labels(cx, cy, radius, angles, labels))
    for index, result in enumerate(offers):
        values = [result.areas.get(a.id, 0.0) for a in areas]
        drawing.add(_series(cx, cy, radius, angles, values, index))
    drawing.add(_legend(offers, width, 14 * legend_rows + 4))
    return drawing


def _point(cx: float, cy: float, r: float, angle: float) -> tuple[float, float]:
    return cx + r * math.cos(angle), cy + r * math.sin(angle)


def _grid(cx: float, cy: float, radius: float, angles: list[float]) -> Group:
    group = Group()
    for level in (25, 50, 75, 100):
        r = radius * level / 100
        points = [c for a in angles for c in _point(cx, cy, r, a)]
        group.add(Polygon(points, strokeColor=RULE, strokeWidth=0.5, fillColor=None))
        x, y = _point(cx, cy, r, (angles[0] + angles[1]) / 2 if len(angles) > 1 else angles[0])
        group.add(String(x + 2, y - 2, str(level), fontName=FONT, fontSize=6, fillColor=MUTED))
    for a in angles:
        x, y = _point(cx, cy, radius, a)
        group.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
    return group


def _labels(cx: float, cy: float, radius: float, angles: list[float], labels: list[str]) -> Group:
    group = Group()
    for angle, label in zip(angles, labels, strict=True):
        x, y = _point(cx, cy, radius + 8, angle)
        cos = math.cos(angle)
        anchor = "middle" if abs(cos) < 0.2 else ("start" if cos > 0 else "end")
        lines = simpleSplit(label, FONT, 7, 80)[:2]
        top = y + (4 if math.sin(angle) > 0.2 else (-6 if math.sin(angle) < -0.2 else 0))
        top += (len(lines) - 1) * 4 if math.sin(angle) > 0.2 else 0
        for i, line in enumerate(lines):
            group.add(
                String(
                    x,
                    top - i * 8,
                    line,
                    fontName=FONT,
                    fontSize=7,
                    fillColor=INK,
                    textAnchor=anchor,
                )
            )
    return group


def _series(
    cx: float, cy: float, radius: float, angles: list[float], values: list[float], index: int
) -> Group:
    colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
    dash = SERIES_DASHES[index % len(SERIES_DASHES)]
    points = [
        _point(cx, cy, radius * max(0.0, min(v, 100.0)) / 100, a)
        for v, a in zip(values, angles, strict=True)
    ]
    flat = [c for p in points for c in p]
    group = Group()
    group.add(
        Polygon(
            flat,
            strokeColor=colour,
            strokeWidth=1.4,
            strokeDashArray=dash,
            fillColor=colour,
            fillOpacity=0.06,
        )
    )
    for x, y in points:
        group.add(_marker(x, y, index, colour))
    return group


def _marker(x: float, y: float, index: int, colour: colors.Color) -> Group:
    group = Group()
    shape = index % 4
    size = 2.6
    if shape == 0:
        group.add(Circle(x, y, size, fillColor=colour, strokeColor=colour))
    elif shape == 1:
        group.add(Rect(x - size, y - size, 2 * size, 2 * size, fillColor=colour, strokeWidth=0))
    elif shape == 2:
        pts = [x, y + size + 0.8, x - size - 0.4, y - size + 0.4, x + size + 0.4, y - size + 0.4]
        group.add(Polygon(pts, fillColor=colour, strokeWidth=0))
    else:
        pts = [x, y + size + 0.6, x + size + 0.6, y, x, y - size - 0.6, x - size - 0.6, y]
        group.add(Polygon(pts, fillColor=colors.white, strokeColor=colour, strokeWidth=1))
    return group


def _legend(offers: list[OfferResult], width: float, height: float) -> Group:
    group = Group()
    column = width / 2
    for index, result in enumerate(offers):
        x = 10 + column * (index % 2)
        y = height - 10 - 14 * (index // 2)
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        group.add(
            PolyLine(
                [x, y + 3, x + 22, y + 3],
                strokeColor=colour,
                strokeWidth=1.4,
                strokeDashArray=SERIES_DASHES[index % len(SERIES_DASHES)],
            )
        )
        group.add(_marker(x + 11, y + 3, index, colour))
        suffix = " (K.O.)" if result.knocked_out else ""
        name = _shorten(result.name, column - 40 - stringWidth(suffix, BOLD, 7.5))
        group.add(String(x + 28, y, name + suffix, fontName=BOLD, fontSize=7.5, fillColor=INK))
    return group


def _shorten(name: str, width: float) -> str:
    """``name`` as it fits ``width`` in the legend: cut after a word if it can, else between
    characters (a name with no space), with an ellipsis."""
    if stringWidth(name, BOLD, 7.5) <= width:
        return name
    room = width - stringWidth("…", BOLD, 7.5)
    cut: str = simpleSplit(name, BOLD, 7.5, room)[0]
    while cut and stringWidth(cut, BOLD, 7.5) > room:
        cut = cut[:-1]
    return cut.rstrip(" ,;:—-") + "…"


def radar_svg(evaluation: Evaluation, catalogue: Catalogue, lang: Lang) -> bytes:
    """The radar chart as an SVG document (for QtSvg in the app)."""
    from reportlab.graphics import renderSVG

    drawing = radar_drawing(evaluation, catalogue, lang)
    text: str = renderSVG.drawToString(drawing)
    # QtSvg (SVG Tiny) has no clip paths: it paints the clipped group black. The clip is the
    # whole drawing anyway, so it goes.
    text = re.sub(r"<clipPath.*?</clipPath>", "", text, flags=re.S)
    text = text.replace(' style="clip-path: url(#clip)"', "")
    # The SVG names the fonts as registered for the PDF; a viewer knows them as DejaVu Sans.
    text = text.replace(f"font-family: {BOLD}", "font-family: DejaVu Sans; font-weight: bold")
    text = text.replace(f"font-family: {FONT}", "font-family: DejaVu Sans")
    return text.encode("utf-8")

"""A radar chart of the area scores (0-100), one outline per offer, drawn with QPainter.

Each offer has its own colour (a palette readable by colour-blind people), its own line style
and its own marker shape, so the outlines stay distinguishable in grey as well. The legend
lists the offers with the same pen and marker.

With many offers, a few chosen ones (``emphasised``: the best ranked and the one picked in
the table) are drawn in colour over the others in thin grey, and the legend names only them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

# Okabe-Ito colours, then darker variants for long lists.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
LINE_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)
MARKERS = ("circle", "square", "triangle", "diamond")
LEGEND_WIDTH = 170
CROWDED = 8  # beyond this many offers, outlines are drawn bare
LABEL_WIDTH = 112.0
GREY = "#c4c4c4"


def offer_pen(index: int) -> QPen:
    pen = QPen(QColor(PALETTE[index % len(PALETTE)]), 2)
    pen.setStyle(LINE_STYLES[index % len(LINE_STYLES)])
    return pen


def draw_marker(painter: QPainter, centre: QPointF, index: int, size: float = 4.0) -> None:
    painter.save()
    colour = QColor(PALETTE[index % len(PALETTE)])
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(colour)
    shape = MARKERS[index % len(MARKERS)]
    x, y = centre.x(), centre.y()
    if shape == "circle":
        painter.drawEllipse(centre, size, size)
    elif shape == "square":
        painter.drawRect(QRectF(x - size, y - size, 2 * size, 2 * size))
    else:
        points = (
            [(x, y - size * 1.3), (x + size * 1.2, y + size), (x - size * 1.2, y + size)]
            if shape == "triangle"
            else [(x, y - size * 1.4), (x + size, y), (x, y + size * 1.4), (x - size, y)]
        )
        painter.drawPolygon(QPolygonF([QPointF(px, py) for px, py in points]))
    painter.restore()


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axes: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.empty_text = ""
        self.others_text = "{count}"  # the legend line of the grey outlines
        self.emphasised: list[int] | None = None
        self.setMinimumSize(420, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 300)

    def set_data(
        self,
        axes: list[str],
        series: list[tuple[str, list[float]]],
        emphasised: list[int] | None = None,
    ) -> None:
        """``axes``: area labels; ``series``: (offer name, one score 0-100 per axis);
        ``emphasised``: the series drawn in colour, in legend order (None: all of them)."""
        self.axes, self.series = axes, series
        self.emphasised = emphasised
        self.setAccessibleDescription(
            "; ".join(
                f"{name}: " + ", ".join(f"{a} {v:.0f}" for a, v in zip(axes, values, strict=True))
                for name, values in series
            )
        )
        self.update()

    # ------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # Many outlines drawn smooth cost more than they show: crowded charts are drawn plain.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, len(self.series) <= CROWDED)
        painter.fillRect(self.rect(), QColor("white"))
        if len(self.axes) < 3 or not self.series:
            painter.setPen(QColor("#555555"))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            return
        chart = QRectF(0, 0, self.width() - LEGEND_WIDTH, self.height())
        metrics = QFontMetrics(self.font())
        margin_y = metrics.lineSpacing() * 2 + 12
        radius = max(20.0, min(chart.width() / 2 - LABEL_WIDTH - 12, chart.height() / 2 - margin_y))
        centre = chart.center()
        self._draw_grid(painter, centre, radius)
        self._draw_labels(painter, centre, radius, metrics)
        if self.emphasised is None:
            for index, (_name, values) in enumerate(self.series):
                self._draw_series(painter, centre, radius, values, index)
            self._draw_legend(painter, metrics)
            return
        chosen = set(self.emphasised)
        painter.setPen(QPen(QColor(GREY), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index, (_name, values) in enumerate(self.series):
            if index not in chosen:
                points = [self._point(centre, radius, i, v) for i, v in enumerate(values)]
                painter.drawPolygon(QPolygonF(points))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for index in self.emphasised:
            self._draw_series(painter, centre, radius, self.series[index][1], index, alone=True)
        self._draw_legend(painter, metrics)

    def _point(self, centre: QPointF, radius: float, axis: int, value: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * axis / len(self.axes)
        r = radius * max(0.0, min(100.0, value)) / 100.0
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    def _draw_grid(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for level in (25, 50, 75, 100):
            ring = [self._point(centre, radius, i, level) for i in range(len(self.axes))]
            painter.drawPolygon(QPolygonF(ring))
        for i in range(len(self.axes)):
            painter.drawLine(centre, self._point(centre, radius, i, 100))
        painter.setPen(QColor("#777777"))
        for level in (50, 100):
            spot = self._point(centre, radius, 0, level)
            painter.drawText(QPointF(spot.x() + 3, spot.y() + 12), str(level))

    def _draw_labels(
        self, painter: QPainter, centre: QPointF, radius: float, metrics: QFontMetrics
    ) -> None:
        painter.setPen(QColor("#222222"))
        width = LABEL_WIDTH
        for i, label in enumerate(self.axes):
            spot = self._point(centre, radius + 8, i, 100)
            dx = spot.x() - centre.x()
            box = QRectF(0, 0, width, metrics.height() * 2.2)
            if abs(dx) < radius * 0.2:
                box.moveCenter(
                    QPointF(
                        spot.x(),
                        spot.y()
                        + (-box.height() / 2 if spot.y() < centre.y() else box.height() / 2),
                    )
                )
                align = Qt.AlignmentFlag.AlignHCenter
            elif dx > 0:
                box.moveTopLeft(QPointF(spot.x(), spot.y() - box.height() / 2))
                align = Qt.AlignmentFlag.AlignLeft
            else:
                box.moveTopRight(QPointF(spot.x(), spot.y() - box.height() / 2))
                align = Qt.AlignmentFlag.AlignRight
            painter.drawText(
                box, align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, label
            )

    def _draw_series(
        self,
        painter: QPainter,
        centre: QPointF,
        radius: float,
        values: list[float],
        index: int,
        alone: bool = False,
    ) -> None:
        points = [self._point(centre, radius, i, v) for i, v in enumerate(values)]
        painter.setPen(offer_pen(index))
        crowded = len(self.series) > CROWDED and not alone
        if crowded:  # many outlines: no fill and no markers, they would only blur together
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            fill = QColor(PALETTE[index % len(PALETTE)])
            fill.setAlpha(28)
            painter.setBrush(fill)
        painter.drawPolygon(QPolygonF(points))
        if not crowded:
            for point in points:
                draw_marker(painter, point, index, 3.0)

    def _draw_legend(self, painter: QPainter, metrics: QFontMetrics) -> None:
        line = metrics.height() + 4
        x = self.width() - LEGEND_WIDTH + 8
        fits = max(1, int((self.height() - 16) // line))
        order = list(range(len(self.series))) if self.emphasised is None else self.emphasised
        shown = order if len(order) <= fits else order[: fits - 1]
        y = 8.0
        for index in shown:
            name = self.series[index][0]
            mid = y + line / 2
            painter.setPen(offer_pen(index))
            painter.drawLine(QPointF(x, mid), QPointF(x + 26, mid))
            draw_marker(painter, QPointF(x + 13, mid), index, 3.5)
            painter.setPen(QColor("#222222"))
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, LEGEND_WIDTH - 44)
            painter.drawText(QPointF(x + 32, mid + metrics.ascent() / 2 - 1), text)
            y += line
        hidden = len(self.series) - len(shown)
        if hidden and self.emphasised is not None:
            mid = y + line / 2
            painter.setPen(QPen(QColor(GREY), 1))
            painter.drawLine(QPointF(x, mid), QPointF(x + 26, mid))
            painter.setPen(QColor("#555555"))
            text = self.others_text.format(count=hidden)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, LEGEND_WIDTH - 44)
            painter.drawText(QPointF(x + 32, mid + metrics.ascent() / 2 - 1), text)
        elif hidden:
            painter.setPen(QColor("#555555"))
            painter.drawText(QPointF(x, y + metrics.ascent()), f"+ {hidden}")

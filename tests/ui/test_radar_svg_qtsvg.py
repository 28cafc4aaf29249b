"""The radar chart the exports give as SVG, drawn by QtSvg as the app would: on white, not a
black block (QtSvg has no clip paths and paints a clipped group black)."""

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from slaeval.demo import demo_project
from slaeval.exports import radar_svg
from slaeval.project_evaluation import evaluate_project


def test_radar_svg_draws_lines_and_labels_on_white(qapp):
    pe = evaluate_project(demo_project())
    renderer = QSvgRenderer(QByteArray(radar_svg(pe.evaluation, pe.catalogue, "fr")))
    assert renderer.isValid()
    size = renderer.defaultSize()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    points = [(x, y) for x in range(0, size.width(), 5) for y in range(0, size.height(), 5)]
    dark = sum(QColor(image.pixel(x, y)).lightness() < 60 for x, y in points)
    assert 0 < dark < len(points) * 0.05, dark / len(points)

"""The main window: language switch, bad files, read-only files, rendering and screenshots."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QImage, QPainter

from slaeval.ui import messages
from slaeval.ui.i18n import set_language
from tests.reliability.corpus import mark_as_newer_version


def test_switching_language_changes_the_visible_texts(window, demo_path):
    window.open_file(demo_path)
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&File" in menus
    set_language("fr")
    assert "&Fichier" in [a.text() for a in window.menuBar().actions()]
    assert window.pages[0].title() == "Besoins"
    assert window.steps.item(0).text().startswith("1. Besoins")
    set_language("en")
    assert window.steps.item(0).text().startswith("1. Needs")


def test_corrupt_file_gives_a_message_and_the_app_stays_usable(window, tmp_path, demo_path):
    bad = tmp_path / "bad.slaeval"
    bad.write_bytes(b"this is not a project")
    assert not window.open_file(bad)
    assert messages.shown[-1][0] == "error"
    assert bad.read_bytes() == b"this is not a project"
    assert window.open_file(demo_path)  # still usable


def test_newer_version_file_is_refused_untouched(window, demo_path):
    mark_as_newer_version(demo_path)
    before = demo_path.read_bytes()
    assert not window.open_file(demo_path)
    kind, text = messages.shown[-1]
    assert kind == "error" and "newer" in text.lower()
    assert demo_path.read_bytes() == before


def test_read_only_file_opens_read_only_and_says_so(window, demo_path):
    demo_path.chmod(0o444)
    try:
        assert window.open_file(demo_path)
        assert window.state.read_only
        assert not window.banner.isHidden()
        assert "read-only" in window.windowTitle()
    finally:
        demo_path.chmod(0o644)


def test_text_is_drawn_with_real_glyphs_not_boxes(qtbot):
    def render(text: str) -> QImage:
        image = QImage(400, 60, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(QFont("DejaVu Sans", 20))
        painter.drawText(10, 40, text)
        painter.end()
        return image

    # With a missing font every letter becomes the same box, so different words would match.
    assert render("éàçè €") != render("ôûïœ ¤")
    assert render("Réversibilité") != render("Xxxxxxxxxxxxx")


def test_page_screenshots_are_not_blank(demo_path, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    for page in ("needs", "requirements", "compare"):
        for lang in ("fr", "en"):
            out = tmp_path / f"{page}-{lang}.png"
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "slaeval.cli.main",
                    "gui",
                    str(demo_path),
                    "--screenshot",
                    str(out),
                    "--page",
                    page,
                    "--lang",
                    lang,
                ],
                capture_output=True,
                text=True,
                timeout=120,
                env=env,
            )
            assert done.returncode == 0, done.stderr
            image = QImage(str(out))
            assert (image.width(), image.height()) == (1280, 800)
            colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
            assert len(colours) > 8, page


def test_gui_without_display_prints_one_line(tmp_path: Path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "slaeval.cli.main", "gui"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "slaeval --help" in done.stderr


def test_preferences_set_language_author_and_logo(window, settings):
    window.preferences()
    dialog = window.preferences_dialog
    dialog.language.setCurrentIndex(0)  # Français
    dialog.author.setText("Cabinet Durand")
    dialog.logo.setText("/tmp/logo.png")
    dialog.accept()
    assert settings.value("author") == "Cabinet Durand"
    assert settings.value("logo") == "/tmp/logo.png"
    assert window.pages == [] or window.pages[0].title() == "Besoins"
    assert "&Fichier" in [a.text() for a in window.menuBar().actions()]
    set_language("en")


def test_dropping_a_contract_opens_its_review(window, empty_path):
    from slaeval.data_paths import samples_dir
    from slaeval.ui.contract_review import ContractReviewDialog

    window.open_file(empty_path)
    window.handle_dropped(samples_dir() / "documents" / "atlas.md")
    assert isinstance(window.contract_dialog, ContractReviewDialog)
    window.contract_dialog.reject()

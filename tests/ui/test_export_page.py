"""Export step: a preview of the PDF's pages before saving, built off the UI thread; saving
writes exactly what the preview shows, opens the file, and a bad folder or logo gets a message
and leaves nothing behind."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QUrl

from slaeval.ui import commands, messages
from slaeval.ui.i18n import set_language
from slaeval.ui.pages import export_page as export_module
from tests.ui.page_projects import open_page


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def opened(monkeypatch):
    urls: list[QUrl] = []
    monkeypatch.setattr(export_module, "open_url", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def export(window, demo_path, opened, qtbot):
    page = open_page(window, demo_path, "export")
    qtbot.waitUntil(lambda: page.preview.page_count > 0, timeout=20_000)
    return page


def _save_to(page, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(page, "ask_save_path", lambda request: path)


def _wait_saved(page, qtbot) -> None:
    qtbot.waitUntil(lambda: not page._saving, timeout=20_000)


def test_the_preview_shows_every_page_of_the_report(export):
    assert export.preview_stack.currentWidget() is export.preview
    data = export._preview[1]
    assert export.preview.page_count == _pages(data) > 5
    assert export.preview_title.text() == f"Preview: {_pages(data)} pages"
    first = export.preview.item(0)
    assert first.text() == f"Page 1 of {_pages(data)}"
    assert not first.icon().isNull()
    assert "Fortis Infogérance" in _text(data)


def test_saving_writes_what_the_preview_shows_and_opens_it(export, monkeypatch, tmp_path, qtbot):
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    _save_to(export, monkeypatch, target)
    shown = export._preview[1]
    export.choices.save_button.click()
    assert export._saving and export.progress.isVisibleTo(export)  # the window is not blocked
    assert not export.choices.save_button.isEnabled()
    _wait_saved(export, qtbot)
    assert target.read_bytes() == shown
    assert export.status.text() == f"Saved: {target}"
    assert export.open_folder.isVisibleTo(export)
    assert export.open_file.isVisibleTo(export)
    assert export.completion() == 1.0


def test_open_buttons_hand_the_file_and_the_folder_to_the_desktop(
    export, opened, monkeypatch, tmp_path, qtbot
):
    target = tmp_path / "report.pdf"
    _save_to(export, monkeypatch, target)
    export.choices.save_button.click()
    _wait_saved(export, qtbot)
    assert [u.toLocalFile() for u in opened] == [str(target)]  # "open once saved" is on
    export.open_folder.click()
    assert opened[-1].toLocalFile() == str(tmp_path)
    export.choices.open_when_saved.setChecked(False)
    export.choices.save_button.click()
    _wait_saved(export, qtbot)
    assert len(opened) == 2  # nothing opened this time, and the choice is remembered
    assert export._settings().value("export/open_when_saved", type=bool) is False


def test_checklist_for_one_offer(export, monkeypatch, tmp_path, qtbot):
    export.choices.set_kind("checklist")
    assert export.choices.offer.isEnabled()
    export.choices.offer.setCurrentIndex(export.choices.offer.findData("Atlas IT Partners"))
    qtbot.waitUntil(lambda: export._preview[0][1:3] == ("checklist", "Atlas IT Partners"))
    target = tmp_path / "checklist.pdf"
    _save_to(export, monkeypatch, target)
    export.choices.save_button.click()
    _wait_saved(export, qtbot)
    text = _text(target.read_bytes())
    assert "Atlas IT Partners" in text
    assert "Fortis Infogérance" not in text


def test_the_diagnostic_in_french_from_an_english_app(export, monkeypatch, tmp_path, qtbot):
    export.choices.set_kind("diagnostic")
    export.choices.lang.setCurrentIndex(export.choices.lang.findData("fr"))
    assert not export.choices.offer.isEnabled()
    qtbot.waitUntil(lambda: export._preview[0][1:4] == ("diagnostic", None, "fr"))
    target = tmp_path / "d.pdf"
    _save_to(export, monkeypatch, target)
    export.choices.save_button.click()
    _wait_saved(export, qtbot)
    assert "Synthèse du diagnostic" in _text(target.read_bytes())


def test_an_edit_and_its_undo_renew_the_preview(export, qtbot):
    before = export._preview[0]
    offer = export.state.project.offers[0]
    renamed = offer.model_copy(update={"name": "Prestataire Renommé"})
    export.state.push(commands.update_offer(export.state, renamed))
    qtbot.waitUntil(lambda: export._preview[0] != before, timeout=20_000)
    assert "Prestataire Renommé" in _text(export._preview[1])
    assert export.choices.offer.findData("Prestataire Renommé") > 0
    export.state.undo_stack.undo()
    qtbot.waitUntil(lambda: "Prestataire Renommé" not in _text(export._preview[1]), timeout=20_000)


def test_spreadsheet_csv_and_json(export, monkeypatch, tmp_path, qtbot):
    for kind in ("xlsx", "csv", "json"):
        target = tmp_path / f"m.{kind}"
        _save_to(export, monkeypatch, target)
        export.choices.data_buttons[kind].click()
        _wait_saved(export, qtbot)
        assert target.exists(), kind
    sheets = load_workbook(tmp_path / "m.xlsx").sheetnames
    assert len(sheets) == 3
    assert "Fortis Infogérance" in (tmp_path / "m.csv").read_text(encoding="utf-8")
    offers = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))["offers"]
    assert len(offers) == len(export.state.project.offers)


def test_a_missing_folder_gets_a_message_and_no_file(export, monkeypatch, tmp_path, qtbot):
    target = tmp_path / "nowhere" / "report.pdf"
    _save_to(export, monkeypatch, target)
    export.choices.save_button.click()
    _wait_saved(export, qtbot)
    assert messages.shown[-1][0] == "error"
    assert "The folder does not exist" in messages.shown[-1][1]
    assert not target.parent.exists()
    assert export.status.text() == ""
    assert export.choices.save_button.isEnabled()  # the app goes on


def test_a_logo_that_is_not_an_image_is_explained_in_french(
    window, demo_path, settings, opened, monkeypatch, tmp_path, qtbot
):
    bad = tmp_path / "logo.png"
    bad.write_text("not an image", encoding="utf-8")
    settings.setValue("logo", str(bad))
    set_language("fr")
    window.retranslate()
    page = open_page(window, demo_path, "export")
    qtbot.waitUntil(lambda: page.preview_title.text() == "Pas d’aperçu", timeout=20_000)
    assert page.preview_stack.currentWidget() is page.preview_message
    assert "logo" in page.preview_message.text().lower()
    target = tmp_path / "r.pdf"
    _save_to(page, monkeypatch, target)
    page.choices.save_button.click()
    _wait_saved(page, qtbot)
    assert messages.shown[-1][0] == "error" and "logo" in messages.shown[-1][1].lower()
    assert not target.exists()
    assert not list(tmp_path.glob(".r.pdf.*"))  # no temporary file left


def test_the_author_from_the_preferences_is_on_the_cover(
    window, demo_path, settings, opened, qtbot
):
    settings.setValue("author", "Cabinet Exemple & Associés")
    page = open_page(window, demo_path, "export")
    qtbot.waitUntil(lambda: page.preview.page_count > 0, timeout=20_000)
    assert "Cabinet Exemple & Associés" in _text(page._preview[1])


def test_french_texts_and_default_file_name(window, demo_path, opened, qtbot):
    set_language("fr")
    window.retranslate()
    page = open_page(window, demo_path, "export")
    qtbot.waitUntil(lambda: page.preview.page_count > 0, timeout=20_000)
    assert page.choices.save_button.text() == "&Enregistrer en PDF…"
    assert page.preview.item(0).text().startswith("Page 1 sur ")
    assert page.choices.lang_code() == "fr"
    from slaeval.ui.export_documents import default_file_name

    name = default_file_name(page.request("report"))
    assert name.endswith("-comparaison.pdf") and " " not in name and "/" not in name


def test_saving_over_the_project_file_is_refused(export, monkeypatch, demo_path, qtbot):
    before = demo_path.read_bytes()
    _save_to(export, monkeypatch, demo_path)
    export.choices.save_button.click()
    assert messages.shown[-1] == ("error", "This is the project file itself: choose another name.")
    assert not export._saving
    assert demo_path.read_bytes() == before

"""Bad documents get one clear message in both languages, never a traceback or a hang."""

from __future__ import annotations

import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from slaeval.analysis import analyze_document, offer_from_document
from slaeval.cli.main import main
from slaeval.criteria import Catalogue
from slaeval.errors import DocumentError
from tests.core.analysis.helpers import zip_bomb_docx


def _text_pdf(path: Path, pages: int, line: str = "Article {n}. Le support est assuré.") -> Path:
    pdf = canvas.Canvas(str(path), invariant=1)
    for n in range(1, pages + 1):
        pdf.drawString(72, 760, line.format(n=n))
        pdf.drawString(72, 740, "La disponibilité mensuelle garantie est de 99,5 %.")
        pdf.showPage()
    pdf.save()
    return path


def _error(path: Path, catalogue: Catalogue, **kwargs: float) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        analyze_document(path, catalogue, **kwargs)
    return caught.value


def test_password_protected_pdf_is_refused(tmp_path: Path, catalogue: Catalogue) -> None:
    writer = PdfWriter(clone_from=_text_pdf(tmp_path / "plain.pdf", 2))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    writer.write(locked)
    assert PdfReader(str(locked)).is_encrypted
    error = _error(locked, catalogue)
    assert "password" in error.text("en")
    assert "mot de passe" in error.text("fr")


def test_pdf_protected_only_against_editing_is_read(tmp_path: Path, catalogue: Catalogue) -> None:
    writer = PdfWriter(clone_from=_text_pdf(tmp_path / "plain.pdf", 2))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "owner-only.pdf"
    writer.write(path)
    report = analyze_document(path, catalogue)
    assert [f.value for f in report.answers() if f.criterion == "availability.commitment"] == [99.5]


def test_corrupt_docx_is_refused(tmp_path: Path, catalogue: Catalogue) -> None:
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "<w:document><not xml")
    assert "damaged Word document" in _error(broken, catalogue).text("en")


def test_truncated_docx_is_refused(tmp_path: Path, documents: Path, catalogue: Catalogue) -> None:
    data = (documents / "fortis.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(data[: len(data) // 2])
    assert "Word" in _error(cut, catalogue).text("en")


def test_empty_file_is_refused(tmp_path: Path, catalogue: Catalogue) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    error = _error(empty, catalogue)
    assert "empty" in error.text("en") and "vide" in error.text("fr")


def test_binary_renamed_pdf_is_refused(tmp_path: Path, catalogue: Catalogue) -> None:
    fake = tmp_path / "contract.pdf"
    fake.write_bytes(bytes(range(256)) * 40)
    assert "not a PDF" in _error(fake, catalogue).text("en")


def test_other_binary_file_is_refused(tmp_path: Path, catalogue: Catalogue) -> None:
    blob = tmp_path / "contract.txt"
    blob.write_bytes(b"\x00\x01\x02binary\x00" * 500)
    assert "not supported" in _error(blob, catalogue).text("en")


def test_huge_text_file_is_refused_before_reading(tmp_path: Path, catalogue: Catalogue) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(40 * 2**20)  # sparse: 40 MB of size, nothing written
    start = time.monotonic()
    error = _error(big, catalogue)
    assert time.monotonic() - start < 1
    assert "too large" in error.text("en") and "trop volumineux" in error.text("fr")


def test_old_office_formats_are_refused(tmp_path: Path, catalogue: Catalogue) -> None:
    doc = tmp_path / "contract.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    assert "DOCX or PDF" in _error(doc, catalogue).text("en")
    stub = tmp_path / "contract.xls"
    stub.write_bytes(b"\xd0\xcf\x11\xe0")
    assert "Office 97-2003" in _error(stub, catalogue).text("en")


def test_unknown_extension_is_refused_even_when_it_is_text(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    odd = tmp_path / "contract.rtf"
    odd.write_text("{\\rtf1 Le support est assuré du lundi au vendredi.}", encoding="utf-8")
    error = _error(odd, catalogue)
    assert "not supported" in error.text("en") and "Markdown" in error.text("en")


def test_a_short_text_with_control_bytes_is_not_text(tmp_path: Path, catalogue: Catalogue) -> None:
    blob = tmp_path / "notes.txt"
    blob.write_bytes(b"\xd0\xcf\x11\xe1")
    assert "not supported" in _error(blob, catalogue).text("en")


def test_damaged_pdf_is_refused(tmp_path: Path, catalogue: Catalogue) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%garbage" * 20)
    error = _error(broken, catalogue)
    assert "damaged" in error.text("en") or "no readable text" in error.text("en")


def test_scanned_pdf_without_text_layer_says_no_ocr(tmp_path: Path, catalogue: Catalogue) -> None:
    scanned = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(scanned), invariant=1)
    for _ in range(3):
        for y in range(100, 700, 12):  # grey lines standing in for a scanned page image
            pdf.line(72, y, 520, y)
        pdf.showPage()
    pdf.save()
    error = _error(scanned, catalogue)
    assert "OCR" in error.text("en") and "OCR" in error.text("fr")


def test_500_page_document_finishes_within_its_time_limit(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    path = _text_pdf(tmp_path / "long.pdf", 500)
    limit = 20.0
    start = time.monotonic()
    try:
        report = analyze_document(path, catalogue, time_limit_s=limit)
    except DocumentError as error:  # a slow machine: then it must say so
        assert "time limit" in error.text("en")
    else:
        assert report.pages == 500
    assert time.monotonic() - start < limit + 2


def test_time_limit_stops_a_long_document_with_a_clear_message(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    path = _text_pdf(tmp_path / "long.pdf", 500)
    start = time.monotonic()
    error = _error(path, catalogue, time_limit_s=0.05)
    assert time.monotonic() - start < 3
    assert "time limit" in error.text("en") and "nothing was imported" in error.text("en")
    assert "délai maximal" in error.text("fr")


def test_bad_document_makes_no_offer(tmp_path: Path, catalogue: Catalogue) -> None:
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    with pytest.raises(DocumentError):
        offer_from_document(empty, "Provider", catalogue)


def test_cli_reports_a_bad_document_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "contract.pdf"
    fake.write_bytes(b"MZ\x90\x00" * 100)
    assert main(["analyze", str(fake), "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("slaeval: ") and "not a PDF" in err
    assert len(err.splitlines()) == 1


def test_progress_callback_may_cancel(tmp_path: Path, catalogue: Catalogue) -> None:
    path = _text_pdf(tmp_path / "doc.pdf", 5)

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        analyze_document(path, catalogue, progress=progress)


def test_reader_never_leaves_the_file_changed(tmp_path: Path, catalogue: Catalogue) -> None:
    path = _text_pdf(tmp_path / "doc.pdf", 2)
    before = path.read_bytes()
    analyze_document(path, catalogue)
    assert path.read_bytes() == before


def test_docx_that_unpacks_to_hundreds_of_megabytes_is_refused_unread(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    bomb = zip_bomb_docx(tmp_path / "bomb.docx", 300)
    assert bomb.stat().st_size < 3 * 2**20  # small on disk
    error = _error(bomb, catalogue)
    assert "unpacks to 300 MB" in error.text("en") and "limit is 50 MB" in error.text("en")
    assert "se décompresse en 300 Mo" in error.text("fr")


def test_docx_reader_stops_at_the_deadline_while_reading(tmp_path: Path) -> None:
    from slaeval.analysis.reading_docx import read_docx

    long = zip_bomb_docx(tmp_path / "long.docx", 2)  # under the size limit
    with pytest.raises(DocumentError) as caught:
        read_docx(long, deadline=time.monotonic() - 1)
    assert "time limit" in caught.value.text("en")


def test_cli_prints_one_line_for_a_truncated_pdf_in_a_fresh_process(
    tmp_path: Path, documents: Path
) -> None:
    """pypdf logs "EOF marker not found" on a cut PDF; only slaeval's own line may show."""
    data = (documents / "econet.pdf").read_bytes()
    for fraction in (0.3, 0.9):
        cut = tmp_path / f"cut-{fraction}.pdf"
        cut.write_bytes(data[: int(len(data) * fraction)])
        for lang, words in (("en", "damaged PDF"), ("fr", "PDF endommagé")):
            done = subprocess.run(
                [sys.executable, "-m", "slaeval.cli.main", "analyze", str(cut), "--lang", lang],
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 2
            assert done.stdout == ""
            lines = done.stderr.splitlines()
            assert len(lines) == 1 and lines[0].startswith("slaeval: ") and words in lines[0]

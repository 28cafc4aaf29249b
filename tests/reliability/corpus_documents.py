"""Bad contract documents (read by `slaeval analyze` and the app's "new offer from a contract
document")."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from slaeval.data_paths import samples_dir
from tests.core.analysis.helpers import zip_bomb_docx
from tests.reliability.corpus_build import (
    Builder,
    Case,
    directory,
    endless,
    fifo,
    missing,
    symlink_loop,
    valid_project_bytes,
    write,
)


def _encrypted_pdf(tmp: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(samples_dir() / "documents" / "econet.pdf")
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt("secret")
    path = tmp / "encrypted.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _blank_pdf(tmp: Path) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(595, 842)
    path = tmp / "scanned.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _sample_as(name: str, target: str, fraction: float = 1.0) -> Builder:
    def build(tmp: Path) -> Path:
        data = (samples_dir() / "documents" / name).read_bytes()
        path = tmp / target
        path.write_bytes(data[: int(len(data) * fraction)])
        return path

    return build


def _zip(name: str, files: dict[str, str]) -> Builder:
    def build(tmp: Path) -> Path:
        path = tmp / name
        with zipfile.ZipFile(path, "w") as archive:
            for inner, text in files.items():
                archive.writestr(inner, text)
        return path

    return build


_EMPTY_BODY = (
    '<?xml version="1.0"?><w:document xmlns:w='
    '"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'
)


def document_cases() -> list[Case]:
    cases = [
        Case("document-empty-pdf", "document", write("empty.pdf", b"")),
        Case("document-empty-docx", "document", write("empty.docx", b"")),
        Case("document-empty-txt", "document", write("empty.txt", b"")),
        Case("document-blank-txt", "document", write("blank.txt", " \n\t\n " * 1000)),
        Case("document-blank-md", "document", write("blank.md", "\n\n   \n")),
        Case("document-binary-as-pdf", "document", write("binary.pdf", os.urandom(20_000))),
        Case("document-binary-as-PDF", "document", write("binary.PDF", os.urandom(5_000))),
        Case("document-binary-as-txt", "document", write("binary.txt", os.urandom(5_000))),
        Case("document-text-as-pdf", "document", write("text.pdf", "just words, no PDF")),
        Case("document-docx-as-pdf", "document", _sample_as("fortis.docx", "docx.pdf")),
        Case("document-project-as-pdf", "document", lambda tmp: _project_as_pdf(tmp)),
        Case("document-binary-as-docx", "document", write("binary.docx", os.urandom(20_000))),
        Case(
            "document-zip-of-garbage", "document", _zip("garbage.docx", {"word/document.xml": "<"})
        ),
        Case("document-zip-without-text", "document", _zip("other.docx", {"word/x.xml": "<a/>"})),
        Case(
            "document-docx-empty-body",
            "document",
            _zip(
                "body.docx", {"[Content_Types].xml": "<Types/>", "word/document.xml": _EMPTY_BODY}
            ),
        ),
        Case("document-encrypted-pdf", "document", _encrypted_pdf),
        Case("document-no-text-layer", "document", _blank_pdf),
        Case("document-zeros-txt", "document", write("zeros.txt", b"\0" * 10_000)),
        Case("document-zeros-md", "document", write("zeros.md", b"\0" * 10_000)),
        Case("document-directory", "document", directory("folder.pdf")),
        Case("document-symlink-loop", "document", symlink_loop("loop.txt")),
        Case("document-missing", "document", missing("absent.pdf")),
        Case("document-named-pipe", "document", fifo("pipe.txt")),
        Case("document-endless-file", "document", endless("zero.txt")),
        Case("document-unknown-format", "document", write("contract.xls", b"\xd0\xcf\x11\xe0")),
        Case("document-17MB-text", "document", write("long.txt", b"a " * (9 * 2**20))),
        Case("document-50MB-text", "document", write("big.txt", b"lorem ipsum " * 4_500_000)),
        # 120 MB of XML in a 0.5 MB file: refused from the zip directory, nothing unpacked
        Case(
            "document-docx-zip-bomb", "document", lambda tmp: zip_bomb_docx(tmp / "bomb.docx", 120)
        ),
    ]
    cases += [
        Case(f"document-truncated-pdf-{f}", "document", _sample_as("econet.pdf", f"cut-{f}.pdf", f))
        for f in (0.05, 0.3, 0.6, 0.9)
    ]
    cases += [
        Case(
            f"document-truncated-docx-{f}",
            "document",
            _sample_as("fortis.docx", f"cut-{f}.docx", f),
        )
        for f in (0.05, 0.3, 0.6, 0.9)
    ]
    return cases


def _project_as_pdf(tmp: Path) -> Path:
    path = tmp / "project.pdf"
    path.write_bytes(valid_project_bytes(tmp))
    return path

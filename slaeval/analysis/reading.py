"""Read a contract document (PDF, DOCX, plain text or Markdown) into located blocks.

The format is told by the file's first bytes, not by its name, so a binary file renamed
``.pdf`` gets a clear message. Every failure is a ``DocumentError`` naming the problem in
French and English: empty file, password-protected or damaged PDF, scanned PDF without a text
layer (no OCR here), damaged DOCX, old .doc format, binary file, or a time limit reached.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from slaeval.analysis.document import DocumentText
from slaeval.analysis.reading_docx import read_docx
from slaeval.analysis.reading_pdf import read_pdf
from slaeval.analysis.reading_text import read_text
from slaeval.errors import DocumentError
from slaeval.localized import both

Progress = Callable[[int, int], None]
MAX_BYTES = 200 * 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
TEXT_SUFFIXES = frozenset({"", ".txt", ".text", ".md", ".markdown"})


def read_document(
    path: Path, *, deadline: float | None = None, progress: Progress | None = None
) -> DocumentText:
    """The text of ``path`` as blocks; ``deadline`` is a ``time.monotonic()`` instant."""
    _size(path)
    with path.open("rb") as handle:
        head = handle.read(1024)
    suffix = path.suffix.lower()
    name = path.name
    if b"%PDF-" in head:
        document = read_pdf(path, deadline, progress)
    elif suffix == ".pdf":
        raise DocumentError(
            both(
                f"« {name} » n'est pas un PDF : son contenu ne commence pas par l'en-tête PDF.",
                f'"{name}" is not a PDF: its content does not start with the PDF header.',
            )
        )
    elif head.startswith(_OLE_MAGIC) or suffix in (".doc", ".xls", ".ppt"):
        raise DocumentError(
            both(
                f"« {name} » est au format Office 97-2003, non pris en charge : "
                "enregistrez-le en DOCX ou en PDF.",
                f'"{name}" is in the Office 97-2003 format, which is not supported: '
                "save it as DOCX or PDF.",
            )
        )
    elif head.startswith(b"PK") or suffix in (".docx", ".docm"):
        document = read_docx(path, deadline) if _is_docx(path) else _raise_bad_docx(name)
    elif suffix in TEXT_SUFFIXES:
        document = read_text(path)
    else:
        raise DocumentError(
            both(
                f"Format de « {name} » non pris en charge : PDF, DOCX, texte (.txt) ou "
                "Markdown (.md) attendu.",
                f'The format of "{name}" is not supported: PDF, DOCX, text (.txt) or '
                "Markdown (.md) expected.",
            )
        )
    document.name = name
    if progress is not None and document.kind != "pdf":
        progress(1, 1)
    _check_deadline(deadline, name)
    return document


def _size(path: Path) -> int:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise FileNotFoundError(path)
    except OSError:
        raise DocumentError(
            both(f"Document introuvable : {path}", f"Document not found: {path}")
        ) from None
    if size == 0:
        raise DocumentError(
            both(f"« {path.name} » est vide (0 octet).", f'"{path.name}" is empty (0 bytes).')
        )
    if size > MAX_BYTES:
        raise DocumentError(
            both(
                f"« {path.name} » est trop volumineux ({size // 2**20} Mo ; maximum 200 Mo).",
                f'"{path.name}" is too large ({size // 2**20} MB; the limit is 200 MB).',
            )
        )
    return size


def _is_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _raise_bad_docx(name: str) -> DocumentText:
    raise DocumentError(
        both(
            f"« {name} » n'est pas un document Word lisible : le fichier est endommagé ou "
            "n'est pas un DOCX.",
            f'"{name}" is not a readable Word document: the file is damaged or is not a DOCX.',
        )
    )


def _check_deadline(deadline: float | None, name: str) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise time_limit_error(name, None, None)


def time_limit_error(name: str, page: int | None, pages: int | None) -> DocumentError:
    where_fr = f" à la page {page} sur {pages}" if page else ""
    where_en = f" at page {page} of {pages}" if page else ""
    return DocumentError(
        both(
            f"Analyse de « {name} » arrêtée{where_fr} : le délai maximal est dépassé. "
            "Le document est trop long ; rien n'a été importé.",
            f'Analysis of "{name}" stopped{where_en}: the time limit was reached. '
            "The document is too long; nothing was imported.",
        )
    )

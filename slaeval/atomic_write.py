"""Write a file whole or not at all: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from slaeval.errors import ExportError
from slaeval.localized import both


def write_bytes_atomic(path: Path, data: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(
            both(f"Le dossier n'existe pas : {folder}", f"The folder does not exist: {folder}")
        )
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _write_error(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _write_error(path, exc) from None


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def _write_error(path: Path, exc: OSError) -> ExportError:
    reason = exc.strerror or str(exc)
    return ExportError(
        both(f"Impossible d'écrire {path} : {reason}", f"Cannot write {path}: {reason}")
    )

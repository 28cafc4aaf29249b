"""What every bad-input case is made of: a name, the kind of input, and a builder that makes
the file (or folder) inside a temporary folder and returns its path."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

Builder = Callable[[Path], Path]


@dataclass(frozen=True)
class Case:
    name: str
    kind: str  # offer | project | catalogue | document
    build: Builder


def write(name: str, data: bytes | str) -> Builder:
    def build(tmp: Path) -> Path:
        path = tmp / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return path

    return build


def directory(name: str) -> Builder:
    def build(tmp: Path) -> Path:
        path = tmp / name
        path.mkdir()
        return path

    return build


def symlink_loop(name: str) -> Builder:
    def build(tmp: Path) -> Path:
        a, b = tmp / name, tmp / f"other-{name}"
        os.symlink(b, a)
        os.symlink(a, b)
        return a

    return build


def missing(name: str) -> Builder:
    return lambda tmp: tmp / name


def fifo(name: str) -> Builder:
    """A named pipe nobody writes to: reading it would wait for ever."""

    def build(tmp: Path) -> Path:
        path = tmp / name
        os.mkfifo(path)
        return path

    return build


def endless(name: str) -> Builder:
    """A link to /dev/zero: a file that never ends."""

    def build(tmp: Path) -> Path:
        path = tmp / name
        os.symlink("/dev/zero", path)
        return path

    return build


def valid_project_bytes(tmp: Path) -> bytes:
    from slaeval.demo import demo_project
    from slaeval.project_store import save_project

    path = tmp / "valid-source.slaeval"
    if not path.exists():
        save_project(path, demo_project()).close()
    return path.read_bytes()


def mark_as_newer_version(path: Path) -> None:
    """Make ``path`` look written by a future slaeval (schema version 999)."""
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.commit()
    con.close()


def snapshot(folder: Path) -> dict[str, str]:
    """Hash of every regular file under ``folder`` (links and loops are not followed)."""
    result = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        result[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result

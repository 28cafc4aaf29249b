"""A small disk that can be filled up, for disk-full tests.

As root (the test machine), a 2 MB tmpfs is mounted for the test: writes past its end fail
with ENOSPC exactly as on a full disk. Elsewhere, SQLite's ``max_page_count`` makes the
store's own connection fail with SQLITE_FULL, the same error SQLite raises on ENOSPC.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

SIZE = 2 * 1024 * 1024


def can_mount() -> bool:
    return os.geteuid() == 0


class SmallDisk:
    def __init__(self, folder: Path, mounted: bool) -> None:
        self.folder = folder
        self.mounted = mounted
        self._filler = folder / "filler.bin"

    def fill(self, conn: sqlite3.Connection, leave: int) -> None:
        """Leave about ``leave`` bytes free for the project open on ``conn``."""
        self.free_up(conn)
        if self.mounted:
            stats = os.statvfs(self.folder)
            room = stats.f_bavail * stats.f_frsize - leave
            with self._filler.open("wb") as handle:
                handle.write(b"\0" * max(room, 0))
        else:
            pages, size = (
                conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size")
            )
            conn.execute(f"PRAGMA max_page_count = {pages + leave // size}")

    def free_up(self, conn: sqlite3.Connection) -> None:
        if self.mounted:
            with contextlib.suppress(FileNotFoundError):
                self._filler.unlink()
        else:
            conn.execute("PRAGMA max_page_count = 1073741823")


@contextlib.contextmanager
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if not can_mount():
        yield SmallDisk(folder, mounted=False)
        return
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0755", "tmpfs", str(folder)],
        check=True,
    )
    try:
        yield SmallDisk(folder, mounted=True)
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


@contextlib.contextmanager
def read_only_medium(source: Path, tmp_path: Path) -> Iterator[Path]:
    """``source`` (a folder) seen through a read-only mount, or a read-only folder when the
    tests cannot mount (a user's own read-only folder refuses writes just the same)."""
    if not can_mount():
        source.chmod(0o555)
        try:
            yield source
        finally:
            source.chmod(0o755)
        return
    view = tmp_path / "read-only-view"
    view.mkdir()
    subprocess.run(["mount", "--bind", str(source), str(view)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=True)

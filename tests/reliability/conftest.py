"""Shared fixtures for the bad-input corpus."""

import hashlib
from pathlib import Path

import pytest


def snapshot(folder: Path) -> dict[str, str]:
    """Hash of every regular file under ``folder`` (links and loops are not followed)."""
    result = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        result[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return result


@pytest.fixture
def snapshot_of():
    return snapshot

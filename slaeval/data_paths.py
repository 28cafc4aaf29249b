"""Where the installed data lives: the catalogue, diagnostic texts, locales, fonts, samples."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    """The folder of ``slaeval.resources`` (``resources/`` in a checkout)."""
    return Path(str(resources.files("slaeval.resources")))


def samples_dir() -> Path:
    """The folder of ``slaeval.sample_contracts`` (``sample_contracts/`` in a checkout)."""
    return Path(str(resources.files("slaeval.sample_contracts")))


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)

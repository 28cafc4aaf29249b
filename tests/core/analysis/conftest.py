"""Fixtures for the contract-analysis tests: the shipped catalogue and sample documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from slaeval.catalogue import load_catalogue
from slaeval.criteria import Catalogue
from slaeval.data_paths import samples_dir


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="session")
def documents() -> Path:
    return samples_dir() / "documents"


@pytest.fixture(scope="session")
def offers_dir() -> Path:
    return samples_dir() / "offers"

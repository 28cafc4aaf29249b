"""Shared fixtures for the bad-input corpus."""

import pytest

from tests.reliability.corpus_build import snapshot


@pytest.fixture
def snapshot_of():
    return snapshot

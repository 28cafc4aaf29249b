"""Fixtures for the export tests: the demo project and its documents, built once per run."""

from __future__ import annotations

from datetime import date

import pytest

from slaeval.demo import demo_project
from slaeval.exports import build_checklist, build_diagnostic, build_report
from slaeval.project import Project

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="session")
def demo() -> Project:
    return demo_project()


@pytest.fixture(scope="session")
def report_fr(demo: Project) -> bytes:
    return build_report(demo, "fr", today=TODAY)


@pytest.fixture(scope="session")
def report_en(demo: Project) -> bytes:
    return build_report(demo, "en", today=TODAY)


@pytest.fixture(scope="session")
def checklist_en(demo: Project) -> bytes:
    return build_checklist(demo, "en", today=TODAY)


@pytest.fixture(scope="session")
def diagnostic_fr(demo: Project) -> bytes:
    return build_diagnostic(demo, "fr", today=TODAY)

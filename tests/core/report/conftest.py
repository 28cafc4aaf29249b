"""Fixtures for the export tests: the demo project, its reports built once, and edge cases."""

from __future__ import annotations

from datetime import date

import pytest

from slaeval.demo import demo_project
from slaeval.project import Project
from slaeval.project_evaluation import ProjectEvaluation, evaluate_project
from slaeval.report import build_checklist, build_report
from tests.core.report.helpers import pdf_pages

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="session")
def demo() -> Project:
    return demo_project()


@pytest.fixture(scope="session")
def demo_pe(demo: Project) -> ProjectEvaluation:
    return evaluate_project(demo)


@pytest.fixture(scope="session")
def report_fr(demo: Project, demo_pe: ProjectEvaluation) -> bytes:
    return build_report(demo, "fr", today=TODAY, evaluation=demo_pe)


@pytest.fixture(scope="session")
def report_en(demo: Project, demo_pe: ProjectEvaluation) -> bytes:
    return build_report(demo, "en", today=TODAY, evaluation=demo_pe)


@pytest.fixture(scope="session")
def report_fr_pages(report_fr: bytes) -> list[str]:
    return pdf_pages(report_fr)


@pytest.fixture(scope="session")
def report_en_pages(report_en: bytes) -> list[str]:
    return pdf_pages(report_en)


@pytest.fixture(scope="session")
def checklist_en(demo: Project, demo_pe: ProjectEvaluation) -> bytes:
    return build_checklist(demo, "en", today=TODAY, evaluation=demo_pe)

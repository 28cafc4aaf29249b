"""Small projects for the Offers, Compare and Negotiate tests, built from the demo offers."""

from __future__ import annotations

from pathlib import Path

from slaeval.demo import demo_project
from slaeval.project import Project
from slaeval.project_store import save_project
from slaeval.ui.main_window import STEP_IDS

CRITERION = "support.p1_response"  # EcoNet says 4 h business: a red flag


def twins_project() -> Project:
    """EcoNet and a copy that leaves one answer unknown, so the copy ranks second."""
    project = demo_project()
    econet = project.offers[0]
    answers = {k: v for k, v in econet.answers.items() if k != CRITERION}
    twin = econet.model_copy(update={"id": "twin", "name": "EcoNet twin", "answers": answers})
    return project.model_copy(update={"offers": (econet, twin)})


def pair_project(first: int, second: int) -> Project:
    project = demo_project()
    return project.model_copy(update={"offers": (project.offers[first], project.offers[second])})


def write(tmp_path: Path, project: Project, name: str = "p.slaeval") -> Path:
    path = tmp_path / name
    save_project(path, project).close()
    return path


def open_page(window, path: Path, step: str):  # type: ignore[no-untyped-def]
    assert window.open_file(path)
    window.show_step(step)
    return page(window, step)


def page(window, step: str):  # type: ignore[no-untyped-def]
    return window.pages[STEP_IDS.index(step)]

"""The cyclic garbage collector is paused while a document is analysed, and left as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from slaeval.analysis import analyze_document
from slaeval.analysis.collector_pause import collector_paused
from slaeval.criteria import Catalogue
from slaeval.errors import DocumentError


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_paused_inside_and_resumed_after(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_resume_only_at_the_last_end(collector_on: None) -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer analysis still runs
    assert gc.isenabled()


def test_a_collector_already_off_stays_off(collector_on: None) -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_resumed_when_the_analysis_fails(collector_on: None) -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("cancelled")
    assert gc.isenabled()


def test_overlapping_analyses_in_two_threads(collector_on: None) -> None:
    first_in, second_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_in.set()
            second_done.wait(5)
            seen.append(gc.isenabled())  # the second ended first: still paused

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with collector_paused():
        pass
    second_done.set()
    thread.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_analysis_runs_with_the_collector_paused(
    collector_on: None, catalogue: Catalogue, tmp_path: Path
) -> None:
    document = tmp_path / "contrat.txt"
    document.write_text(
        "Le Prestataire intervient sous 4 heures ouvrées pour tout incident critique.",
        encoding="utf-8",
    )
    during: list[bool] = []
    report = analyze_document(
        document, catalogue, progress=lambda done, total: during.append(gc.isenabled())
    )
    assert during == [False]
    assert gc.isenabled()
    assert any(f.criterion == "support.p1_response" for f in report.findings)


def test_resumed_after_a_document_error(
    collector_on: None, catalogue: Catalogue, tmp_path: Path
) -> None:
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    with pytest.raises(DocumentError):
        analyze_document(empty, catalogue)
    assert gc.isenabled()

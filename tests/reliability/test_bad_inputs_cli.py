"""Every bad input of the corpus: exit status 2, one line naming the problem, no traceback,
no hang, and no file changed (neither the input nor the project it was imported into)."""

import signal
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from slaeval.cli.main import main
from tests.reliability.corpus import KINDS, all_cases
from tests.reliability.generated import garbage, invalid_offer_texts

CASES = all_cases()
TIME_LIMIT_S = 60


def _commands(kind: str, target: Path, project: Path) -> list[list[str]]:
    if kind == "offer":
        return [["import", str(project), str(target)]]
    if kind == "project":
        return [
            ["score", str(target)],
            ["export", str(target), "--format", "csv", "-o", str(project.parent / "out.csv")],
        ]
    if kind == "catalogue":
        return [["catalogue", "--from", str(target)]]
    return [["analyze", str(target)], ["import", str(project), str(target)]]


def _alarm(signum, frame):
    raise TimeoutError("the command hung")


def run_once(args: list[str], capsys) -> tuple[int, str]:
    capsys.readouterr()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(TIME_LIMIT_S)
    try:
        code = main(args)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return code, capsys.readouterr().err


def assert_clean_refusal(code: int, err: str, args: list[str]) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2, (args, err)
    assert len(lines) == 1 and lines[0].startswith("slaeval: "), (args, err)
    assert "Traceback" not in err and len(lines[0]) < 600, (args, err)


@pytest.fixture
def project(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "target" / "client.slaeval"
    path.parent.mkdir()
    assert main(["new", str(path)]) == 0
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_refused_cleanly(case, tmp_path, project, capsys, snapshot_of):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    target = case.build(inputs)
    before = snapshot_of(tmp_path)
    for args in _commands(case.kind, target, project):
        code, err = run_once(args, capsys)
        assert_clean_refusal(code, err, args)
    assert snapshot_of(tmp_path) == before


def test_the_corpus_is_large_enough_and_covers_every_format():
    # The generated cases below add 2 x 40 more.
    assert len(CASES) >= 150
    assert len({case.name for case in CASES}) == len(CASES)
    counts = Counter(case.kind for case in CASES)
    assert set(counts) == set(KINDS) and min(counts.values()) >= 30, counts
    document_suffixes = {case.name.split("-")[-1] for case in CASES if case.kind == "document"}
    assert {"pdf", "docx", "txt", "md"} <= document_suffixes


# ---------------------------------------------------------------- generated inputs
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=invalid_offer_texts())
def test_generated_invalid_answers_are_refused(case, tmp_path_factory, capsys):
    criterion, text = case
    folder = tmp_path_factory.mktemp("gen")
    project = folder / "p.slaeval"
    assert main(["new", str(project)]) == 0
    before = project.read_bytes()
    path = folder / "offer.json"
    path.write_text(text, encoding="utf-8")
    code, err = run_once(["import", str(project), str(path)], capsys)
    assert_clean_refusal(code, err, ["import", criterion])
    assert project.read_bytes() == before


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(blob=garbage())
def test_generated_garbage_files_are_refused(blob, tmp_path_factory, capsys):
    folder = tmp_path_factory.mktemp("garbage")
    project = folder / "p.slaeval"
    assert main(["new", str(project)]) == 0
    before = project.read_bytes()
    path = folder / "offer.json"
    path.write_bytes(blob)
    code, err = run_once(["import", str(project), str(path)], capsys)
    assert_clean_refusal(code, err, ["import", "garbage"])
    assert project.read_bytes() == before
    score_target = folder / "garbage.slaeval"
    score_target.write_bytes(blob)
    code, err = run_once(["score", str(score_target)], capsys)
    assert_clean_refusal(code, err, ["score", "garbage"])
    assert score_target.read_bytes() == blob

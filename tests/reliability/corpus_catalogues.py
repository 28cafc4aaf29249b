"""Bad catalogue folders (read by `slaeval catalogue --from DIR`)."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from slaeval.catalogue import default_catalogue_dir
from tests.reliability.corpus_build import Builder, Case, endless, fifo, missing, write

Change = Callable[[Path], None]


def _catalogue(name: str, change: Change) -> Builder:
    def build(tmp: Path) -> Path:
        folder = tmp / name
        shutil.copytree(default_catalogue_dir(), folder)
        change(folder)
        return folder

    return build


def _edit_first(area: str, edit: Callable[[dict[str, object]], None], index: int = 0) -> Change:
    def change(folder: Path) -> None:
        path = folder / f"{area}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        edit(data["criteria"][index])
        path.write_text(json.dumps(data), encoding="utf-8")

    return change


def _edit_areas(edit: Callable[[dict[str, list[dict[str, object]]]], None]) -> Change:
    def change(folder: Path) -> None:
        path = folder / "areas.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        edit(data)
        path.write_text(json.dumps(data), encoding="utf-8")

    return change


def _set(key: str, value: object) -> Callable[[dict[str, object]], None]:
    return lambda criterion: criterion.__setitem__(key, value)


def _drop(key: str) -> Callable[[dict[str, object]], None]:
    return lambda criterion: criterion.pop(key, None)


def _first_choice(key: str, value: object) -> Callable[[dict[str, object]], None]:
    return lambda criterion: criterion["choices"][0].__setitem__(key, value)  # type: ignore[index]


def _overwrite(file: str, data: bytes) -> Change:
    return lambda folder: (folder / file).write_bytes(data)


def _duplicate_ids(folder: Path) -> None:
    path = folder / "costs.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["criteria"].append(data["criteria"][0])
    path.write_text(json.dumps(data), encoding="utf-8")


def _same_id_in_two_files(folder: Path) -> None:
    security = json.loads((folder / "security.json").read_text(encoding="utf-8"))
    data = json.loads((folder / "data.json").read_text(encoding="utf-8"))
    data["criteria"].append({**security["criteria"][0], "area": "data"})
    (folder / "data.json").write_text(json.dumps(data), encoding="utf-8")


def _duplicate_choice(criterion: dict[str, object]) -> None:
    choices = criterion["choices"]
    assert isinstance(choices, list)
    choices.append(choices[0])


def _file_to_directory(folder: Path) -> None:
    (folder / "costs.json").unlink()
    (folder / "costs.json").mkdir()


def _areas_symlink_loop(folder: Path) -> None:
    (folder / "areas.json").unlink()
    os.symlink(folder / "loop.json", folder / "areas.json")
    os.symlink(folder / "areas.json", folder / "loop.json")


def _named_pipe(file: str) -> Change:
    """Nobody writes to it: reading it would wait for ever."""

    def change(folder: Path) -> None:
        (folder / file).unlink()
        os.mkfifo(folder / file)

    return change


def _endless(file: str) -> Change:
    """A link to /dev/zero: reading it would never end."""

    def change(folder: Path) -> None:
        (folder / file).unlink()
        os.symlink("/dev/zero", folder / file)

    return change


def _huge(folder: Path) -> None:
    with (folder / "costs.json").open("r+b") as handle:
        handle.truncate(11 * 1024 * 1024)  # sparse: over the 10 MB cap, nothing big written


CATALOGUE_CHANGES: dict[str, Change] = {
    "no-areas-file": lambda folder: (folder / "areas.json").unlink(),
    "no-area-file": lambda folder: (folder / "backup.json").unlink(),
    "areas-not-json": _overwrite("areas.json", b"{areas"),
    "areas-invalid-utf8": _overwrite("areas.json", b'{"version": "\xff", "areas": []}'),
    "areas-is-array": _overwrite("areas.json", b"[]"),
    "areas-symlink-loop": _areas_symlink_loop,
    "area-file-not-json": _overwrite("security.json", b"[1, 2"),
    "area-file-array": _overwrite("security.json", b"[]"),
    "area-file-invalid-utf8": _overwrite("data.json", b'{"criteria": ["\xff"]}'),
    "area-file-empty": _overwrite("scope.json", b""),
    "area-file-zeros": _overwrite("data.json", b"\0" * 1000),
    "area-file-is-a-folder": _file_to_directory,
    "criteria-not-a-list": _overwrite("costs.json", b'{"criteria": {}}'),
    "criterion-is-text": _overwrite("costs.json", b'{"criteria": ["cost"]}'),
    "missing-area": _overwrite("areas.json", b'{"version": "x", "areas": []}'),
    "unknown-area": _edit_areas(lambda d: d["areas"].append({**d["areas"][0], "id": "astrology"})),
    "area-twice": _edit_areas(lambda d: d["areas"].append(d["areas"][0])),
    "area-weight-negative": _edit_areas(lambda d: d["areas"][0].__setitem__("weight", -1)),
    "duplicate-id": _duplicate_ids,
    "same-id-in-two-files": _same_id_in_two_files,
    "bad-id": _edit_first("support", _set("id", "Support P1!")),
    "wrong-area": _edit_first("support", _set("area", "costs")),
    "unknown-kind": _edit_first("support", _set("kind", "colour")),
    "no-kind": _edit_first("backup", _drop("kind")),
    "weight-zero": _edit_first("backup", _set("weight", 0)),
    "weight-negative": _edit_first("backup", _set("weight", -3)),
    "weight-huge": _edit_first("backup", _set("weight", 1e308)),
    "weight-text": _edit_first("backup", _set("weight", "heavy")),
    "no-question": _edit_first("security", _drop("question")),
    "question-english-only": _edit_first("security", _set("question", {"en": "Only"})),
    "question-french-blank": _edit_first("security", _set("question", {"fr": " ", "en": "x"})),
    "blank-help": _edit_first("security", _set("help", {"fr": " ", "en": "x"})),
    "no-help": _edit_first("support", _drop("help")),
    "no-basis": _edit_first("costs", _drop("basis")),
    "unknown-field": _edit_first("costs", _set("colour", "blue")),
    "no-choices": _edit_first("security", _set("choices", [])),
    "same-choice-twice": _edit_first("security", _duplicate_choice),
    "choice-score-200": _edit_first("security", _first_choice("score", 200)),
    "choice-status-unknown": _edit_first("security", _first_choice("status", "splendid")),
    "choices-on-number": _edit_first("support", _set("choices", [{"id": "a"}]), 2),
    "thresholds-reversed": _edit_first(
        "support", _set("thresholds", {"good": 1440, "acceptable": 480, "red": 30}), 2
    ),
    "no-thresholds": _edit_first("support", _drop("thresholds"), 2),
    "thresholds-on-choice": _edit_first(
        "support", _set("thresholds", {"good": 1, "acceptable": 2, "red": 3})
    ),
    "knockout-not-allowed": _edit_first("governance", _set("knockout_default", "always")),
    "deep-nesting": _overwrite("oncall.json", b"[" * 100_000 + b"]" * 100_000),
    "areas-named-pipe": _named_pipe("areas.json"),
    "area-file-named-pipe": _named_pipe("support.json"),
    "area-file-endless": _endless("security.json"),
    "area-file-huge": _huge,
}


def catalogue_cases() -> list[Case]:
    cases = [
        Case(f"catalogue-{n}", "catalogue", _catalogue(n, change))
        for n, change in CATALOGUE_CHANGES.items()
    ]
    cases.append(Case("catalogue-missing-folder", "catalogue", missing("nowhere")))
    cases.append(Case("catalogue-is-a-file", "catalogue", write("file-cat", "x")))
    cases.append(Case("catalogue-folder-is-a-named-pipe", "catalogue", fifo("cat-pipe")))
    cases.append(Case("catalogue-folder-is-dev-zero", "catalogue", endless("cat-zero")))
    return cases

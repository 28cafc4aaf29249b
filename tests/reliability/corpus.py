"""Hand-made bad inputs for every format slaeval reads.

Each case builds its file (or folder) inside a temporary folder and names the command that
reads it: ``offer`` (slaeval import PROJECT FILE), ``project`` (slaeval score FILE),
``catalogue`` (slaeval catalogue --from DIR) and ``document`` (slaeval analyze FILE).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from slaeval.catalogue import default_catalogue_dir
from slaeval.data_paths import samples_dir

Builder = Callable[[Path], Path]


@dataclass(frozen=True)
class Case:
    name: str
    kind: str  # offer | project | catalogue | document
    build: Builder


def _write(name: str, data: bytes | str) -> Builder:
    def build(tmp: Path) -> Path:
        path = tmp / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return path

    return build


def _directory(name: str) -> Builder:
    def build(tmp: Path) -> Path:
        path = tmp / name
        path.mkdir()
        return path

    return build


def _symlink_loop(name: str) -> Builder:
    def build(tmp: Path) -> Path:
        a, b = tmp / name, tmp / f"other-{name}"
        os.symlink(b, a)
        os.symlink(a, b)
        return a

    return build


def _missing(name: str) -> Builder:
    return lambda tmp: tmp / name


# ---------------------------------------------------------------- offer JSON
def _offer(**changes: object) -> str:
    base: dict[str, object] = {"name": "Prestataire", "answers": {}}
    base.update(changes)
    return json.dumps(base)


def _answer(criterion: str, value: object, **extra: object) -> str:
    return _offer(answers={criterion: {"value": value, **extra}})


OFFER_TEXTS: dict[str, str | bytes] = {
    "empty": "",
    "whitespace": "   \n\t ",
    "truncated": _offer()[:-5],
    "top-level-array": "[]",
    "top-level-string": '"offer"',
    "top-level-null": "null",
    "top-level-number": "42",
    "no-name": json.dumps({"answers": {}}),
    "empty-name": _offer(name="   "),
    "name-is-number": _offer(name=12),
    "huge-name": _offer(name="x" * 5000),
    "answers-is-list": _offer(answers=[1, 2]),
    "unknown-criterion": _answer("support.p9_teleportation", 5),
    "unknown-field": _offer(colour="blue"),
    "negative-duration": _answer("support.p1_response", -30),
    "availability-120": _answer("availability.commitment", 120),
    "availability-negative": _answer("availability.commitment", -1),
    "availability-text": _answer("availability.commitment", "high"),
    "yesno-maybe": _answer("security.edr", "maybe"),
    "choice-unknown-id": _answer("security.mfa", "sometimes"),
    "value-is-object": _answer("security.mfa", {"a": 1}),
    "value-is-list": _answer("support.p1_response", [30]),
    "value-is-bool": _answer("support.p1_response", True),
    "huge-number": _answer("support.p1_response", 1e308),
    "overflow-number": '{"name": "X", "answers": {"support.p1_response": {"value": 1e999}}}',
    "nan": '{"name": "X", "answers": {"support.p1_response": {"value": NaN}}}',
    "infinity": '{"name": "X", "answers": {"support.p1_response": {"value": -Infinity}}}',
    "bad-clock": _answer("support.p1_response", 30, clock="martian"),
    "business-clock-on-percent": _answer("availability.commitment", 99.9, clock="business"),
    "evidence-not-object": _answer("security.mfa", "none_or_shared", evidence="quote"),
    "negative-monthly": _offer(prices={"monthly": -10}),
    "zero-term": _offer(prices={"term_months": 0}),
    "absurd-term": _offer(prices={"term_months": 100000}),
    "absurd-setup": _offer(prices={"setup": 1e15}),
    "credit-over-100": _offer(prices={"credit_tiers": [{"below": 99.9, "credit_percent": 400}]}),
    "window-backwards": _offer(support_window={"start_minute": 1000, "end_minute": 500}),
    "window-day-9": _offer(support_window={"days": [9]}),
    "window-no-days": _offer(support_window={"days": []}),
    "bad-offer-id": _offer(id="../../etc/passwd"),
    "deeply-nested": '{"name": "X", "answers": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "invalid-utf8": b'{"name": "\xff\xfe caf\xe9", "answers": {}}',
    "zero-bytes": b"\0" * 4096,
    "binary-noise": bytes(range(256)) * 16,
    "utf16-bom": _offer().encode("utf-16"),
    "trailing-garbage": _offer() + " }}}",
}


def offer_cases() -> list[Case]:
    cases = [Case(f"offer-{n}", "offer", _write(f"{n}.json", d)) for n, d in OFFER_TEXTS.items()]
    cases += [
        Case("offer-directory", "offer", _directory("folder.json")),
        Case("offer-symlink-loop", "offer", _symlink_loop("loop.json")),
        Case("offer-missing", "offer", _missing("absent.json")),
        Case("offer-50MB", "offer", _write("big.json", b" " * (50 * 1024 * 1024))),
    ]
    return cases


# ---------------------------------------------------------------- project files
def _valid_project_bytes(tmp: Path) -> bytes:
    from slaeval.demo import demo_project
    from slaeval.project_store import save_project

    path = tmp / "valid-source.slaeval"
    if not path.exists():
        save_project(path, demo_project()).close()
    return path.read_bytes()


def _truncated(fraction: float) -> Builder:
    def build(tmp: Path) -> Path:
        data = _valid_project_bytes(tmp)
        path = tmp / f"truncated-{fraction}.slaeval"
        path.write_bytes(data[: int(len(data) * fraction)])
        return path

    return build


def _sqlite(name: str, script: str) -> Builder:
    def build(tmp: Path) -> Path:
        path = tmp / name
        con = sqlite3.connect(path)
        con.executescript(script)
        con.close()
        return path

    return build


def _corrupt_pages(tmp: Path) -> Path:
    data = bytearray(_valid_project_bytes(tmp))
    for offset in range(4096, len(data), 4096):
        data[offset : offset + 64] = b"\xa5" * 64
    path = tmp / "scrambled.slaeval"
    path.write_bytes(bytes(data))
    return path


def mark_as_newer_version(path: Path) -> None:
    """Make ``path`` look written by a future slaeval (schema version 999)."""
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.commit()
    con.close()


def _newer_version(tmp: Path) -> Path:
    path = tmp / "newer.slaeval"
    path.write_bytes(_valid_project_bytes(tmp))
    mark_as_newer_version(path)
    return path


def project_cases() -> list[Case]:
    cases = [
        Case("project-empty", "project", _write("empty.slaeval", b"")),
        Case("project-text", "project", _write("text.slaeval", "hello, this is not SQLite")),
        Case("project-json", "project", _write("json.slaeval", _offer())),
        Case("project-header-only", "project", _write("header.slaeval", b"SQLite format 3\0")),
        Case("project-zeros", "project", _write("zeros.slaeval", b"\0" * 100_000)),
        Case("project-noise", "project", _write("noise.slaeval", os.urandom(50_000))),
        Case("project-directory", "project", _directory("dir.slaeval")),
        Case("project-symlink-loop", "project", _symlink_loop("loop.slaeval")),
        Case("project-missing", "project", _missing("absent.slaeval")),
        Case(
            "project-other-schema",
            "project",
            _sqlite("other.slaeval", "create table invoices (id integer, total real);"),
        ),
        Case("project-empty-database", "project", _sqlite("blank.slaeval", "")),
        Case("project-scrambled-pages", "project", _corrupt_pages),
        Case("project-newer-version", "project", _newer_version),
    ]
    cases += [
        Case(f"project-truncated-{f}", "project", _truncated(f))
        for f in (0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99)
    ]
    return cases


# ---------------------------------------------------------------- catalogue folders
def _catalogue(name: str, change: Callable[[Path], None]) -> Builder:
    def build(tmp: Path) -> Path:
        folder = tmp / name
        shutil.copytree(default_catalogue_dir(), folder)
        change(folder)
        return folder

    return build


def _edit_first(
    area: str, edit: Callable[[dict[str, object]], None], index: int = 0
) -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        path = folder / f"{area}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        edit(data["criteria"][index])
        path.write_text(json.dumps(data), encoding="utf-8")

    return change


def _set(key: str, value: object) -> Callable[[dict[str, object]], None]:
    return lambda criterion: criterion.__setitem__(key, value)


def _drop(key: str) -> Callable[[dict[str, object]], None]:
    return lambda criterion: criterion.pop(key, None)


def _overwrite(file: str, data: bytes) -> Callable[[Path], None]:
    return lambda folder: (folder / file).write_bytes(data)


def _duplicate_ids(folder: Path) -> None:
    path = folder / "costs.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["criteria"].append(data["criteria"][0])
    path.write_text(json.dumps(data), encoding="utf-8")


CATALOGUE_CHANGES: dict[str, Callable[[Path], None]] = {
    "no-areas-file": lambda folder: (folder / "areas.json").unlink(),
    "no-area-file": lambda folder: (folder / "backup.json").unlink(),
    "areas-not-json": _overwrite("areas.json", b"{areas"),
    "area-file-not-json": _overwrite("security.json", b"[1, 2"),
    "area-file-array": _overwrite("security.json", b"[]"),
    "area-file-invalid-utf8": _overwrite("data.json", b'{"criteria": ["\xff"]}'),
    "area-file-empty": _overwrite("scope.json", b""),
    "missing-area": _overwrite("areas.json", b'{"version": "x", "areas": []}'),
    "duplicate-id": _duplicate_ids,
    "bad-id": _edit_first("support", _set("id", "Support P1!")),
    "wrong-area": _edit_first("support", _set("area", "costs")),
    "unknown-kind": _edit_first("support", _set("kind", "colour")),
    "weight-zero": _edit_first("backup", _set("weight", 0)),
    "weight-text": _edit_first("backup", _set("weight", "heavy")),
    "no-question": _edit_first("security", _drop("question")),
    "question-english-only": _edit_first("security", _set("question", {"en": "Only"})),
    "blank-help": _edit_first("security", _set("help", {"fr": " ", "en": "x"})),
    "no-basis": _edit_first("costs", _drop("basis")),
    "unknown-field": _edit_first("costs", _set("colour", "blue")),
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
}


def catalogue_cases() -> list[Case]:
    cases = [
        Case(f"catalogue-{n}", "catalogue", _catalogue(n, change))
        for n, change in CATALOGUE_CHANGES.items()
    ]
    cases.append(Case("catalogue-missing-folder", "catalogue", _missing("nowhere")))
    cases.append(Case("catalogue-is-a-file", "catalogue", _write("file-cat", "x")))
    return cases


# ---------------------------------------------------------------- contract documents
def _encrypted_pdf(tmp: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(samples_dir() / "documents" / "econet.pdf")
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt("secret")
    path = tmp / "encrypted.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _blank_pdf(tmp: Path) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(595, 842)
    path = tmp / "scanned.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _truncated_sample(name: str, fraction: float) -> Builder:
    def build(tmp: Path) -> Path:
        data = (samples_dir() / "documents" / name).read_bytes()
        path = tmp / f"cut-{fraction}-{name}"
        path.write_bytes(data[: int(len(data) * fraction)])
        return path

    return build


def _zip_of_garbage(tmp: Path) -> Path:
    import zipfile

    path = tmp / "garbage.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<not-xml")
    return path


def document_cases() -> list[Case]:
    cases = [
        Case("document-empty-pdf", "document", _write("empty.pdf", b"")),
        Case("document-empty-docx", "document", _write("empty.docx", b"")),
        Case("document-empty-txt", "document", _write("empty.txt", b"")),
        Case("document-binary-as-pdf", "document", _write("binary.pdf", os.urandom(20_000))),
        Case("document-text-as-pdf", "document", _write("text.pdf", "just words, no PDF")),
        Case("document-binary-as-docx", "document", _write("binary.docx", os.urandom(20_000))),
        Case("document-zip-of-garbage", "document", _zip_of_garbage),
        Case("document-encrypted-pdf", "document", _encrypted_pdf),
        Case("document-no-text-layer", "document", _blank_pdf),
        Case("document-zeros-txt", "document", _write("zeros.txt", b"\0" * 10_000)),
        Case("document-zeros-md", "document", _write("zeros.md", b"\0" * 10_000)),
        Case("document-directory", "document", _directory("folder.pdf")),
        Case("document-symlink-loop", "document", _symlink_loop("loop.txt")),
        Case("document-missing", "document", _missing("absent.pdf")),
        Case("document-unknown-format", "document", _write("contract.xls", b"\xd0\xcf\x11\xe0")),
        Case("document-50MB-text", "document", _write("big.txt", b"lorem ipsum " * 4_500_000)),
    ]
    cases += [
        Case(f"document-truncated-pdf-{f}", "document", _truncated_sample("econet.pdf", f))
        for f in (0.05, 0.3, 0.6, 0.9)
    ]
    cases += [
        Case(f"document-truncated-docx-{f}", "document", _truncated_sample("fortis.docx", f))
        for f in (0.05, 0.3, 0.6, 0.9)
    ]
    return cases


def all_cases() -> list[Case]:
    return offer_cases() + project_cases() + catalogue_cases() + document_cases()

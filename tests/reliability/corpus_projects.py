"""Bad project files (.slaeval), read by `slaeval score` / `export` and opened by the app."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from tests.reliability.corpus_build import (
    Builder,
    Case,
    directory,
    endless,
    fifo,
    mark_as_newer_version,
    missing,
    symlink_loop,
    valid_project_bytes,
    write,
)


def _truncated(fraction: float) -> Builder:
    def build(tmp: Path) -> Path:
        data = valid_project_bytes(tmp)
        path = tmp / f"truncated-{fraction}.slaeval"
        path.write_bytes(data[: int(len(data) * fraction)])
        return path

    return build


def _sqlite(name: str, script: str) -> Builder:
    """A database of another program, built from nothing."""

    def build(tmp: Path) -> Path:
        path = tmp / name
        con = sqlite3.connect(path)
        con.executescript(script)
        con.close()
        return path

    return build


def _edited(name: str, script: str) -> Builder:
    """A valid project changed behind slaeval's back (by hand, by another tool)."""

    def build(tmp: Path) -> Path:
        path = tmp / f"{name}.slaeval"
        path.write_bytes(valid_project_bytes(tmp))
        con = sqlite3.connect(path)
        con.executescript(script)
        con.close()
        return path

    return build


def _header(name: str, offset: int, value: int, width: int) -> Builder:
    """A valid project with one field of its SQLite header overwritten."""

    def build(tmp: Path) -> Path:
        data = bytearray(valid_project_bytes(tmp))
        data[offset : offset + width] = value.to_bytes(width, "big")
        path = tmp / f"{name}.slaeval"
        path.write_bytes(bytes(data))
        return path

    return build


def _corrupt_pages(tmp: Path) -> Path:
    data = bytearray(valid_project_bytes(tmp))
    for offset in range(4096, len(data), 4096):
        data[offset : offset + 64] = b"\xa5" * 64
    path = tmp / "scrambled.slaeval"
    path.write_bytes(bytes(data))
    return path


def _newer_version(tmp: Path) -> Path:
    path = tmp / "newer.slaeval"
    path.write_bytes(valid_project_bytes(tmp))
    mark_as_newer_version(path)
    return path


def _sample(name: str, target: str) -> Builder:
    def build(tmp: Path) -> Path:
        from slaeval.data_paths import samples_dir

        path = tmp / target
        shutil.copy(samples_dir() / "documents" / name, path)
        return path

    return build


EDITS: dict[str, str] = {
    "no-version": "DELETE FROM meta WHERE key = 'schema_version'",
    "version-not-a-number": "UPDATE meta SET value = 'abc' WHERE key = 'schema_version'",
    "version-negative": "UPDATE meta SET value = '-3' WHERE key = 'schema_version'",
    "other-application": "UPDATE meta SET value = 'other' WHERE key = 'application'",
    "no-offer-tables": "DROP TABLE negotiation; DROP TABLE answers; DROP TABLE offers",
    "prices-not-json": "UPDATE offers SET prices = '{not json'",
    "prices-wrong-type": """UPDATE offers SET prices = '{"monthly": "cheap"}'""",
    "answer-bad-clock": "UPDATE answers SET clock = 'martian'",
    "answer-value-blob": "UPDATE answers SET value = x'00ff'",
    "profile-wrong-type": """INSERT OR REPLACE INTO profile VALUES (1, '{"staff": "many"}')""",
    "unknown-sign": "INSERT OR REPLACE INTO signs VALUES ('nope', 'yes')",
    "creation-date-text": "UPDATE info SET created = 'yesterday'",
    "override-not-json": "INSERT OR REPLACE INTO overrides VALUES ('k', '{')",
}

# Numbers an import refuses, written into an answer of every offer by hand: the project's
# reading refuses them too, naming the first offer and the criterion.
IMPOSSIBLE_ANSWERS: dict[str, tuple[str, str, str]] = {
    "delay-1e300-minutes": ("support.p1_response", "1e300", "business"),
    "delay-over-ten-years": ("support.p1_restoration", "6000000", "calendar"),
    "delay-infinite": ("support.p2_response", "1e999", "calendar"),
    "delay-minus-infinity": ("support.p2_response", "-Infinity", "calendar"),
    "delay-nan": ("support.p1_response", "NaN", "business"),
    "delay-negative": ("support.p1_restoration", "-30", "calendar"),
    "availability-over-100": ("availability.commitment", "100.5", "calendar"),
    "liability-cap-absurd": ("liability.cap", "1e12", "calendar"),
    "number-too-long": ("reversibility.transition_months", "9" * 5000, "calendar"),
}


def impossible_answer_sql(criterion_id: str, value: str, clock: str) -> str:
    return (
        "INSERT OR REPLACE INTO answers (offer_id, criterion_id, value, clock, note, source) "
        f"SELECT id, '{criterion_id}', '{value}', '{clock}', '', 'typed' FROM offers"
    )


def project_cases() -> list[Case]:
    cases = [
        Case("project-empty", "project", write("empty.slaeval", b"")),
        Case("project-text", "project", write("text.slaeval", "hello, this is not SQLite")),
        Case("project-json", "project", write("json.slaeval", '{"name": "P", "answers": {}}')),
        Case("project-header-only", "project", write("header.slaeval", b"SQLite format 3\0")),
        Case("project-zeros", "project", write("zeros.slaeval", b"\0" * 100_000)),
        Case("project-noise", "project", write("noise.slaeval", os.urandom(50_000))),
        Case("project-pdf-renamed", "project", _sample("econet.pdf", "pdf.slaeval")),
        Case("project-docx-renamed", "project", _sample("fortis.docx", "docx.slaeval")),
        Case("project-directory", "project", directory("dir.slaeval")),
        Case("project-symlink-loop", "project", symlink_loop("loop.slaeval")),
        Case("project-missing", "project", missing("absent.slaeval")),
        Case("project-named-pipe", "project", fifo("pipe.slaeval")),
        Case("project-endless-file", "project", endless("zero.slaeval")),
        Case(
            "project-other-schema",
            "project",
            _sqlite("other.slaeval", "create table invoices (id integer, total real);"),
        ),
        Case("project-empty-database", "project", _sqlite("blank.slaeval", "")),
        Case("project-scrambled-pages", "project", _corrupt_pages),
        Case("project-newer-version", "project", _newer_version),
        Case("project-bad-page-size", "project", _header("page-size", 16, 3000, 2)),
        Case("project-huge-page-count", "project", _header("page-count", 28, 10**6, 4)),
    ]
    cases += [Case(f"project-{n}", "project", _edited(n, sql)) for n, sql in EDITS.items()]
    cases += [
        Case(f"project-answer-{n}", "project", _edited(n, impossible_answer_sql(*answer)))
        for n, answer in IMPOSSIBLE_ANSWERS.items()
    ]
    cases += [
        Case(f"project-truncated-{f}", "project", _truncated(f))
        for f in (0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99)
    ]
    return cases

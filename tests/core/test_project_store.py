"""The project file: round trips, change log, refused files, read-only files, failed writes."""

from __future__ import annotations

import json
import math
import os
import sqlite3
import time
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlite_utils import Database

from slaeval.errors import InputError, NewerVersionError, ProjectError, ReadOnlyProjectError
from slaeval.offers import Answer, Offer, Prices
from slaeval.project import Negotiation, Project, ProjectInfo
from slaeval.project_schema import SCHEMA_VERSION, migrate
from slaeval.project_store import ProjectStore, save_project
from tests.core.project_samples import big_project, full_offer, full_project, sidecars, snapshot


def raw(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Query the file with plain sqlite3, behind the store's back."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture
def store(tmp_path: Path):
    with ProjectStore.create(tmp_path / "p.slaeval") as opened:
        yield opened


# ---- round trips ------------------------------------------------------------------------


def test_a_whole_project_survives_save_close_and_reopen(tmp_path):
    project = full_project()
    save_project(tmp_path / "p.slaeval", project).close()
    with ProjectStore.open(tmp_path / "p.slaeval") as reopened:
        assert not reopened.read_only
        assert reopened.load() == project


def test_setters_rebuild_every_field_of_the_project(store):
    expected = full_project()
    store.set_info(expected.info)
    for sign, answer in expected.diagnostic.signs.items():
        store.set_sign(sign, answer)
    store.set_profile(expected.diagnostic.profile)
    for key, value in expected.overrides.items():
        store.set_override(key, value)
    for offer in expected.offers:
        store.add_offer(offer)
    for offer_id, items in expected.negotiation.items():
        for criterion_id, item in items.items():
            store.set_negotiation(offer_id, criterion_id, item)
    for key, text in expected.notes.items():
        store.set_note(key, text)
    assert store.load() == expected


def test_setting_none_or_empty_removes_what_was_there(store):
    store.add_offer(full_offer())
    store.set_sign("no_owner", "yes")
    store.set_override("round_the_clock", True)
    store.set_note("summary", "text")
    store.set_negotiation("alpha", "security.mfa", Negotiation(state="obtained"))
    store.set_sign("no_owner", None)
    store.clear_override("round_the_clock")
    store.set_note("summary", "   ")
    store.set_negotiation("alpha", "security.mfa", None)
    store.set_answer("alpha", "security.edr", None)
    project = store.load()
    assert project.diagnostic.signs == {}
    assert project.overrides == {} and project.notes == {} and project.negotiation == {}
    assert "security.edr" not in project.offer("alpha").answers


def test_update_offer_changes_the_header_and_keeps_the_answers(store):
    store.add_offer(full_offer())
    renamed = Offer(id="alpha", name="Alpha v2", prices=Prices(monthly=10), notes="new")
    store.update_offer(renamed)
    stored = store.load().offer("alpha")
    assert (stored.name, stored.prices, stored.notes) == ("Alpha v2", Prices(monthly=10), "new")
    assert stored.answers == full_offer().answers


def test_offers_keep_the_order_they_are_placed_in(store):
    for name in "abcd":
        store.add_offer(Offer(id=name, name=name.upper()))
    store.add_offer(Offer(id="first", name="First"), position=0)
    store.add_offer(Offer(id="mid", name="Mid"), position=2)
    assert [o.id for o in store.load().offers] == ["first", "a", "mid", "b", "c", "d"]
    store.move_offer("d", 1)
    store.move_offer("first", 99)
    assert [o.id for o in store.load().offers] == ["d", "a", "mid", "b", "c", "first"]
    store.delete_offer("mid")
    assert [o.id for o in store.load().offers] == ["d", "a", "b", "c", "first"]
    positions = raw(store.path, "SELECT position FROM offers ORDER BY position")
    assert [p[0] for p in positions] == [0, 1, 2, 3, 4]


def test_deleting_an_offer_removes_its_answers_and_negotiation(store):
    project = full_project()
    store.add_offer(project.offers[0])
    store.set_negotiation("alpha", "security.mfa", Negotiation(state="refused"))
    store.delete_offer("alpha")
    for table in ("offers", "answers", "negotiation"):
        assert raw(store.path, f"SELECT count(*) FROM {table}") == [(0,)]


def test_edits_on_an_unknown_offer_are_refused(store):
    with pytest.raises(ProjectError, match="nope"):
        store.set_answer("nope", "security.edr", Answer(value="yes"))
    with pytest.raises(ProjectError, match="nope"):
        store.delete_offer("nope")
    store.add_offer(Offer(id="a", name="A"))
    with pytest.raises(ProjectError, match="already exists"):
        store.add_offer(Offer(id="a", name="Other"))


def test_values_the_file_could_not_hold_are_refused_before_writing(store):
    store.add_offer(Offer(id="a", name="A"))
    before = store.load()
    with pytest.raises(ValidationError):  # the model refuses it first
        Answer(value=float("inf"))
    with pytest.raises(InputError):  # and the store, should one be built without checks
        store.set_answer("a", "support.p1_restoration", Answer.model_construct(value=math.inf))
    with pytest.raises(InputError):
        store.set_override("area_weight:costs", float("nan"))
    with pytest.raises(InputError):
        store.set_note("k", "broken \ud800 text")
    with pytest.raises(InputError):
        store.set_sign("not_a_sign", "yes")  # type: ignore[arg-type]
    assert store.load() == before


# ---- change log -------------------------------------------------------------------------


def test_every_edit_appends_its_old_and_new_value(store):
    store.add_offer(Offer(id="a", name="A"))
    store.set_answer("a", "security.edr", Answer(value="no"))
    store.set_answer("a", "security.edr", Answer(value="yes", note="since v2"))
    store.set_note("k", "first")
    store.set_override("area_weight:costs", 30.0)
    store.move_offer("a", 0)  # already there: nothing changes, nothing is logged
    changes = store.changes()
    assert [(c.entity, c.key) for c in changes] == [
        ("override", "area_weight:costs"),
        ("note", "k"),
        ("answer", "a/security.edr"),
        ("answer", "a/security.edr"),
        ("offer", "a"),
        ("project", ""),
    ]
    latest_answer = changes[2]
    assert latest_answer.old["value"] == "no"  # type: ignore[index]
    assert latest_answer.new == Answer(value="yes", note="since v2").model_dump(mode="json")
    assert changes[0].old is None and changes[0].new == 30.0
    assert [c.id for c in changes] == sorted((c.id for c in changes), reverse=True)
    assert all(c.at.tzinfo is not None for c in changes)
    assert store.changes(limit=2) == changes[:2]


def test_a_deleted_offer_can_be_rebuilt_from_the_log(store):
    offer = full_offer()
    store.add_offer(offer)
    store.set_negotiation("alpha", "security.mfa", Negotiation(state="obtained", reply="ok"))
    store.delete_offer("alpha")
    old = store.changes(limit=1)[0].old
    assert isinstance(old, dict)
    assert old["negotiation"] == {"security.mfa": {"state": "obtained", "reply": "ok", "note": ""}}
    rebuilt = Offer.model_validate({k: v for k, v in old.items() if k in Offer.model_fields})
    assert rebuilt == offer


def test_an_edit_that_changes_nothing_writes_nothing(store):
    store.set_info(ProjectInfo(title="T"))
    count = len(store.changes())
    before = snapshot(store.path)
    store.set_info(ProjectInfo(title="T"))
    store.set_note("missing", "")
    store.clear_override("missing")
    assert len(store.changes()) == count
    assert snapshot(store.path) == before


# ---- the file itself --------------------------------------------------------------------


def test_the_file_stands_alone_with_a_rollback_journal(store):
    store.add_offer(full_offer())
    store.set_note("k", "v")
    assert sidecars(store.path) == []
    header = store.path.read_bytes()[:100]
    assert header[18:20] == b"\x01\x01"  # rollback journal (WAL would be 2, 2)
    assert raw(store.path, "SELECT value FROM meta WHERE key = 'schema_version'") == [
        (str(SCHEMA_VERSION),)
    ]


def test_loading_a_50_offer_project_is_fast(tmp_path):
    project = big_project()
    save_project(tmp_path / "big.slaeval", project).close()
    with ProjectStore.open(tmp_path / "big.slaeval") as opened:
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            loaded = opened.load()
            timings.append(time.perf_counter() - start)
    assert loaded == project
    assert min(timings) < 0.1


def test_create_refuses_an_existing_path_and_a_missing_folder(tmp_path):
    path = tmp_path / "p.slaeval"
    path.write_bytes(b"precious")
    with pytest.raises(ProjectError, match="already exists"):
        ProjectStore.create(path)
    assert path.read_bytes() == b"precious"
    with pytest.raises(ProjectError, match="does not exist"):
        ProjectStore.create(tmp_path / "missing" / "p.slaeval")
    assert sidecars(path) == []


def test_save_as_copies_and_the_copy_is_independent(store, tmp_path):
    store.add_offer(full_offer())
    copy_path = tmp_path / "copy.slaeval"
    with store.save_as(copy_path) as copy:
        assert copy.load() == store.load()
        copy.delete_offer("alpha")
        assert [o.id for o in store.load().offers] == ["alpha"]


def test_save_as_refuses_to_overwrite_unless_asked(store, tmp_path):
    target = tmp_path / "other.slaeval"
    target.write_bytes(b"keep me")
    with pytest.raises(ProjectError, match="already exists"):
        store.save_as(target)
    assert target.read_bytes() == b"keep me"
    store.set_note("k", "v")
    with store.save_as(target, overwrite=True) as copy:
        assert copy.load().notes == {"k": "v"}
    with pytest.raises(ProjectError):
        store.save_as(store.path, overwrite=True)


# ---- files that are refused untouched ---------------------------------------------------


def make_valid(tmp_path: Path) -> Path:
    path = tmp_path / "valid.slaeval"
    save_project(path, full_project()).close()
    return path


def set_meta(path: Path, key: str, value: str) -> None:
    raw(path, "UPDATE meta SET value = ? WHERE key = ?", (value, key))


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path):
    path = make_valid(tmp_path)
    set_meta(path, "schema_version", str(SCHEMA_VERSION + 1))
    before = snapshot(path)
    with pytest.raises(NewerVersionError) as caught:
        ProjectStore.open(path)
    assert "newer" in caught.value.text("en") and "récente" in caught.value.text("fr")
    assert str(SCHEMA_VERSION + 1) in caught.value.text("fr")
    assert snapshot(path) == before
    assert sidecars(path) == []


def not_sqlite_contents(valid: bytes) -> dict[str, bytes]:
    return {
        "empty": b"",
        "text": b"Offre Alpha\nprix: 12\n",
        "pdf": b"%PDF-1.7\n" + bytes(range(256)) * 8,
        "header only": valid[:16],
        "first page cut": valid[:2000],
        "half": valid[: len(valid) // 2],
        "all but a page": valid[:-4096],
        "one byte short": valid[:-1],
    }


@pytest.mark.parametrize(
    "case",
    [
        "empty",
        "text",
        "pdf",
        "header only",
        "first page cut",
        "half",
        "all but a page",
        "one byte short",
    ],
)
def test_broken_files_are_refused_untouched(tmp_path, case):
    valid = make_valid(tmp_path).read_bytes()
    path = tmp_path / "broken.slaeval"
    path.write_bytes(not_sqlite_contents(valid)[case])
    before = snapshot(path)
    with pytest.raises(ProjectError) as caught:
        ProjectStore.open(path).load()
    message = caught.value.text("en")
    assert "\n" not in message and str(path) in message
    assert snapshot(path) == before


def test_a_database_of_another_program_is_refused_untouched(tmp_path):
    path = tmp_path / "other.slaeval"
    Database(path)["customers"].insert({"name": "x"})
    before = snapshot(path)
    with pytest.raises(ProjectError, match="not a slaeval project"):
        ProjectStore.open(path)
    assert snapshot(path) == before


def test_a_project_missing_a_table_is_refused_untouched(tmp_path):
    path = make_valid(tmp_path)
    raw(path, "DROP TABLE negotiation")
    before = snapshot(path)
    with pytest.raises(ProjectError, match="negotiation"):
        ProjectStore.open(path)
    assert snapshot(path) == before


def test_a_value_broken_by_hand_is_reported_not_raised(tmp_path):
    path = make_valid(tmp_path)
    raw(path, "UPDATE answers SET value = '\"maybe?' WHERE criterion_id = 'security.edr'")
    with ProjectStore.open(path) as opened, pytest.raises(ProjectError, match="damaged") as bad:
        opened.load()
    assert 'offer "Alpha Infogérance", criterion security.edr' in bad.value.text("en")
    raw(path, "UPDATE answers SET value = '[1, 2]' WHERE criterion_id = 'security.edr'")
    with ProjectStore.open(path) as opened, pytest.raises(ProjectError, match=r"security\.edr"):
        opened.load()


def test_a_folder_or_a_missing_path_is_refused(tmp_path):
    with pytest.raises(ProjectError, match="not found"):
        ProjectStore.open(tmp_path / "missing.slaeval")
    with pytest.raises(ProjectError, match="not a regular file: it is a folder"):
        ProjectStore.open(tmp_path)


# ---- read-only files --------------------------------------------------------------------


def test_a_read_only_file_opens_read_only_and_refuses_every_edit(tmp_path):
    path = make_valid(tmp_path)
    os.chmod(path, 0o444)
    before = snapshot(path)
    offer = full_offer()
    edits = [
        lambda s: s.set_info(ProjectInfo(title="x")),
        lambda s: s.set_sign("no_owner", "no"),
        lambda s: s.set_profile(full_project().diagnostic.profile.model_copy(update={"staff": 3})),
        lambda s: s.set_override("round_the_clock", False),
        lambda s: s.clear_override("round_the_clock"),
        lambda s: s.add_offer(offer.model_copy(update={"id": "new"})),
        lambda s: s.update_offer(offer.model_copy(update={"name": "x"})),
        lambda s: s.delete_offer("alpha"),
        lambda s: s.move_offer("alpha", 1),
        lambda s: s.set_answer("alpha", "security.edr", Answer(value="no")),
        lambda s: s.set_negotiation("alpha", "security.edr", Negotiation()),
        lambda s: s.set_note("k", "v"),
    ]
    with ProjectStore.open(path) as opened:
        assert opened.read_only
        assert opened.load() == full_project()
        for edit in edits:
            with pytest.raises(ReadOnlyProjectError):
                edit(opened)
        with opened.save_as(tmp_path / "copy.slaeval") as copy:
            assert not copy.read_only
            copy.set_note("k", "v")
    assert snapshot(path) == before


def test_an_old_read_only_file_is_upgraded_in_memory_only(tmp_path):
    path = tmp_path / "v0.slaeval"
    make_version_0(path)
    os.chmod(path, 0o444)
    before = snapshot(path)
    with ProjectStore.open(path) as opened:
        assert opened.read_only and opened.load() == Project()
    assert snapshot(path) == before


# ---- migrations -------------------------------------------------------------------------


def make_version_0(path: Path) -> None:
    """The skeleton every file starts from: a meta table and nothing else."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("application", "slaeval"), ("schema_version", "0"), ("created", "2025-01-01")],
        )
    conn.close()


def test_a_version_0_file_is_upgraded_when_opened(tmp_path):
    path = tmp_path / "v0.slaeval"
    make_version_0(path)
    with ProjectStore.open(path) as opened:
        opened.add_offer(full_offer())
        assert opened.load().offers == (full_offer(),)
    assert raw(path, "SELECT value FROM meta WHERE key = 'schema_version'") == [
        (str(SCHEMA_VERSION),)
    ]


def test_migrations_run_in_order_from_the_file_version_and_roll_back_together():
    db = Database(memory=True)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    ran: list[int] = []
    steps = [lambda d: ran.append(0), lambda d: ran.append(1), lambda d: ran.append(2)]
    with db.atomic():
        assert migrate(db, 1, steps) == 3
    assert ran == [1, 2]
    assert db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == ("3",)

    def broken(d: Database) -> None:
        d.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("step failed")

    with pytest.raises(sqlite3.OperationalError), db.atomic():
        migrate(db, 3, [*steps, lambda d: d.execute("CREATE TABLE v4 (x)"), broken])
    assert "v4" not in db.table_names() and "half_done" not in db.table_names()
    assert db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == ("3",)


# ---- failing writes ---------------------------------------------------------------------


def test_a_full_disk_rolls_the_edit_back(store):
    store.add_offer(full_offer())
    before_project, before_file = store.load(), snapshot(store.path)
    pages = store._db.conn.execute("PRAGMA page_count").fetchone()[0]
    store._db.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    with pytest.raises(ProjectError) as caught:
        store.set_note("big", "x" * 200_000)
    assert "disk is full" in caught.value.text("en") and "plein" in caught.value.text("fr")
    assert store.load() == before_project
    assert snapshot(store.path) == before_file
    assert sidecars(store.path) == []


def test_a_failure_half_way_through_an_edit_undoes_all_of_it(store):
    store.add_offer(Offer(id="a", name="A"))
    count = len(store.changes())
    # The change-log row is written after the answer: make it fail.
    store._db.conn.execute(
        "CREATE TEMP TRIGGER no_log BEFORE INSERT ON changelog "
        "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
    )
    with pytest.raises(ProjectError):
        store.set_answer("a", "security.edr", Answer(value="yes"))
    store._db.conn.execute("DROP TRIGGER no_log")
    assert store.load().offer("a").answers == {}
    assert len(store.changes()) == count


def test_a_file_deleted_while_open_gives_a_plain_error(store):
    store.set_note("k", "v")
    os.unlink(store.path)
    with pytest.raises(ProjectError) as caught:
        store.set_note("k", "w")
    assert "deleted" in caught.value.text("en")


def test_changelog_values_are_json(store):
    store.set_override("target:support.p1_restoration", "480")
    stored = raw(store.path, "SELECT old, new FROM changelog ORDER BY id DESC LIMIT 1")
    assert stored == [(None, json.dumps("480"))]

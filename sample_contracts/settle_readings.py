"""Read a set a second time and settle the differences: the tooling behind the settled goldens.

A golden file is one careful reader's findings. A second reader, who sees neither the golden
nor the analysis, writes the findings of each document again (``<name>.json`` in a folder of
second readings). Then:

    python -m slaeval.sample_contracts.settle_readings disputes SET SECOND WORK
        writes WORK/<name>.disputes.json: the (criterion, kind) groups where the two readings
        differ, the readers called "reader_1" and "reader_2" in an order drawn from the
        document's name, so the third reader cannot tell which is the writer's;
    python -m slaeval.sample_contracts.settle_readings settle SET SECOND WORK
        reads the third reader's WORK/<name>.decisions.json (one decision per dispute:
        "reader_1", "reader_2", "none", or "own" with its findings) and writes the settled
        ``<name>.expected.json``, keeping ``sources/<name>.first_reading.json``,
        ``sources/<name>.second_reading.json`` and ``sources/<name>.adjudication.json``;
    python -m slaeval.sample_contracts.settle_readings conventions SET WORK
        reads a convention reader's WORK/<name>.conventions.json (``changes``: a (criterion,
        kind) group with the findings it takes under ``sample_contracts/CONVENTIONS.md``, an
        empty list to drop it, the rule and a reason), applies them to the settled golden and
        keeps them as ``sources/<name>.conventions.json``. The trail there is cumulative: a
        later round adds its changes to it, replacing an earlier round's change to the same
        group (to take a change back, give the group again). Applying the same changes twice
        changes nothing; no golden is written unless every document's changes are in order.

Groups both readings agree on keep the first reading's findings (and their locations).
``slaeval/analysis/reader_agreement.py`` prints how far the readings agree.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from slaeval.analysis.consolidate import important_criteria
from slaeval.analysis.golden_match import key_of
from slaeval.analysis.reader_agreement import document_name, load_json, reading_path
from slaeval.catalogue import load_catalogue

Group = tuple[str, str]
Findings = list[dict[str, Any]]


def _dump(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def groups(findings: Findings) -> dict[Group, Findings]:
    out: dict[Group, Findings] = defaultdict(list)
    for item in findings:
        out[(item["criterion"], item.get("kind", "answer"))].append(item)
    return out


def disputed(first: Findings, second: Findings) -> list[Group]:
    """The groups whose findings differ between the two readings (one side may be empty)."""
    a, b = groups(first), groups(second)

    def keys(group: Group, side: dict[Group, Findings]) -> set[Any]:
        return {key_of(item) for item in side.get(group, [])}

    return sorted(g for g in a.keys() | b.keys() if keys(g, a) != keys(g, b))


def second_is_reader_1(name: str) -> bool:
    return hashlib.sha1(name.encode()).digest()[0] % 2 == 1


def settled(
    first: Findings, second: Findings, decisions: list[dict[str, Any]], swap: bool
) -> Findings:
    """The agreed groups from the first reading, each disputed group as decided."""
    read = {"first": groups(first), "second": groups(second)}
    by_label = {"reader_1": read["second" if swap else "first"]}
    by_label["reader_2"] = read["first" if swap else "second"]
    decided = {(d["criterion"], d["kind"]): d for d in decisions}
    out: Findings = []
    for group in sorted(read["first"].keys() | decided.keys()):
        decision = decided.get(group)
        if decision is None:
            out += read["first"][group]
        elif decision["decision"] in by_label:
            out += by_label[decision["decision"]].get(group, [])
        elif decision["decision"] == "own":
            out += decision["findings"]
        elif decision["decision"] != "none":
            raise ValueError(f"unknown decision {decision['decision']!r} for {group}")
    return out


def write_disputes(folder: Path, second_dir: Path, work: Path) -> list[tuple[str, int]]:
    work.mkdir(parents=True, exist_ok=True)
    done = []
    for golden in sorted(folder.glob("*.expected.json")):
        name = document_name(golden)
        first, second = load_json(golden), load_json(second_dir / f"{name}.json")
        swap = second_is_reader_1(name)
        r1, r2 = (second, first) if swap else (first, second)
        g1, g2 = groups(r1["findings"]), groups(r2["findings"])
        items = [
            {"criterion": g[0], "kind": g[1], "reader_1": g1.get(g, []), "reader_2": g2.get(g, [])}
            for g in disputed(first["findings"], second["findings"])
        ]
        _dump(
            work / f"{name}.disputes.json",
            {
                "document": str(folder / first["document"]),
                "reader_1_note": r1.get("note", ""),
                "reader_2_note": r2.get("note", ""),
                "disputes": items,
            },
        )
        done.append((name, len(items)))
    return done


def write_settled(folder: Path, second_dir: Path, work: Path) -> list[tuple[str, int, int]]:
    done = []
    for golden in sorted(folder.glob("*.expected.json")):
        name = document_name(golden)
        first_path = reading_path(golden, "first_reading")
        first = load_json(first_path if first_path.is_file() else golden)
        second = load_json(second_dir / f"{name}.json")
        decisions = load_json(work / f"{name}.decisions.json")["decisions"]
        wanted = set(disputed(first["findings"], second["findings"]))
        if {(d["criterion"], d["kind"]) for d in decisions} != wanted:
            raise ValueError(f"{name}: the decisions do not answer the disputes one for one")
        swap = second_is_reader_1(name)
        findings = settled(first["findings"], second["findings"], decisions, swap)
        found = {item["criterion"] for item in findings}
        missing = [c for c in first["missing_includes"] if c not in found] or [
            c for c in second.get("missing_includes", []) if c not in found
        ]
        first_path.parent.mkdir(exist_ok=True)
        if not first_path.is_file():
            _dump(first_path, first)
        _dump(reading_path(golden, "second_reading"), second)
        _dump(
            reading_path(golden, "adjudication"),
            {"reader_1": "second" if swap else "first", "decisions": decisions},
        )
        note = (
            f"{first.get('note', '')} Second reading: a second careful reader, who saw neither "
            f"this golden nor the analysis, read the document independently; the {len(wanted)} "
            f"criteria where the two readings differed were settled by a third reader "
            f"(sources/{name}.adjudication.json), who saw neither the analysis nor which "
            f"reading was the writer's. The writer's first reading is kept as "
            f"sources/{name}.first_reading.json, the second as sources/{name}.second_reading.json."
        )
        _dump(
            golden,
            {**first, "findings": findings, "missing_includes": missing, "note": note.strip()},
        )
        done.append((name, len(wanted), len(findings)))
    return done


def with_conventions(
    findings: Findings, changes: list[dict[str, Any]]
) -> tuple[Findings, set[Group]]:
    """The findings with each changed group replaced, in place, by the convention's findings
    (a group the golden did not have goes at the end)."""
    changed = {(c["criterion"], c["kind"]): c["findings"] for c in changes}
    if len(changed) < len(changes):  # the golden would take the last, the trail keep both
        raise ValueError("two changes to the same group")
    for (criterion, kind), items in changed.items():
        if any((i["criterion"], i.get("kind", "answer")) != (criterion, kind) for i in items):
            raise ValueError(f"a change to {criterion} {kind} holds a finding of another group")
    out: Findings = []
    placed: set[Group] = set()
    for item in findings:
        group = (item["criterion"], item.get("kind", "answer"))
        if group not in changed:
            out.append(item)
        elif group not in placed:
            out += changed[group]
            placed.add(group)
    for group, items in changed.items():
        if group not in placed:
            out += items
    return out, set(changed)


_CONVENTION_MARK = "Conventions: the reading conventions of"
CONVENTION_NOTE = (
    f" {_CONVENTION_MARK} sample_contracts/CONVENTIONS.md were applied by a"
    " convention reader, who saw neither the analysis nor its rules"
    " (sources/{name}.conventions.json)."
)


def merged_changes(
    earlier: list[dict[str, Any]], later: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """An earlier round's changes with a later round's: a group the later round changes again
    takes its later change, in the earlier one's place; its other changes follow."""
    again = {(c["criterion"], c["kind"]): c for c in later}
    if len(again) < len(later):
        raise ValueError("two changes to the same group")
    out = [again.pop((c["criterion"], c["kind"]), c) for c in earlier]
    return out + [c for c in later if (c["criterion"], c["kind"]) in again]


def write_conventions(folder: Path, work: Path, important: set[str]) -> list[tuple[str, int]]:
    """Apply each document's convention changes; a criterion left with no finding that is
    important (K.O. or high weight) joins missing_includes, one that gained a finding leaves it."""
    written: list[tuple[Path, dict[str, Any], dict[str, Any]]] = []
    done = []
    for golden in sorted(folder.glob("*.expected.json")):
        name = document_name(golden)
        source = work / f"{name}.conventions.json"
        if not source.is_file():
            raise ValueError(f"{name}: no {source.name} in {work}")
        trail = load_json(source)
        count = len(trail["changes"])  # this round's
        kept = reading_path(golden, "conventions")
        if kept.is_file():
            trail = {
                **trail,
                "changes": merged_changes(load_json(kept)["changes"], trail["changes"]),
            }
        data = load_json(golden)
        try:
            findings, changed = with_conventions(data["findings"], trail["changes"])
        except ValueError as exc:
            raise ValueError(f"{name}: {exc}") from None
        found = {item["criterion"] for item in findings}
        dropped = {c for c, _ in changed} - found
        missing = [c for c in data["missing_includes"] if c not in found]
        missing += sorted(c for c in dropped & important if c not in missing)
        note = data.get("note", "")
        if _CONVENTION_MARK in note:
            note = note[: note.index(_CONVENTION_MARK)].rstrip()
        note = (note + CONVENTION_NOTE.format(name=name)).strip()
        golden_data = {**data, "findings": findings, "missing_includes": missing, "note": note}
        written.append((golden, trail, golden_data))
        done.append((name, count))
    for golden, trail, golden_data in written:  # every document's changes are in order
        reading_path(golden, "conventions").parent.mkdir(exist_ok=True)
        _dump(reading_path(golden, "conventions"), trail)
        _dump(golden, golden_data)
    return done


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 3 and args[0] == "conventions":
        important = set(important_criteria(load_catalogue()))
        for name, count in write_conventions(Path(args[1]), Path(args[2]), important):
            print(f"{name}: {count} groups set by the conventions")
        return 0
    if len(args) != 4 or args[0] not in ("disputes", "settle"):
        print(__doc__)
        return 2
    command, folder, second_dir, work = args[0], Path(args[1]), Path(args[2]), Path(args[3])
    if command == "disputes":
        for name, count in write_disputes(folder, second_dir, work):
            print(f"{name}: {count} disputes")
    else:
        for name, count, total in write_settled(folder, second_dir, work):
            print(f"{name}: {count} disputes settled, {total} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())

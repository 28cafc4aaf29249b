"""How a golden file is matched against a report, finding by finding.

A finding counts as found when its criterion, kind, value, clock and threshold all match
(``key_of``); its location is checked too, apart. ``compare`` scores one document's report
against one golden; ``GoldenScore`` sums documents into precision and recall.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from slaeval.analysis.model import AnalysisReport

Key = tuple[str, str, str, str, str]


@dataclass
class DocumentScore:
    document: str
    expected: int
    found: int
    matched: int
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)
    wrong_locations: list[str] = field(default_factory=list)
    missing_not_reported: list[str] = field(default_factory=list)
    round: int | str | None = (
        None  # held-out documents are written in rounds, each before its fixes
    )
    # the same report against the writer's first reading, for a document read twice
    # (reader_agreement.py): expected, found, matched
    first_reading: tuple[int, int, int] | None = None


@dataclass
class GoldenScore:
    documents: list[DocumentScore]

    @property
    def precision(self) -> float:
        found = sum(d.found for d in self.documents)
        return sum(d.matched for d in self.documents) / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = sum(d.expected for d in self.documents)
        return sum(d.matched for d in self.documents) / expected if expected else 1.0


def key_of(item: dict[str, Any]) -> Key:
    value = item["value"]
    if isinstance(value, bool):
        text = str(value).lower()
    elif isinstance(value, int | float):
        text = f"{float(value):g}"
    else:
        text = str(value)
    threshold = item.get("threshold")
    return (
        item["criterion"],
        item.get("kind", "answer"),
        text,
        item.get("clock") or "",
        "" if threshold is None else f"{float(threshold):g}",
    )


def compare(data: dict[str, Any], report: AnalysisReport) -> DocumentScore:
    expected = {key_of(item): item for item in data["findings"]}
    found: dict[Key, dict[str, Any]] = {}
    for finding in report.findings:
        item = finding.model_dump(mode="json", exclude={"label", "evidence", "confidence"})
        found.setdefault(key_of(item), item)
    matched = expected.keys() & found.keys()
    wrong = [
        f"{k[0]} ({expected[k].get('location')} != {found[k]['location']})"
        for k in sorted(matched)
        if expected[k].get("location") and expected[k]["location"] != found[k]["location"]
    ]
    return DocumentScore(
        document=str(data["document"]),
        expected=len(expected),
        found=len(found),
        matched=len(matched),
        misses=[expected[k] for k in sorted(expected.keys() - matched)],
        extras=[found[k] for k in sorted(found.keys() - matched)],
        wrong_locations=wrong,
        missing_not_reported=[
            c for c in data.get("missing_includes", []) if c not in report.missing
        ],
        round=data.get("round"),
    )

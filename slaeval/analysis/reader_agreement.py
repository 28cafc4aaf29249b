"""How far two careful human readers of the same contract agree, on the documents read twice.

A golden file is one careful reader's findings. To know what a score against it means, the
never-tuned sets were read a second time: a second reader, who saw neither the golden nor
the analysis, wrote the findings of each document again; a third reader settled each
criterion where the two readings differed, seeing neither the analysis nor which reading
was the writer's. For such a document, ``sources/<name>.first_reading.json`` keeps the
writer's golden as first written, ``sources/<name>.second_reading.json`` the second reading,
``sources/<name>.adjudication.json`` the decisions, and ``<name>.expected.json`` is the
settled golden the analysis is scored against.

    python -m slaeval.analysis.reader_agreement [SET_FOLDER ...]

prints, per set and overall, the second reading scored against the first (the agreement of
two careful humans: the ceiling of any reader against one reader's golden), and each reading
scored against the settled golden.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slaeval.analysis.golden_match import compare, key_of
from slaeval.analysis.model import AnalysisReport


def document_name(golden: Path) -> str:
    """The document's name without its extension: "atlas" for ``atlas.expected.json``."""
    return golden.name.split(".")[0]


def reading_path(golden: Path, which: str) -> Path:
    """``which`` is "first_reading", "second_reading" or "adjudication"."""
    return golden.parent / "sources" / f"{document_name(golden)}.{which}.json"


def load_json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def first_reading_score(golden: Path, report: AnalysisReport) -> tuple[int, int, int] | None:
    """(expected, found, matched) of ``report`` against the writer's first reading of the
    document, when it was read twice; None otherwise."""
    path = reading_path(golden, "first_reading")
    if not path.is_file():
        return None
    score = compare(load_json(path), report)
    return score.expected, score.found, score.matched


@dataclass
class Agreement:
    """One reading (``found``) scored against another taken as the reference."""

    expected: int = 0
    found: int = 0
    matched: int = 0

    def add(self, reading: list[dict[str, Any]], reference: list[dict[str, Any]]) -> None:
        mine, theirs = {key_of(i) for i in reading}, {key_of(i) for i in reference}
        self.expected += len(theirs)
        self.found += len(mine)
        self.matched += len(mine & theirs)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    def line(self, label: str) -> str:
        return (
            f"  {label:<44} precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"({self.matched} shared, {self.found} read, {self.expected} in the reference)"
        )


def read_twice(folder: Path) -> list[Path]:
    """The golden files of ``folder`` whose documents were read twice."""
    return [
        g
        for g in sorted(folder.glob("*.expected.json"))
        if reading_path(g, "first_reading").is_file()
        and reading_path(g, "second_reading").is_file()
    ]


def agreements(goldens: list[Path]) -> dict[str, Agreement]:
    out = {key: Agreement() for key in ("second_vs_first", "first_vs_settled", "second_vs_settled")}
    for golden in goldens:
        settled = load_json(golden)["findings"]
        first = load_json(reading_path(golden, "first_reading"))["findings"]
        second = load_json(reading_path(golden, "second_reading"))["findings"]
        out["second_vs_first"].add(second, first)
        out["first_vs_settled"].add(first, settled)
        out["second_vs_settled"].add(second, settled)
    return out


def render(name: str, goldens: list[Path]) -> list[str]:
    found = agreements(goldens)
    return [
        f"{name}: {len(goldens)} documents read twice",
        found["second_vs_first"].line("second reading against the first"),
        found["first_vs_settled"].line("first reading against the settled golden"),
        found["second_vs_settled"].line("second reading against the settled golden"),
    ]


def main(argv: list[str] | None = None) -> int:
    from slaeval.data_paths import samples_dir

    args = sys.argv[1:] if argv is None else argv
    folders = [Path(a) for a in args] or sorted(p for p in samples_dir().iterdir() if p.is_dir())
    everything: list[Path] = []
    lines: list[str] = []
    for folder in folders:
        goldens = read_twice(folder)
        if goldens:
            lines += render(folder.name, goldens)
            everything += goldens
    if not everything:
        print("No document was read twice in these folders.")
        return 1
    print("\n".join([*lines, *render("ALL", everything)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Contract analysis of a 100-page PDF, against plain text extraction of the same file.

The document repeats the clauses of the sample contracts (French and English) until it fills
100 pages. Floor: pypdf text extraction of every page, timed in the same run. Goals from the
issue: under 3 s, and at most 1.5x the extraction time.

    python -m benchmarks bench_analysis        or        python benchmarks/bench_analysis.py
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Measure, median_seconds
from slaeval.analysis import analyze_document
from slaeval.catalogue import load_catalogue
from slaeval.data_paths import samples_dir
from slaeval.sample_contracts.build_documents import Part, build_pdf, parse

PAGES = 100
SOURCES = ("econet.txt", "fortis.txt", "nordlys.txt")


def build_long_contract(target: Path, pages: int = PAGES) -> int:
    """Write a PDF of at least ``pages`` pages; returns its page count."""
    from pypdf import PdfReader

    clauses: list[Part] = []
    for name in SOURCES:
        clauses += parse((samples_dir() / "sources" / name).read_text(encoding="utf-8"))
    clauses = [p for p in clauses if p.kind != "table"]
    parts: list[Part] = []
    count = 0
    while count < pages:
        # Every sentence gets its own reference, so no sentence repeats an earlier one: the
        # analysis cannot skip repeats and pays for every page.
        parts += [_numbered(p, len(parts) + i) for i, p in enumerate(clauses)]
        build_pdf(parts, target, "Benchmark contract")
        count = len(PdfReader(str(target)).pages)
    return count


def _numbered(part: Part, number: int) -> Part:
    sentences = [s for s in re.split(r"(?<=[.;:])\s+", part.text) if s]
    text = " ".join(f"{s} [{number}.{i}]" for i, s in enumerate(sentences, start=1))
    return Part(part.kind, text)


def extract_only(path: Path) -> int:
    from pypdf import PdfReader

    return sum(len(page.extract_text() or "") for page in PdfReader(str(path)).pages)


def _interleaved(path: Path, catalogue: object, runs: int = 9) -> tuple[float, float, float]:
    """Median seconds of analysis and of extraction, and the median of their ratio run by run:
    each analysis is timed right after an extraction, so that a burst of load from other
    programs weighs on the pair alike (a ratio of the two medians mixes moments of different
    load)."""
    analysis, extraction, ratios = [], [], []
    for _ in range(runs):
        extraction.append(median_seconds(lambda: extract_only(path), runs=1, warmup=0))
        analysis.append(
            median_seconds(lambda: analyze_document(path, catalogue), runs=1, warmup=0)  # type: ignore[arg-type]
        )
        ratios.append(analysis[-1] / extraction[-1])
    return statistics.median(analysis), statistics.median(extraction), statistics.median(ratios)


def measure() -> list[Measure]:
    catalogue = load_catalogue()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long-contract.pdf"
        pages = build_long_contract(path)
        findings = len(analyze_document(path, catalogue).findings)  # also warms up
        analysis, extraction, ratio = _interleaved(path, catalogue)
    detail = (
        f"{pages} pages, {findings} findings; text extraction alone {extraction:.2f} s "
        f"(median ratio of paired runs {ratio:.2f}x, goal <= 1.5x)"
    )
    return [
        Measure(
            f"analyse a {pages}-page contract PDF",
            analysis,
            "s",
            "< 3 s and <= 1.5x extraction",
            analysis < 3.0 and ratio <= 1.5,
            extraction,
            detail,
        )
    ]


if __name__ == "__main__":
    for m in measure():
        print(f"{m.name}: {m.value:.2f} {m.unit} (floor {m.floor:.2f} s) — {m.detail}")

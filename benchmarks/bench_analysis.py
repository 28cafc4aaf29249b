"""Contract analysis of a 100-page PDF, against plain text extraction of the same file.

The document repeats the clauses of the sample contracts (French and English) until it fills
100 pages. Floor: pypdf text extraction of every page, timed in the same run. Goals from the
issue: under 3 s, and at most 1.5x the extraction time.

Two figures: the analysis once the rules are compiled (the app compiles them while the user
picks a file, and a second document in the same session), and the first analysis in a fresh
process (``slaeval analyze`` on the command line), which also pays for compiling the rules it
uses; its floor is the first extraction in a fresh process.

    python -m benchmarks bench_analysis        or        python benchmarks/bench_analysis.py
"""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Measure, median_seconds
from slaeval.analysis import analyze_document
from slaeval.analysis.collector_pause import collector_paused
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


def _interleaved(path: Path, catalogue: object, runs: int = 9) -> tuple[float, float, float, float]:
    """Median seconds of analysis and of extraction, and the median of their ratio run by run:
    each analysis is timed right after an extraction, so that a burst of load from other
    programs weighs on the pair alike (a ratio of the two medians mixes moments of different
    load). Last, the median ratio against an extraction run with the garbage collector paused
    as the analysis pauses it (``collector_pause.py``): what the analysis adds to the reading
    alone, the pause set aside."""
    analysis, extraction, ratios, paused_ratios = [], [], [], []
    for _ in range(runs):
        extraction.append(median_seconds(lambda: extract_only(path), runs=1, warmup=0))
        analysis.append(
            median_seconds(lambda: analyze_document(path, catalogue), runs=1, warmup=0)  # type: ignore[arg-type]
        )
        ratios.append(analysis[-1] / extraction[-1])
        with collector_paused():
            paused = median_seconds(lambda: extract_only(path), runs=1, warmup=0)
        paused_ratios.append(analysis[-1] / paused)
    return (
        statistics.median(analysis),
        statistics.median(extraction),
        statistics.median(ratios),
        statistics.median(paused_ratios),
    )


# A fresh interpreter: modules imported (as the command line has them before it reads), then
# the first extraction and the first analysis of the file, each timed.
_FIRST_RUN = """
import json, sys, time
from pathlib import Path
from benchmarks.bench_analysis import extract_only
from slaeval.analysis import analyze_document
from slaeval.analysis.collector_pause import collector_paused
from slaeval.catalogue import load_catalogue
path, catalogue = Path(sys.argv[1]), load_catalogue()
start = time.perf_counter(); extract_only(path); extraction = time.perf_counter() - start
start = time.perf_counter(); analyze_document(path, catalogue)
print(json.dumps({"extraction": extraction, "analysis": time.perf_counter() - start}))
"""


def _first_runs(path: Path, runs: int = 5) -> tuple[float, float, float]:
    """Medians of the first analysis and the first extraction in fresh processes, and of
    their ratio process by process."""
    root = str(Path(__file__).resolve().parent.parent)
    samples = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _FIRST_RUN, str(path)],
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
        )
        samples.append(json.loads(done.stdout.strip().splitlines()[-1]))
    analysis = statistics.median(s["analysis"] for s in samples)
    extraction = statistics.median(s["extraction"] for s in samples)
    ratio = statistics.median(s["analysis"] / s["extraction"] for s in samples)
    return analysis, extraction, ratio


def measure() -> list[Measure]:
    catalogue = load_catalogue()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long-contract.pdf"
        pages = build_long_contract(path)
        findings = len(analyze_document(path, catalogue).findings)  # also warms up
        analysis, extraction, ratio, paused_ratio = _interleaved(path, catalogue)
        first, first_floor, first_ratio = _first_runs(path)
    detail = (
        f"{pages} pages, {findings} findings; text extraction alone {extraction:.2f} s "
        f"(median ratio of paired runs {ratio:.2f}x, goal <= 1.5x; {paused_ratio:.2f}x against "
        f"an extraction that also pauses the garbage collector)"
    )
    first_detail = (
        f"first analysis in a fresh process (command line), rules compiled as used; first "
        f"extraction {first_floor:.2f} s (median ratio {first_ratio:.2f}x, goal <= 1.5x)"
    )
    goal = "< 3 s and <= 1.5x extraction"
    return [
        Measure(
            f"analyse a {pages}-page contract PDF",
            analysis,
            "s",
            goal,
            analysis < 3.0 and ratio <= 1.5,
            extraction,
            detail,
        ),
        Measure(
            f"analyse a {pages}-page contract PDF, first run",
            first,
            "s",
            goal,
            first < 3.0 and first_ratio <= 1.5,
            first_floor,
            first_detail,
        ),
    ]


if __name__ == "__main__":
    for m in measure():
        print(f"{m.name}: {m.value:.2f} {m.unit} (floor {m.floor:.2f} s) — {m.detail}")

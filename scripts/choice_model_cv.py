"""Leave-one-set-out cross-validation of the lexical choice model (``choice_model.py``).

    python scripts/choice_model_cv.py [--reports DIR] [--sweep] [--k K] [--window W] ...
    python scripts/choice_model_cv.py --write resources/analysis/choice_model.json [settings]

For each released set: the model is trained on the other sets, the real analysis is run on the
set's documents (or its reports read from ``--reports DIR/<set>/<name>.expected.json``, written
by an earlier run of the same rules), and the model proposes an answer for the choice criteria
the analysis left unanswered. A proposal is correct when its criterion and value are a golden
finding, "wrong value" when the criterion is in the golden file with another value, spurious
otherwise. Printed per set and in total, with the set's precision and recall before and after
the proposals are added, and the totals of blind12 to blind21 apart. ``--sweep`` tries every
setting of a small grid and prints the totals at each threshold.

Only the sets of ``RELEASED_SETS`` are read: the sets still being written are never opened.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from slaeval.analysis.analyze import analyze_document
from slaeval.analysis.choice_examples import (
    RELEASED_SETS,
    GoldenDocument,
    is_choice_answer,
    load_sets,
    training_rows,
)
from slaeval.analysis.choice_model import ChoiceModel, Proposal, unanswered_choices
from slaeval.analysis.evaluate_golden import compare
from slaeval.analysis.model import AnalysisReport
from slaeval.catalogue import load_catalogue
from slaeval.criteria import Catalogue

ROOT = Path(__file__).resolve().parent.parent / "sample_contracts"
RECENT = tuple(f"blind{n}" for n in range(12, 22))
TUNED_RECENT = tuple(f"blind{n}" for n in range(12, 18))  # the rules were tuned on these
UNTUNED = tuple(f"blind{n}" for n in range(18, 22))  # not on these (until stop 14)
THRESHOLDS = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))


@dataclass
class Case:
    """One held-out document: its golden data, its report, and the model's candidates."""

    set_name: str
    document: GoldenDocument
    data: dict[str, object]
    report: AnalysisReport
    unanswered: list[str]
    candidates: list[Proposal] = field(default_factory=list)


@dataclass
class Tally:
    proposals: int = 0
    correct: int = 0
    wrong_value: int = 0
    spurious: int = 0
    unanswered_misses: int = 0  # golden choice answers on a criterion the rules left unanswered
    expected: int = 0
    found: int = 0
    matched: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.correct / self.proposals if self.proposals else 1.0

    @property
    def recovered(self) -> float:
        return self.correct / self.unanswered_misses if self.unanswered_misses else 0.0

    def before_after(self) -> str:
        p0 = self.matched / self.found if self.found else 1.0
        r0 = self.matched / self.expected if self.expected else 1.0
        found, matched = self.found + self.proposals, self.matched + self.correct
        p1 = matched / found if found else 1.0
        r1 = matched / self.expected if self.expected else 1.0
        return f"P/R {p0:.3f}/{r0:.3f} -> {p1:.3f}/{r1:.3f}"

    def line(self) -> str:
        return (
            f"proposals {self.proposals:4d}  correct {self.correct:4d}  wrong value "
            f"{self.wrong_value:4d}  spurious {self.spurious:4d}  precision {self.precision:.3f}"
            f"  recovered {self.correct}/{self.unanswered_misses} ({self.recovered:.3f})  "
            f"{self.before_after()}"
        )


def report_of(
    set_name: str, golden: Path, data: dict[str, object], reports: Path | None, catalogue: Catalogue
) -> AnalysisReport:
    if reports is not None:
        cached = reports / set_name / golden.name
        return AnalysisReport.model_validate_json(cached.read_text(encoding="utf-8"))
    return analyze_document(golden.with_name(str(data["document"])), catalogue, time_limit_s=300)


def load_cases(
    documents: list[GoldenDocument], reports: Path | None, catalogue: Catalogue
) -> list[Case]:
    cases = []
    for document in documents:
        folder = ROOT / document.set_name
        golden = next(
            g
            for g in sorted(folder.glob("*.expected.json"))
            if json.loads(g.read_text(encoding="utf-8"))["document"] == document.document
        )
        data = json.loads(golden.read_text(encoding="utf-8"))
        report = report_of(document.set_name, golden, data, reports, catalogue)
        cases.append(
            Case(document.set_name, document, data, report, unanswered_choices(report, catalogue))
        )
    return cases


def tally(case: Case, threshold: float) -> Tally:
    findings = case.data["findings"]
    assert isinstance(findings, list)
    golden = {(str(f["criterion"]), str(f["value"])) for f in findings if is_choice_answer(f)}
    golden_criteria = {c for c, _ in golden}
    base = compare(case.data, case.report)
    out = Tally(expected=base.expected, found=base.found, matched=base.matched)
    out.unanswered_misses = sum(1 for c, _ in golden if c in case.unanswered)
    for proposal in case.candidates:
        if proposal.score < threshold:
            continue
        out.proposals += 1
        if (proposal.criterion, proposal.value) in golden:
            out.correct += 1
        elif proposal.criterion in golden_criteria:
            out.wrong_value += 1
        else:
            out.spurious += 1
    return out


def run_cv(
    documents: list[GoldenDocument],
    cases: list[Case],
    *,
    pdf_pages: str,
    settings: list[tuple[int, float]],
    values: str = "neighbours",
) -> dict[tuple[int, float], list[list[Proposal]]]:
    """For each (k, min_similarity) setting, every case's candidates from a model trained on
    the other sets (one neighbour search per paragraph serves every setting)."""
    out: dict[tuple[int, float], list[list[Proposal]]] = {s: [[] for _ in cases] for s in settings}
    widest = max(k for k, _ in settings)
    for held in RELEASED_SETS:
        training = [d for d in documents if d.set_name != held]
        model = ChoiceModel.train(
            training_rows(training, pdf_pages),
            k=widest,
            values=values,
            sets=[s for s in RELEASED_SETS if s != held],
        )
        for position, case in enumerate(cases):
            if case.set_name != held:
                continue
            near = [model.neighbours(p.text) for p in case.document.paragraphs]
            for k, min_similarity in settings:
                texts = [p.text for p in case.document.paragraphs]
                out[(k, min_similarity)][position] = model.candidates_from(
                    near, case.unanswered, k, min_similarity, texts
                )
    return out


def totals(cases: list[Case], threshold: float, sets: tuple[str, ...]) -> Tally:
    out = Tally()
    for case in cases:
        if case.set_name in sets:
            out.add(tally(case, threshold))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/choice_model_cv.py")
    parser.add_argument(
        "--reports",
        type=Path,
        default=None,
        help="read each document's report from DIR/<set>/<golden name>",
    )
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--window", type=int, default=0)
    parser.add_argument("--min-similarity", type=float, default=0.1)
    parser.add_argument("--pdf-pages", choices=("best", "skip"), default="best")
    parser.add_argument("--threshold", type=float, default=0.65)
    parser.add_argument(
        "--values",
        choices=("neighbours", "bayes"),
        default="neighbours",
        help="how a value is chosen: the neighbours' vote or naive Bayes",
    )
    parser.add_argument(
        "--write",
        type=Path,
        default=None,
        help="no cross-validation: train on every released set with the settings given and "
        "write the model to this JSON file",
    )
    args = parser.parse_args(argv)
    catalogue = load_catalogue(None)
    if args.write is not None:
        documents = load_sets(ROOT, RELEASED_SETS, catalogue, args.window)
        model = ChoiceModel.train(
            training_rows(documents, args.pdf_pages),
            k=args.k,
            threshold=args.threshold,
            min_similarity=args.min_similarity,
            sets=RELEASED_SETS,
            values=args.values,
        )
        model.save(args.write)
        print(f"{args.write}: {len(model.vectors)} paragraphs, {len(model.idf)} terms")
        return 0
    if args.sweep:
        settings = list(itertools.product((5, 10, 20), (0.1, 0.2, 0.3)))
        for window in (0, 1):
            documents = load_sets(ROOT, RELEASED_SETS, catalogue, window)
            cases = load_cases(documents, args.reports, catalogue)
            for pdf_pages in ("best", "skip"):
                found = run_cv(
                    documents, cases, pdf_pages=pdf_pages, settings=settings, values=args.values
                )
                for (k, min_similarity), candidates in found.items():
                    for case, proposals in zip(cases, candidates, strict=True):
                        case.candidates = proposals
                    for threshold in THRESHOLDS:
                        parts = [
                            f"{label} {t.proposals:3d} prop {t.correct:3d} ok prec "
                            f"{t.precision:.3f} rec {t.recovered:.3f}"
                            for label, t in (
                                ("ALL", totals(cases, threshold, RELEASED_SETS)),
                                ("B12-21", totals(cases, threshold, RECENT)),
                                ("B12-17", totals(cases, threshold, TUNED_RECENT)),
                                ("B18-21", totals(cases, threshold, UNTUNED)),
                            )
                        ]
                        print(
                            f"{args.values} window {window} pdf {pdf_pages} k {k:2d} min_sim "
                            f"{min_similarity} t {threshold:.2f} | " + " | ".join(parts),
                            flush=True,
                        )
        return 0
    documents = load_sets(ROOT, RELEASED_SETS, catalogue, args.window)
    cases = load_cases(documents, args.reports, catalogue)
    setting = (args.k, args.min_similarity)
    found = run_cv(
        documents, cases, pdf_pages=args.pdf_pages, settings=[setting], values=args.values
    )
    for case, proposals in zip(cases, found[setting], strict=True):
        case.candidates = proposals
    print(
        f"values {args.values}, k {args.k}, window {args.window}, min similarity "
        f"{args.min_similarity}, PDF pages {args.pdf_pages}, threshold {args.threshold}"
    )
    for name in RELEASED_SETS:
        print(f"{name:<10} {totals(cases, args.threshold, (name,)).line()}")
    print(f"{'TOTAL':<10} {totals(cases, args.threshold, RELEASED_SETS).line()}")
    print(f"{'blind12-21':<10} {totals(cases, args.threshold, RECENT).line()}")
    print(f"{'blind12-17':<10} {totals(cases, args.threshold, TUNED_RECENT).line()}")
    print(f"{'blind18-21':<10} {totals(cases, args.threshold, UNTUNED).line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``slaeval analyze DOC [--json] [--lang fr|en]``: what a contract document commits to.

The default output is a table: each finding with its value, where it was found and the
passage itself; then the important criteria "not found in the document" (never "absent": the
reader may have missed a wording), the contradictions and the warnings.
"""

from __future__ import annotations

import argparse
import json
import math
import textwrap
from pathlib import Path
from typing import Any

from slaeval.cli.main import add_lang_option, lang_of
from slaeval.errors import InputError
from slaeval.localized import Lang, both

QUOTE_WIDTH = 96


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("analyze")  # help texts: slaeval/cli/help_texts.py
    parser.add_argument("document", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--time-limit", default="20", metavar="SECONDS")
    add_lang_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from slaeval.analysis import analyze_document
    from slaeval.analysis.report_json import report_to_dict
    from slaeval.catalogue import load_catalogue

    lang = lang_of(args)
    time_limit = time_limit_of(args.time_limit)
    catalogue = load_catalogue()
    report = analyze_document(args.document, catalogue, time_limit_s=time_limit)
    if args.json:
        print(json.dumps(report_to_dict(report, lang), ensure_ascii=False, indent=2))
        return 0
    for line in render_report(report, catalogue, lang):
        print(line)
    return 0


def time_limit_of(text: str) -> float:
    """Seconds from ``--time-limit``: a finite number above zero (not nan, inf, 0 or -1)."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or seconds <= 0:
        raise InputError(
            both(
                f"--time-limit attend un nombre de secondes supérieur à zéro (par exemple 20), "
                f"pas « {text} »",
                f'--time-limit takes a number of seconds above zero (for example 20), not "{text}"',
            )
        )
    return seconds


def render_report(report: Any, catalogue: Any, lang: Lang) -> list[str]:
    from slaeval.analysis.report_json import finding_text, report_window

    fr = lang == "fr"
    window = report_window(report, catalogue)
    pages = f"{report.pages} page{'s' if report.pages > 1 else ''}"
    lines = [
        f"{'Analyse de' if fr else 'Analysis of'} {report.document} ({pages})",
        "",
        "Trouvé dans le document :" if fr else "Found in the document:",
    ]
    if not report.findings:
        lines.append("  " + ("(rien)" if fr else "(nothing)"))
    for finding in report.findings:
        value = finding_text(finding, catalogue, lang, window)
        lines.append(f"  {finding.label.get(lang)}")
        lines.append(f"    = {value}   [{finding.criterion}, {finding.location}]")
        quote = textwrap.shorten(finding.evidence, QUOTE_WIDTH, placeholder=" …")
        lines.append(f"      « {quote} »" if fr else f'      "{quote}"')
    lines += ["", "Non trouvé dans le document :" if fr else "Not found in the document:"]
    for criterion_id in report.missing:
        question = catalogue.criterion(criterion_id).question.get(lang)
        lines.append(f"  {question}   [{criterion_id}]")
    if report.conflicts:
        lines += ["", "Contradictions :" if fr else "Contradictions:"]
        for conflict in report.conflicts:
            values = ", ".join(
                f"{finding_text(report.findings[i], catalogue, lang, window)} "
                f"({report.findings[i].location})"
                for i in conflict.findings
            )
            lines.append(f"  {conflict.criterion}{' :' if fr else ':'} {values}")
    if report.warnings:
        lines += ["", "Avertissements :" if fr else "Warnings:"]
        lines += [f"  - {w.get(lang)}" for w in report.warnings]
    return lines

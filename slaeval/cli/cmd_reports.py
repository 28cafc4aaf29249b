"""``slaeval report|checklist|diagnostic PROJECT -o OUT.pdf``: the three PDF exports.

The PDF is built in memory and written whole or not at all, so a missing or read-only folder
leaves nothing behind and gets one clear line (exit status 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from slaeval.cli.main import add_lang_option, lang_of
from slaeval.cli.project_arg import read_project, refuse_overwriting


def register(subparsers: Any) -> None:
    report = subparsers.add_parser("report")
    _common(report)
    report.add_argument("--logo", type=Path)
    report.set_defaults(func=run_report)

    checklist = subparsers.add_parser("checklist")
    _common(checklist)
    checklist.add_argument("--offer")
    checklist.set_defaults(func=run_checklist)

    diagnostic = subparsers.add_parser("diagnostic")
    _common(diagnostic)
    diagnostic.set_defaults(func=run_diagnostic)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    add_lang_option(parser)


def _write(args: argparse.Namespace, data: bytes) -> int:
    from slaeval.exports import write_export

    write_export(args.output, data)
    print(f"Écrit : {args.output}" if lang_of(args) == "fr" else f"Wrote: {args.output}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from slaeval.exports import build_report

    refuse_overwriting(args.project, args.output)
    project = read_project(args.project)
    return _write(args, build_report(project, lang_of(args), logo=args.logo))


def run_checklist(args: argparse.Namespace) -> int:
    from slaeval.exports import build_checklist

    refuse_overwriting(args.project, args.output)
    project = read_project(args.project)
    return _write(args, build_checklist(project, lang_of(args), args.offer))


def run_diagnostic(args: argparse.Namespace) -> int:
    from slaeval.exports import build_diagnostic

    refuse_overwriting(args.project, args.output)
    project = read_project(args.project)
    return _write(args, build_diagnostic(project, lang_of(args)))

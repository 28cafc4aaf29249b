"""``slaeval export PROJECT --format json|csv|xlsx -o OUT``: offers as JSON, the matrix as CSV,
or the matrix as a spreadsheet with one sheet per view."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from slaeval.atomic_write import write_bytes_atomic, write_text_atomic
from slaeval.cli.main import add_lang_option, lang_of
from slaeval.cli.project_arg import read_project, refuse_overwriting
from slaeval.matrix_csv import matrix_csv
from slaeval.project_evaluation import evaluate_project


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("export")
    parser.add_argument("project", type=Path)
    parser.add_argument("--format", choices=("json", "csv", "xlsx"), required=True)
    parser.add_argument("-o", "--output", type=Path, required=True)
    add_lang_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    refuse_overwriting(args.project, args.output)
    project = read_project(args.project)
    if args.format == "xlsx":
        from slaeval.exports import build_xlsx

        write_bytes_atomic(args.output, build_xlsx(project, lang))
        print(f"Écrit : {args.output}" if lang == "fr" else f"Wrote: {args.output}")
        return 0
    if args.format == "json":
        text = json.dumps(
            {"offers": [o.model_dump(mode="json") for o in project.offers]},
            ensure_ascii=False,
            indent=2,
        )
    else:
        text = matrix_csv(project, evaluate_project(project), lang)
    write_text_atomic(args.output, text)
    print(f"Écrit : {args.output}" if lang == "fr" else f"Wrote: {args.output}")
    return 0

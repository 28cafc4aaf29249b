"""``slaeval catalogue``: list the criteria catalogue, as text or JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from slaeval.catalogue import load_catalogue
from slaeval.cli.main import add_lang_option, lang_of


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("catalogue")
    add_lang_option(parser)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--from", dest="folder", type=Path, default=None)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    catalogue = load_catalogue(args.folder)
    rows = [
        {
            "id": c.id,
            "area": c.area,
            "kind": c.kind,
            "unit": c.unit,
            "direction": c.direction,
            "question": c.question.get(lang),
            "help": c.help.get(lang),
            "weight": c.weight,
            "thresholds": c.thresholds.model_dump() if c.thresholds else None,
            "choices": [
                {"id": ch.id, "label": ch.label.get(lang), "status": ch.status} for ch in c.choices
            ],
            "knockout_allowed": c.knockout_allowed,
            "basis": {"kind": c.basis.kind, "reference": c.basis.reference.get(lang)},
        }
        for c in catalogue.criteria
    ]
    if args.json:
        print(
            json.dumps(
                {"version": catalogue.version, "criteria": rows}, ensure_ascii=False, indent=2
            )
        )
        return 0
    for area in catalogue.areas_in_review_order():
        print(f"\n== {area.label.get(lang)} ({area.id}) ==")
        for row in rows:
            if row["area"] == area.id:
                ko = " [K.O.]" if row["knockout_allowed"] else ""
                print(f"  {row['id']:<36} {row['question']}{ko}")
    return 0

"""``slaeval score PROJECT [--json]``: rank the offers of a project."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from slaeval.cli.main import add_lang_option, lang_of
from slaeval.cli.project_arg import read_project
from slaeval.criteria import Catalogue
from slaeval.explain import format_value
from slaeval.formatting import format_money, format_number
from slaeval.localized import Lang
from slaeval.project import Project
from slaeval.project_evaluation import evaluate_project
from slaeval.score_json import evaluation_to_dict


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("score")
    parser.add_argument("project", type=Path)
    parser.add_argument("--json", action="store_true")
    add_lang_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    lang = lang_of(args)
    project = read_project(args.project)
    pe = evaluate_project(project)
    data = evaluation_to_dict(pe.evaluation, pe.catalogue, lang)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    fr = lang == "fr"
    if not data["offers"]:
        print("Aucune offre dans ce projet." if fr else "No offer in this project.")
        return 0
    for offer in sorted(data["offers"], key=lambda o: (o["rank"] is None, o["rank"] or 0)):
        rank = f"#{offer['rank']}" if offer["rank"] else ("éliminée" if fr else "knocked out")
        cost = format_money(offer["costs"]["total_cost"], lang)
        print(f"{rank:>12}  {offer['name']:<30} {format_number(offer['total'], lang)}/100  {cost}")
        for criterion_id in offer["knockouts"]:
            reason = knockout_reason(project, pe.catalogue, offer["id"], criterion_id, lang)
            print(f"{'':>14}✖ {reason}")
    print()
    print(data["sensitivity"])
    return 0


def knockout_reason(
    project: Project, catalogue: Catalogue, offer_id: str, criterion_id: str, lang: Lang
) -> str:
    """Why an offer is out, as the report's cover says it: the criterion, then its answer."""
    criterion = catalogue.criterion(criterion_id)
    offer = project.offer(offer_id)
    value = format_value(criterion, offer.answers.get(criterion_id), offer.support_window, lang)
    if lang == "fr":
        return f"K.O. : {criterion.name(lang)} — réponse : {value}"
    return f"K.O.: {criterion.name(lang)} — answer: {value}"

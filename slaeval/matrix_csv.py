"""The comparison matrix as CSV: one row per criterion, one column per offer."""

from __future__ import annotations

import csv
import io

from slaeval.explain import format_value, status_label
from slaeval.localized import Lang
from slaeval.project import Project
from slaeval.project_evaluation import ProjectEvaluation


def matrix_csv(project: Project, pe: ProjectEvaluation, lang: Lang) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    offers = project.offers
    fr = lang == "fr"
    header = [
        "domaine" if fr else "area",
        "critère" if fr else "criterion",
        "id",
        "poids %" if fr else "weight %",
    ]
    for offer in offers:
        header += [
            offer.name,
            f"{offer.name} – {'statut' if fr else 'status'}",
            f"{offer.name} – score",
        ]
    writer.writerow(header)
    results = {r.offer_id: r for r in pe.evaluation.offers}
    for criterion in pe.catalogue.criteria:
        area = pe.catalogue.area(criterion.area).label.get(lang)
        first = results[offers[0].id].criteria[criterion.id] if offers else None
        row = [
            area,
            criterion.question.get(lang),
            criterion.id,
            f"{first.weight:.2f}" if first else "",
        ]
        for offer in offers:
            r = results[offer.id].criteria[criterion.id]
            row += [
                format_value(
                    criterion, offer.answers.get(criterion.id), offer.support_window, lang
                ),
                status_label(r.status, lang),
                f"{r.score:.1f}",
            ]
        writer.writerow(row)
    total_row = ["", "TOTAL", "", "100"]
    rank_row = ["", "RANG" if fr else "RANK", "", ""]
    for offer in offers:
        res = results[offer.id]
        total_row += ["", "", f"{res.total:.1f}"]
        rank_row += [str(res.rank) if res.rank else ("éliminée" if fr else "knocked out"), "", ""]
    writer.writerow(total_row)
    writer.writerow(rank_row)
    return out.getvalue()

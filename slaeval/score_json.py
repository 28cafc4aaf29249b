"""The evaluation as plain JSON-ready data (``slaeval score --json``, exports, tests)."""

from __future__ import annotations

from typing import Any

from slaeval.criteria import Catalogue
from slaeval.evaluation import Evaluation, OfferResult
from slaeval.explain import sensitivity_sentence
from slaeval.localized import Lang


def evaluation_to_dict(evaluation: Evaluation, catalogue: Catalogue, lang: Lang) -> dict[str, Any]:
    sens = evaluation.sensitivity
    return {
        "catalogue_version": catalogue.version,
        "area_weights": {a: round(w, 4) for a, w in evaluation.area_weights.items()},
        "ranking": [evaluation.result(i).name for i in evaluation.ranking],
        "close_call": sens.close_call,
        "sensitivity": sensitivity_sentence(evaluation, catalogue, lang),
        "flips": [
            {
                "area": f.area,
                "current_share": round(f.current_share, 2),
                "flip_share": round(f.flip_share, 2),
                "winner": evaluation.result(f.winner).name,
            }
            for f in sens.flips
        ],
        "offers": [_offer(r, catalogue, lang) for r in evaluation.offers],
    }


def _offer(result: OfferResult, catalogue: Catalogue, lang: Lang) -> dict[str, Any]:
    return {
        "id": result.offer_id,
        "name": result.name,
        "rank": result.rank,
        "total": round(result.total, 4),
        "knocked_out": result.knocked_out,
        "knockouts": list(result.knockouts),
        "areas": {a: round(s, 4) for a, s in result.areas.items()},
        "criteria": {
            cid: {"score": round(r.score, 4), "weight": round(r.weight, 6), "status": r.status}
            for cid, r in result.criteria.items()
        },
        "costs": result.costs.as_dict(),
        "asks": [
            {
                "criterion": a.criterion_id,
                "area": a.area,
                "status": a.status,
                "priority": a.priority,
                "knockout": a.knockout,
                "demand": catalogue.criterion(a.criterion_id).ask.get(lang),
                "fallback": catalogue.criterion(a.criterion_id).fallback.get(lang),
                "why": catalogue.criterion(a.criterion_id).help.get(lang),
                "value": a.value,
            }
            for a in result.asks
        ],
    }

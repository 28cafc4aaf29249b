"""The executive summary in words: a headline and three sentences saying why.

Pure text built from the evaluation (no reportlab), so it can be tested and reused. Cases: no
offer, every offer knocked out, a single offer left, a close call, a clear winner.
"""

from __future__ import annotations

from dataclasses import dataclass

from slaeval.evaluation import OfferResult
from slaeval.exports.context import ExportContext
from slaeval.formatting import format_money, format_number


@dataclass(frozen=True)
class Verdict:
    headline: str
    reasons: tuple[str, ...]
    winner_id: str | None  # the offer recommended, if any


def verdict(ctx: ExportContext) -> Verdict:
    offers = ctx.pe.evaluation.offers
    ranked = ctx.ranked
    if not offers:
        return _no_offer(ctx)
    if not ranked:
        return _all_knocked_out(ctx)
    if len(ranked) == 1:
        return _single(ctx, ranked[0])
    if ctx.scored["close_call"]:
        return _close_call(ctx, ranked[0], ranked[1])
    return _winner(ctx, ranked[0], ranked[1])


def _no_offer(ctx: ExportContext) -> Verdict:
    return Verdict(
        ctx.t("Aucune offre à comparer", "No offer to compare"),
        (
            ctx.t(
                "Ce projet ne contient encore aucune offre de prestataire.",
                "This project holds no provider offer yet.",
            ),
            ctx.t(
                "Saisissez ou importez les propositions reçues pour obtenir un classement.",
                "Type in or import the proposals you received to get a ranking.",
            ),
            ctx.t(
                "Les exigences tirées du diagnostic, en annexe, peuvent déjà servir de cahier "
                "des charges pour consulter.",
                "The requirements drawn from the diagnostic, in the appendix, can already serve "
                "as the brief you send to providers.",
            ),
        ),
        None,
    )


def _all_knocked_out(ctx: ExportContext) -> Verdict:
    best = ctx.ordered[0]
    count = len(ctx.ordered)
    return Verdict(
        ctx.t("Aucune offre recevable", "No offer passes the must-haves"),
        (
            ctx.t(
                f"{_offers_fr(count)} sur au moins un critère éliminatoire (K.O.).",
                f"{_offers_en(count)} on at least one must-have (K.O.) criterion.",
            ),
            ctx.t(
                f"La meilleure note brute revient à {best.name} ({ctx.total_text(best.offer_id)}"
                "/100), mais elle ne peut pas être retenue en l'état.",
                f"The best raw score is {best.name}'s ({ctx.total_text(best.offer_id)}/100), "
                "but it cannot be chosen as it stands.",
            ),
            ctx.t(
                "Négociez d'abord les points éliminatoires listés ci-dessous, ou consultez "
                "d'autres prestataires.",
                "Negotiate the must-have points listed below first, or ask other providers.",
            ),
        ),
        None,
    )


def _offers_fr(count: int) -> str:
    return "L'unique offre échoue" if count == 1 else f"Les {count} offres échouent toutes"


def _offers_en(count: int) -> str:
    return "The only offer fails" if count == 1 else f"All {count} offers fail"


def _single(ctx: ExportContext, only: OfferResult) -> Verdict:
    others = len(ctx.pe.evaluation.offers) - 1
    total = ctx.total_text(only.offer_id)
    if others == 1:
        first = ctx.t(
            f"{only.name} obtient {total}/100 ; l'autre offre est éliminée.",
            f"{only.name} scores {total}/100; the other offer is knocked out.",
        )
    else:
        first = ctx.t(
            f"{only.name} obtient {total}/100 et passe tous les critères éliminatoires"
            + (f", contrairement aux {others} autres offres." if others else "."),
            f"{only.name} scores {total}/100 and passes every must-have"
            + (f", unlike the {others} other offers." if others else "."),
        )
    return Verdict(
        ctx.t(f"Seule offre recevable : {only.name}", f"Only offer left: {only.name}"),
        (first, _strong_areas(ctx, only), _asks_sentence(ctx, only)),
        only.offer_id,
    )


def _close_call(ctx: ExportContext, first: OfferResult, second: OfferResult) -> Verdict:
    gap = _gap(ctx, first, second)
    tie = first.total == second.total
    return Verdict(
        ctx.t("Pas de vainqueur net", "No clear winner"),
        (
            ctx.t(
                f"{first.name} ({ctx.total_text(first.offer_id)}/100) et {second.name} "
                f"({ctx.total_text(second.offer_id)}/100) "
                + ("sont à égalité." if tie else f"ne sont séparées que de {gap} points."),
                f"{first.name} ({ctx.total_text(first.offer_id)}/100) and {second.name} "
                f"({ctx.total_text(second.offer_id)}/100) "
                + ("are level." if tie else f"are only {gap} points apart."),
            ),
            _split_sentence(ctx, first, second),
            _cost_sentence(ctx, first, second, decide=True),
        ),
        None,
    )


def _winner(ctx: ExportContext, first: OfferResult, second: OfferResult) -> Verdict:
    gap = _gap(ctx, first, second)
    lead = _and(_lead_areas(ctx, first, second), ctx.t("et", "and"))
    return Verdict(
        ctx.t(f"Recommandation : {first.name}", f"Recommendation: {first.name}"),
        (
            ctx.t(
                f"{first.name} obtient {ctx.total_text(first.offer_id)}/100, {gap} points de plus "
                f"{_que(second.name)} ({ctx.total_text(second.offer_id)}/100).",
                f"{first.name} scores {ctx.total_text(first.offer_id)}/100, {gap} points ahead "
                f"of {second.name} ({ctx.total_text(second.offer_id)}/100).",
            ),
            ctx.t(f"Son avance vient surtout de : {lead}.", f"Its lead comes mostly from {lead}.")
            if lead
            else _strong_areas(ctx, first),
            _cost_sentence(ctx, first, second, decide=False),
        ),
        first.offer_id,
    )


def _gap(ctx: ExportContext, first: OfferResult, second: OfferResult) -> str:
    """The difference of the totals as printed, so that the figures add up for the reader."""
    shown = round(round(first.total, 1) - round(second.total, 1), 1)
    return format_number(shown, ctx.lang, 1)


def _split_sentence(ctx: ExportContext, first: OfferResult, second: OfferResult) -> str:
    """Where each of two close offers does better."""
    a, b = _lead_areas(ctx, first, second), _lead_areas(ctx, second, first)
    if not a and not b:
        return ctx.t(
            "Leurs notes par domaine sont quasi identiques : le contenu ne les départage pas.",
            "Their area scores are almost the same: the content does not tell them apart.",
        )
    if a and b:
        return ctx.t(
            f"{first.name} fait mieux en {_and(a, 'et')} ; {second.name} en {_and(b, 'et')}.",
            f"{first.name} does better on {_and(a, 'and')}; {second.name} on {_and(b, 'and')}.",
        )
    better, worse, areas = (first, second, a) if a else (second, first, b)
    return ctx.t(
        f"{better.name} fait mieux en {_and(areas, 'et')} ; {worse.name} ne la dépasse nettement "
        "sur aucun domaine.",
        f"{better.name} does better on {_and(areas, 'and')}; {worse.name} is not clearly ahead "
        "on any area.",
    )


def _lead_areas(ctx: ExportContext, a: OfferResult, b: OfferResult, top: int = 2) -> list[str]:
    """The areas where ``a`` gains the most weighted points over ``b``."""
    weights = ctx.pe.evaluation.area_weights
    gains = sorted(
        ((weights[area] * (a.areas[area] - b.areas.get(area, 0.0)), area) for area in a.areas),
        reverse=True,
    )
    return [ctx.area_label(area) for gain, area in gains[:top] if gain > 0.5]


def _strong_areas(ctx: ExportContext, result: OfferResult) -> str:
    best = sorted(result.areas.items(), key=lambda item: (-item[1], item[0]))[:2]
    parts = [f"{ctx.area_label(a)} ({ctx.score_text(s)}/100)" for a, s in best]
    joined = _and(parts, ctx.t("et", "and"))
    return ctx.t(f"Ses meilleurs domaines : {joined}.", f"Its strongest areas: {joined}.")


def _asks_sentence(ctx: ExportContext, result: OfferResult) -> str:
    count = len(result.asks)
    if not count:
        return ctx.t(
            "Aucun point n'est à renégocier ; faites confirmer les engagements par écrit.",
            "Nothing needs renegotiating; have the commitments confirmed in writing.",
        )
    return ctx.t(
        f"{count} point(s) restent à négocier avant de signer (voir la liste de négociation).",
        f"{count} point(s) remain to negotiate before signing (see the negotiation checklist).",
    )


def _cost_sentence(ctx: ExportContext, a: OfferResult, b: OfferResult, decide: bool) -> str:
    ca, cb = a.costs, b.costs
    if ca.term_months != cb.term_months:
        return _yearly_cost_sentence(ctx, a, b, decide)
    money_a, money_b = format_money(ca.total_cost, ctx.lang), format_money(cb.total_cost, ctx.lang)
    if decide:
        return ctx.t(
            f"Départagez-les sur le coût ({money_a} contre {money_b} sur la durée) et sur ce "
            "que chacune accepte de négocier.",
            f"Decide on cost ({money_a} against {money_b} over the term) and on what each "
            "agrees to negotiate.",
        )
    cheaper = ca.total_cost <= cb.total_cost
    return ctx.t(
        f"Sur sa durée ({ca.term_months} mois), elle coûte {money_a}, contre {money_b} pour "
        f"{b.name}" + (" : elle est aussi la moins chère des deux." if cheaper else "."),
        f"Over its term ({ca.term_months} months) it costs {money_a}, against {money_b} for "
        f"{b.name}" + (": it is also the cheaper of the two." if cheaper else "."),
    )


def _yearly_cost_sentence(ctx: ExportContext, a: OfferResult, b: OfferResult, decide: bool) -> str:
    """Offers that run for different terms are compared per year, not over their terms."""
    ca, cb = a.costs, b.costs
    year_a = format_money(ca.annual_cost, ctx.lang)
    year_b = format_money(cb.annual_cost, ctx.lang)
    terms_fr = f"{ca.term_months} et {cb.term_months} mois"
    terms_en = f"{ca.term_months} and {cb.term_months} months"
    if decide:
        return ctx.t(
            f"Départagez-les sur le coût ({year_a} contre {year_b} par an, pour des durées de "
            f"{terms_fr}) et sur ce que chacune accepte de négocier.",
            f"Decide on cost ({year_a} against {year_b} a year, for terms of {terms_en}) and "
            "on what each agrees to negotiate.",
        )
    cheaper = ca.annual_cost <= cb.annual_cost
    return ctx.t(
        f"Ramenée à l'année, elle coûte {year_a}, contre {year_b} pour {b.name} (durées de "
        f"{terms_fr})" + (" : elle est aussi la moins chère des deux." if cheaper else "."),
        f"Per year it costs {year_a}, against {year_b} for {b.name} (terms of {terms_en})"
        + (": it is also the cheaper of the two." if cheaper else "."),
    )


def _que(name: str) -> str:
    """French "que" elides before a vowel: "qu'EcoNet", "que Fortis"."""
    return f"qu'{name}" if name[:1].lower() in "aeiouyéèêàâîôûh" else f"que {name}"


def _and(parts: list[str], word: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {word} {parts[-1]}"

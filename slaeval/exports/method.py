"""The method appendix: how the score is built, the weights, the must-haves (K.O.), the
targets, what the diagnostic suggested and what the user changed, the thresholds of every
criterion with the basis of its default, and the catalogue version."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from slaeval.criteria import Criterion
from slaeval.criterion_scoring import thresholds_with_target
from slaeval.evaluation import criterion_shares
from slaeval.explain import format_value
from slaeval.exports.context import ExportContext
from slaeval.exports.document import PORTRAIT_WIDTH, heading
from slaeval.exports.overrides import overrides_section
from slaeval.exports.styles import grid_style, styles, table_style, wrap
from slaeval.formatting import format_number
from slaeval.offers import Answer, SupportWindow
from slaeval.requirements import Suggestion

_SIZE = 7.2


def method_pages(ctx: ExportContext) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(ctx.t("Annexe : méthode", "Appendix: method"))]
    for line in _principles(ctx):
        story.append(Paragraph(escape(line), st["bullet"], bulletText="•"))
    story += _weights(ctx)
    story += _knockouts(ctx)
    story += _targets(ctx)
    story += overrides_section(ctx)
    story += _thresholds(ctx)
    return story


def _principles(ctx: ExportContext) -> list[str]:
    version = ctx.pe.catalogue.version
    return [
        ctx.t(
            "Chaque critère reçoit une note de 0 à 100 : les réponses chiffrées sont notées "
            "en ligne droite entre le seuil d'alerte (0) et le seuil « bon » (100) ; les "
            "réponses oui/non et à choix suivent le barème du catalogue.",
            "Each criterion gets a score from 0 to 100: figures are scored on a straight line "
            "from the red-flag threshold (0) to the good threshold (100); yes/no and choice "
            "answers follow the catalogue's scale.",
        ),
        ctx.t(
            "Une réponse inconnue compte zéro : ce qui n'est pas écrit n'est pas promis.",
            "An unknown answer scores zero: what is not written down is not promised.",
        ),
        ctx.t(
            "La note d'un domaine est la moyenne de ses critères pondérée par leur poids ; la "
            "note totale est la moyenne des domaines pondérée par le poids des domaines.",
            "An area's score is the mean of its criteria weighted by their weight; the total "
            "is the mean of the areas weighted by the area weights.",
        ),
        ctx.t(
            "Une offre en alerte ou inconnue sur un critère éliminatoire (K.O.) n'est pas "
            "classée, quelle que soit sa note.",
            "An offer with a red flag or an unknown on a must-have (K.O.) criterion is not "
            "ranked, whatever its score.",
        ),
        ctx.t(
            f"Catalogue des critères : version {version}. Poids, éliminatoires et cibles "
            "sont suggérés par le diagnostic ; vos choix les remplacent et sont signalés "
            "ci-dessous.",
            f"Criteria catalogue: version {version}. Weights, must-haves and targets are "
            "suggested by the diagnostic; your choices replace them and are marked below.",
        ),
    ]


def _override(ctx: ExportContext, key: str) -> str:
    if key not in ctx.project.overrides:
        return ""
    value = ctx.project.overrides[key]
    if isinstance(value, bool):
        return ctx.t("oui", "yes") if value else ctx.t("non", "no")
    if isinstance(value, int | float):
        return format_number(float(value), ctx.lang, 1)
    return ctx.t("retirée", "removed") if value is None else str(value)


def _table(rows: list[list[str]], widths: list[float], right: tuple[int, ...] = ()) -> Table:
    rows[0] = [wrap(h, w - 6, _SIZE, bold=True) for h, w in zip(rows[0], widths, strict=True)]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = grid_style(_SIZE)
    commands += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
    table.setStyle(table_style(commands))
    return table


def _weights(ctx: ExportContext) -> list[Flowable]:
    derived = ctx.pe.derived.area_weights
    shares = ctx.pe.evaluation.area_weights
    head = [
        ctx.t("Domaine", "Area"),
        ctx.t("Suggéré", "Suggested"),
        ctx.t("Pourquoi", "Why"),
        ctx.t("Votre choix", "Your choice"),
        ctx.t("Part de la note", "Share of score"),
    ]
    widths = [40 * mm, 20 * mm, 74 * mm, 20 * mm, PORTRAIT_WIDTH - 154 * mm]
    rows = [head]
    for area in ctx.pe.catalogue.areas_in_review_order():
        s = derived[area.id]
        rows.append(
            [
                wrap(ctx.loc(area.label), widths[0] - 6, _SIZE),
                format_number(float(s.value or 0), ctx.lang, 1),
                wrap(ctx.loc(s.reason), widths[2] - 6, _SIZE),
                _override(ctx, f"area_weight:{area.id}"),
                "–"
                if area.id not in shares
                else f"{format_number(shares[area.id], ctx.lang, 1)} %",
            ]
        )
    return [
        heading(ctx.t("Poids des domaines", "Area weights"), 1),
        _table(rows, widths, (1, 3, 4)),
    ]


def _knockouts(ctx: ExportContext) -> list[Flowable]:
    head = [ctx.t("Critère", "Criterion"), "K.O.", ctx.t("Pourquoi", "Why")]
    widths = [90 * mm, 22 * mm, PORTRAIT_WIDTH - 112 * mm]
    rows = [head]
    for cid, s in ctx.pe.derived.knockouts.items():
        active = cid in ctx.pe.requirements.knockouts
        key = f"knockout:{cid}"
        why = ctx.loc(s.reason)
        if key in ctx.project.overrides:
            why = (
                ctx.t("votre choix", "your choice")
                + f" ({ctx.t('suggéré', 'suggested')}: {_yes(ctx, s)})"
            )
        rows.append(
            [
                wrap(ctx.question(cid), widths[0] - 6, _SIZE),
                ctx.t("✖ oui", "✖ yes") if active else ctx.t("non", "no"),
                wrap(why, widths[2] - 6, _SIZE),
            ]
        )
    return [
        heading(ctx.t("Critères éliminatoires (K.O.)", "Must-have criteria (K.O.)"), 1),
        _table(rows, widths),
    ]


def _yes(ctx: ExportContext, s: Suggestion) -> str:
    return ctx.t("oui", "yes") if s.value is True else ctx.t("non", "no")


def _targets(ctx: ExportContext) -> list[Flowable]:
    st = styles()
    req = ctx.pe.requirements
    rtc = ctx.pe.derived.round_the_clock
    if "round_the_clock" in ctx.project.overrides:
        rtc_why = ctx.t("votre choix", "your choice")
    else:
        rtc_why = ctx.loc(rtc.reason)
    rtc_line = ctx.t(
        f"Besoin de service 24 h/24 : {'oui' if req.round_the_clock else 'non'} ({rtc_why}). "
        "Si oui, les délais exprimés en heures ouvrées sont notés sur leur pire cas réel.",
        f"Round-the-clock need: {'yes' if req.round_the_clock else 'no'} ({rtc_why}). If yes, "
        "delays stated in business hours are scored on their real worst case.",
    )
    out: list[Flowable] = [
        heading(ctx.t("Cibles tirées du diagnostic", "Targets from the diagnostic"), 1),
        Paragraph(escape(rtc_line), st["small"]),
    ]
    if not req.targets:
        out.append(
            Paragraph(
                escape(
                    ctx.t(
                        "Aucune cible particulière : les seuils du catalogue s'appliquent.",
                        "No specific target: the catalogue thresholds apply.",
                    )
                ),
                st["small"],
            )
        )
        return out
    head = [
        ctx.t("Critère", "Criterion"),
        ctx.t("Cible (bon)", "Target (good)"),
        ctx.t("Pourquoi", "Why"),
    ]
    widths = [90 * mm, 30 * mm, PORTRAIT_WIDTH - 120 * mm]
    rows = [head]
    for cid, value in req.targets.items():
        criterion = ctx.pe.catalogue.criterion(cid)
        suggested = ctx.pe.derived.targets.get(cid)
        why = (
            ctx.t("votre choix", "your choice")
            if f"target:{cid}" in ctx.project.overrides or suggested is None
            else ctx.loc(suggested.reason)
        )
        rows.append(
            [
                wrap(ctx.loc(criterion.question), widths[0] - 6, _SIZE),
                wrap(_fmt(ctx, criterion, value), widths[1] - 6, _SIZE),
                wrap(why, widths[2] - 6, _SIZE),
            ]
        )
    return [KeepTogether([*out, Spacer(1, 2 * mm), _table(rows, widths)])]


def _fmt(ctx: ExportContext, criterion: Criterion, value: float) -> str:
    return format_value(criterion, Answer(value=value), SupportWindow(), ctx.lang)


def _thresholds(ctx: ExportContext) -> list[Flowable]:
    head = [
        ctx.t("Critère", "Criterion"),
        ctx.t("Poids", "Weight"),
        ctx.t("Seuils : bon / acceptable / alerte", "Thresholds: good / acceptable / red"),
        ctx.t("Origine de la valeur par défaut", "Basis of the default"),
    ]
    widths = [74 * mm, 14 * mm, 48 * mm, PORTRAIT_WIDTH - 136 * mm]
    rows = [head]
    _, shares = criterion_shares(ctx.pe.catalogue, ctx.pe.requirements)
    for criterion in ctx.pe.catalogue.criteria:
        share = shares.get(criterion.id)
        rows.append(
            [
                wrap(ctx.loc(criterion.question), widths[0] - 6, _SIZE),
                "–" if share is None else format_number(share, ctx.lang, 1),
                wrap(_threshold_text(ctx, criterion), widths[2] - 6, _SIZE),
                wrap(_basis_text(ctx, criterion), widths[3] - 6, _SIZE),
            ]
        )
    title = ctx.t("Seuils et origine des critères", "Thresholds and basis of each criterion")
    return [
        CondPageBreak(60 * mm),
        heading(title, 1, keep_with_next=False),
        _table(rows, widths, (1,)),
    ]


# In the basis column, a number stays with its unit ("24 h", "50 %", "5 jours"), an article or
# chapter with its number ("art. 28", "Ch. VI"), a norm with its number ("ISO/IEC 20000",
# "ITIL 4"), French quotes with their words and a French ";" with the word before it: the
# catalogue texts use ordinary spaces.
_UNIT = re.compile(
    r"(?<=\d) (?=(?:h|min|j|jours?|mois|heures?|ans?|hours?|days?|months?|business)\b)"
)
_NUMBERED = re.compile(r"\b([Aa]rt\.|chap\.|Ch\.|[A-Z/]*[A-Z]|SecNumCloud) (?=\d|[IVX]+\b)")


def _basis_text(ctx: ExportContext, criterion: Criterion) -> str:
    kind = {
        "norm": ctx.t("norme", "norm"),
        "market": ctx.t("pratique du marché", "market practice"),
        "calibrated": ctx.t("calibrage slaeval", "slaeval calibration"),
    }[criterion.basis.kind]
    text = _NUMBERED.sub("\\1\xa0", _UNIT.sub("\xa0", ctx.loc(criterion.basis.reference)))
    for plain, joined in ((" %", "\u202f%"), (" ;", "\xa0;"), ("« ", "«\xa0"), (" »", "\xa0»")):
        text = text.replace(plain, joined)
    return ctx.t(f"{kind}\xa0: {text}", f"{kind}: {text}")


def _threshold_text(ctx: ExportContext, criterion: Criterion) -> str:
    if criterion.kind == "yesno":
        return ctx.t("oui ✔ / en partie ~ / non ✖", "yes ✔ / partly ~ / no ✖")
    if criterion.kind == "choice":
        marks = {"good": "✔", "acceptable": "~", "red": "✖"}
        return "\n".join(f"{marks[c.status]} {ctx.loc(c.label)}" for c in criterion.choices)
    t = thresholds_with_target(criterion, ctx.pe.requirements.targets.get(criterion.id))
    parts = [_fmt(ctx, criterion, v) for v in (t.good, t.acceptable, t.red)]
    return f"✔ {parts[0]}\n~ {parts[1]}\n✖ {parts[2]}"

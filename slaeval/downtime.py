"""The cost of one hour of downtime, with its arithmetic shown.

Lost revenue (revenue per hour x share of revenue that depends on IT) plus lost work (staff
affected x loaded hourly cost x share of their time that stops). A figure typed directly by
the user wins over the helper.
"""

from __future__ import annotations

from dataclasses import dataclass

from slaeval.diagnostic_model import CompanyProfile, DowntimeInputs
from slaeval.formatting import format_money, format_percent
from slaeval.localized import Lang


@dataclass(frozen=True, slots=True)
class DowntimeCost:
    revenue_part: float | None
    staff_part: float | None
    total: float | None
    typed: bool

    def explain(self, inputs: DowntimeInputs, lang: Lang) -> list[str]:
        """Each step of the computation, readable by a non-specialist."""
        if self.typed and self.total is not None:
            text = (
                "Montant saisi directement : {v} par heure"
                if lang == "fr"
                else "Amount typed in directly: {v} per hour"
            )
            return [text.format(v=format_money(self.total, lang))]
        lines: list[str] = []
        if self.revenue_part is not None:
            lines.append(
                f"{format_money(inputs.revenue_per_hour or 0, lang)} × "
                f"{format_percent(inputs.it_revenue_share or 0, lang, 0)} = "
                f"{format_money(self.revenue_part, lang)}"
                + (" de chiffre d'affaires perdu" if lang == "fr" else " of lost revenue")
            )
        if self.staff_part is not None:
            lines.append(
                f"{inputs.staff_affected} × {format_money(inputs.loaded_hourly_cost or 0, lang)}"
                f" × {format_percent(inputs.idle_share or 0, lang, 0)} = "
                f"{format_money(self.staff_part, lang)}"
                + (" de travail perdu" if lang == "fr" else " of lost work")
            )
        if self.total is not None:
            label = "Total par heure d'arrêt" if lang == "fr" else "Total per hour of downtime"
            lines.append(
                f"{label} : {format_money(self.total, lang)}"
                if lang == "fr"
                else f"{label}: {format_money(self.total, lang)}"
            )
        return lines


def compute_downtime_cost(inputs: DowntimeInputs) -> DowntimeCost:
    revenue = None
    if inputs.revenue_per_hour is not None and inputs.it_revenue_share is not None:
        revenue = inputs.revenue_per_hour * inputs.it_revenue_share / 100
    staff = None
    if (
        inputs.staff_affected is not None
        and inputs.loaded_hourly_cost is not None
        and inputs.idle_share is not None
    ):
        staff = inputs.staff_affected * inputs.loaded_hourly_cost * inputs.idle_share / 100
    total = None if revenue is None and staff is None else (revenue or 0) + (staff or 0)
    return DowntimeCost(revenue, staff, total, typed=False)


def downtime_cost(profile: CompanyProfile) -> DowntimeCost:
    """The figure used everywhere: typed in, else computed by the helper."""
    if profile.downtime_cost_per_hour is not None:
        return DowntimeCost(None, None, profile.downtime_cost_per_hour, typed=True)
    return compute_downtime_cost(profile.downtime)

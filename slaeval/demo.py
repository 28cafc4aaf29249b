"""The demo project: a 25-person French company comparing four managed-services offers.

The offers come from ``sample_contracts/offers`` and differ on purpose: a cheap one with weak
reversibility, a strong but expensive one, one that fails a K.O., one full of unknowns.
"""

from __future__ import annotations

from datetime import UTC, datetime

from slaeval.data_paths import samples_dir
from slaeval.diagnostic_model import CompanyProfile, Diagnostic, DowntimeInputs
from slaeval.offers import Offer
from slaeval.project import Project, ProjectInfo

DEMO_OFFERS = ("econet", "fortis", "nordlys", "atlas")


def demo_diagnostic() -> Diagnostic:
    """Menuiserie Lambert: a joinery with a workshop, an office, an ERP and a web shop."""
    return Diagnostic(
        signs={
            "no_owner": "partly",
            "untested_backups": "yes",
            "postponed_updates": "yes",
            "outages_from_customers": "partly",
            "major_outage": "yes",
            "unsure_security": "yes",
            "no_continuity_plan": "yes",
            "cost_blindness": "partly",
            "no_clear_contract": "yes",
            "it_eats_time": "yes",
        },
        profile=CompanyProfile(
            company_name="Menuiserie Lambert SAS",
            staff=25,
            it_staff=0,
            business_hours="extended",
            personal_data=True,
            regulated="none",
            hosted_services=True,
            downtime=DowntimeInputs(
                revenue_per_hour=1200,
                it_revenue_share=60,
                staff_affected=18,
                loaded_hourly_cost=38,
                idle_share=70,
            ),
        ),
    )


def demo_offers() -> tuple[Offer, ...]:
    folder = samples_dir() / "offers"
    return tuple(
        Offer.model_validate_json((folder / f"{name}.json").read_text(encoding="utf-8"))
        for name in DEMO_OFFERS
    )


def demo_project() -> Project:
    return Project(
        info=ProjectInfo(
            title="Choix du prestataire d'infogérance",
            client="Menuiserie Lambert SAS",
            author="Cabinet Conseil Durand",
            created=datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
        ),
        diagnostic=demo_diagnostic(),
        offers=demo_offers(),
        notes={"sign:major_outage": "Serveur de fichiers en panne 2 jours en mars 2026."},
    )

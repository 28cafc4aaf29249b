"""Projects for the project-file tests: one with every field set, one big one, file helpers."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from slaeval.diagnostic_model import CompanyProfile, Diagnostic, DowntimeInputs
from slaeval.offers import Answer, CreditTier, Evidence, Offer, Prices, SupportWindow
from slaeval.project import Negotiation, Project, ProjectInfo


def full_offer(offer_id: str = "alpha", name: str = "Alpha Infogérance") -> Offer:
    """An offer where no field keeps its default."""
    return Offer(
        id=offer_id,
        name=name,
        answers={
            "support.p1_restoration": Answer(
                value=240.0,
                clock="business",
                note="4 h ouvrées",
                evidence=Evidence(quote="Rétablissement P1 sous 4 heures ouvrées", location="§4.2"),
                source="contract",
            ),
            "support.escalation": Answer(value="none", source="imported"),
            "security.mfa": Answer(value=None, note="asked, no reply yet"),
            "security.edr": Answer(value="partly", note="workstations only"),
        },
        prices=Prices(
            setup=1500,
            monthly=2300.5,
            term_months=24,
            exit_cost=4000,
            credit_tiers=(
                CreditTier(below=99.9, credit_percent=5),
                CreditTier(below=99, credit_percent=10),
            ),
            credit_cap_percent=20,
        ),
        support_window=SupportWindow(days=(0, 1, 2, 3, 4, 5), start_minute=480, end_minute=1200),
        notes="Références vérifiées.\nDeuxième ligne, caractère NUL \x00 compris.",
    )


def full_project() -> Project:
    """A project where every part of the aggregate holds something."""
    beta = Offer(id="beta", name="Beta Services", answers={"security.edr": Answer(value="yes")})
    return Project(
        info=ProjectInfo(
            title="Choix de l'infogérant",
            client="Menuiserie Test",
            author="Camille",
            created=datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
        ),
        diagnostic=Diagnostic(
            signs={"no_owner": "yes", "untested_backups": "partly", "major_outage": "no"},
            profile=CompanyProfile(
                company_name="Menuiserie Test",
                staff=25,
                it_staff=0,
                business_hours="extended",
                personal_data=True,
                regulated="nis2",
                hosted_services=False,
                downtime=DowntimeInputs(
                    revenue_per_hour=900,
                    it_revenue_share=60,
                    staff_affected=20,
                    loaded_hourly_cost=45,
                    idle_share=50,
                ),
                downtime_cost_per_hour=1400,
            ),
        ),
        overrides={
            "area_weight:security": 22.5,
            "knockout:security.mfa": False,
            "target:support.p1_restoration": "480",
            "round_the_clock": True,
            "criterion_weight:security.edr": None,
        },
        offers=(full_offer(), beta),
        negotiation={
            "alpha": {
                "security.mfa": Negotiation(state="obtained", reply="OK, avenant 2", note="signé"),
                "support.escalation": Negotiation(state="refused", reply="non"),
            },
            "beta": {"security.edr": Negotiation()},
        },
        notes={"summary": "Alpha en tête", "offer:beta": "rappeler lundi"},
    )


def big_project(offers: int = 50, criteria: int = 80) -> Project:
    """``offers`` offers answering ``criteria`` criteria each, with notes and evidence."""
    kinds = ("yes", "named", 120.0, None)
    return Project(
        offers=tuple(
            Offer(
                id=f"o{i}",
                name=f"Offer {i}",
                answers={
                    f"area.c{j}": Answer(
                        value=kinds[j % 4],
                        note=f"note {i}/{j}",
                        evidence=Evidence(quote="texte du contrat " * 5, location=f"p. {j}"),
                    )
                    for j in range(criteria)
                },
            )
            for i in range(offers)
        )
    )


def snapshot(path: Path) -> tuple[bytes, int]:
    """What must not change when a file is refused: its bytes and its modification time."""
    return path.read_bytes(), os.stat(path).st_mtime_ns


def sidecars(path: Path) -> list[str]:
    """Files next to ``path`` other than itself (journals, temporary copies)."""
    return sorted(p.name for p in path.parent.iterdir() if p != path)

"""A tiny hand-made catalogue for worked examples whose answers are known by hand."""

from __future__ import annotations

from slaeval.criteria import AREA_IDS, Area, Catalogue, Criterion
from slaeval.localized import both

T = both("texte", "text")


def criterion(cid: str, area: str, kind: str, weight: float = 1.0, **extra: object) -> Criterion:
    data: dict[str, object] = {
        "id": cid,
        "area": area,
        "kind": kind,
        "weight": weight,
        "question": T,
        "help": T,
        "ask": T,
        "fallback": T,
        "basis": {"kind": "calibrated", "reference": {"fr": "essai", "en": "test"}},
    }
    data.update(extra)
    return Criterion.model_validate(data)


def choice(cid: str, status: str, score: float) -> dict[str, object]:
    return {"id": cid, "label": T, "status": status, "score": score}


def mini_catalogue() -> Catalogue:
    """support: P1 restoration (duration, business hours) and escalation (choice);
    security: MFA (choice, K.O.) and EDR (yes/no). Other areas are empty."""
    criteria = (
        criterion(
            "support.p1_restoration",
            "support",
            "duration",
            2.0,
            direction="lower",
            business_hours=True,
            thresholds={"good": 240, "acceptable": 480, "red": 1440},
        ),
        criterion(
            "support.escalation",
            "support",
            "choice",
            1.0,
            choices=[
                choice("named", "good", 100),
                choice("contacts", "acceptable", 60),
                choice("none", "red", 0),
            ],
        ),
        criterion(
            "security.mfa",
            "security",
            "choice",
            1.0,
            knockout_allowed=True,
            knockout_default="always",
            choices=[choice("enforced", "good", 100), choice("none", "red", 0)],
        ),
        criterion("security.edr", "security", "yesno", 1.0),
    )
    areas = tuple(
        Area(
            id=a,
            label=T,
            weight=60 if a == "support" else 40 if a == "security" else 0,
            review_order=i,
        )
        for i, a in enumerate(AREA_IDS)
    )
    return Catalogue(version="test", areas=areas, criteria=criteria)


def use_mini_catalogue(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Make every slaeval module that binds ``load_catalogue`` by name load ``mini_catalogue``
    (restored after the test by ``monkeypatch``), so the CLI checks offers written for it."""
    import sys

    import slaeval.catalogue
    import slaeval.cli.cmd_catalogue
    import slaeval.project_evaluation  # noqa: F401 (imported by the commands only when run)

    def small(*_args: object, **_kwargs: object) -> object:
        return mini_catalogue()

    for name, module in list(sys.modules.items()):
        if name.startswith("slaeval") and hasattr(module, "load_catalogue"):
            monkeypatch.setattr(module, "load_catalogue", small)

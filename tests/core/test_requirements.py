"""Requirements derived from the diagnostic, and the user's overrides kept apart."""

import pytest

from slaeval.diagnostic_model import SIGN_IDS, CompanyProfile, Diagnostic, DowntimeInputs
from slaeval.diagnostic_texts import DiagnosticTexts, ModelText, SignText
from slaeval.localized import both
from slaeval.requirements import derive_requirements, effective_requirements
from tests.core.minicat import criterion, mini_catalogue

T = both("t", "t")


def texts(areas_of_backups=("security",)):
    signs = tuple(
        SignText(
            id=s,
            title=both(f"fr {s}", f"en {s}"),
            question=T,
            help=T,
            risk=T,
            action=T,
            severity=3 if s == "untested_backups" else 1,
            areas=areas_of_backups if s == "untested_backups" else ("support",),
        )
        for s in SIGN_IDS
    )
    model = ModelText(label=T, summary=T, watch=T)
    return DiagnosticTexts(
        signs=signs, models={"internal": model, "external": model, "hybrid": model}
    )


def derive(diagnostic):
    return derive_requirements(diagnostic, mini_catalogue(), texts())


def test_a_sign_answered_yes_raises_its_areas_with_the_reason():
    derived = derive(Diagnostic(signs={"untested_backups": "yes"}))
    security = derived.area_weights["security"]
    assert security.value == 40 + 3
    assert "en untested_backups" in security.reason.en
    partly = derive(Diagnostic(signs={"untested_backups": "partly"}))
    assert partly.area_weights["security"].value == 40 + 1.5


def test_knockouts_follow_the_catalogue_defaults():
    derived = derive(Diagnostic())
    assert derived.knockouts["security.mfa"].value is True


def test_targets_come_from_the_downtime_cost():
    rich = Diagnostic(profile=CompanyProfile(downtime_cost_per_hour=2500))
    assert derive(rich).targets["support.p1_restoration"].value == 240
    helper = CompanyProfile(
        downtime=DowntimeInputs(
            revenue_per_hour=1000,
            it_revenue_share=50,
            staff_affected=10,
            loaded_hourly_cost=40,
            idle_share=50,
        )
    )
    derived = derive(Diagnostic(profile=helper))
    assert derived.downtime_cost_per_hour == pytest.approx(500 + 200)
    assert derived.targets["support.p1_restoration"].value == 480
    assert derive(Diagnostic()).targets == {}


def test_round_the_clock_need():
    assert derive(Diagnostic(profile=CompanyProfile(business_hours="24x7"))).round_the_clock.value
    assert not derive(Diagnostic()).round_the_clock.value


def test_overrides_win_and_survive_a_changed_answer():
    overrides = {
        "area_weight:security": 5.0,
        "knockout:security.mfa": False,
        "target:support.p1_restoration": 120.0,
    }
    before = effective_requirements(derive(Diagnostic()), overrides)
    after = effective_requirements(derive(Diagnostic(signs={"untested_backups": "yes"})), overrides)
    for req in (before, after):
        assert req.area_weights["security"] == 5.0
        assert "security.mfa" not in req.knockouts
        assert req.targets["support.p1_restoration"] == 120.0
    reset = effective_requirements(derive(Diagnostic()), {})
    assert reset.area_weights["security"] == 40 and "security.mfa" in reset.knockouts


def test_suggestions_are_listed_under_their_override_keys():
    keys = derive(Diagnostic()).suggestions()
    assert {
        "round_the_clock",
        "area_weight:support",
        "criterion_weight:security.edr",
        "knockout:security.mfa",
    } <= set(keys)


def test_personal_data_criteria_are_not_applicable_without_personal_data():
    from slaeval.criteria import Catalogue

    base = mini_catalogue()
    extra = criterion(
        "data.gdpr_dpa",
        "data",
        "yesno",
        applies_when="personal_data",
        knockout_allowed=True,
        knockout_default="personal_data",
    )
    cat = Catalogue(version="t", areas=base.areas, criteria=(*base.criteria, extra))
    without = derive_requirements(
        Diagnostic(profile=CompanyProfile(personal_data=False)), cat, texts()
    )
    assert "data.gdpr_dpa" in without.not_applicable
    assert without.knockouts["data.gdpr_dpa"].value is False
    with_data = derive_requirements(
        Diagnostic(profile=CompanyProfile(personal_data=True)), cat, texts()
    )
    assert "data.gdpr_dpa" not in with_data.not_applicable
    assert with_data.knockouts["data.gdpr_dpa"].value is True


def test_joined_reasons_read_as_one_list_in_each_language():
    from slaeval.localized import both
    from slaeval.requirements import _joined

    joined = _joined(
        [
            both("Pas de contrat clair", "No clear contract"),
            both("L'informatique vous prend du temps", "IT eats your time"),
            both("RGPD applicable", "GDPR applies"),
        ]
    )
    assert joined is not None
    assert joined.fr == (
        "Pas de contrat clair ; l'informatique vous prend du temps ; RGPD applicable"
    )
    assert joined.en == "No clear contract; IT eats your time; GDPR applies"


def test_a_list_keeps_its_first_capital_and_acronyms():
    from slaeval.localized import listed

    assert listed(["Sous-traitance", "Clause de réversibilité", "RTO"], "fr") == (
        "Sous-traitance ; clause de réversibilité ; RTO"
    )
    assert listed(["Subcontracting", "Exit plan"], "en") == "Subcontracting; exit plan"
    assert listed([], "en") == ""

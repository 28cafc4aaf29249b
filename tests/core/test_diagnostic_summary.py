"""Risk per sign, overall risk, the recommended model and the order of first actions."""

from slaeval.diagnostic_model import CompanyProfile, Diagnostic
from slaeval.diagnostic_summary import summarise
from slaeval.diagnostic_texts import load_diagnostic_texts

TEXTS = load_diagnostic_texts()


def test_risk_is_severity_times_answer():
    summary = summarise(
        Diagnostic(
            signs={"untested_backups": "yes", "cost_blindness": "yes", "major_outage": "partly"}
        ),
        TEXTS,
    )
    risk = {r.sign_id: r for r in summary.risks}
    assert (risk["untested_backups"].points, risk["untested_backups"].level) == (3, "high")
    assert (risk["major_outage"].points, risk["major_outage"].level) == (1.5, "medium")
    assert (risk["cost_blindness"].points, risk["cost_blindness"].level) == (1, "medium")
    assert risk["no_owner"].level == "none"
    assert summary.first_actions == ("untested_backups", "major_outage", "cost_blindness")


def test_no_it_staff_means_external():
    summary = summarise(Diagnostic(profile=CompanyProfile(it_staff=0, staff=25)), TEXTS)
    assert summary.model == "external"
    assert summary.overall == "none"


def test_unknown_it_staff_says_what_is_assumed():
    summary = summarise(Diagnostic(), TEXTS)
    assert summary.model == "external"
    assert "not given yet" in summary.reasons[0].en
    assert "pas encore renseigné" in summary.reasons[0].fr
    known = summarise(Diagnostic(profile=CompanyProfile(it_staff=0)), TEXTS)
    assert known.reasons[0].en == "nobody in house looks after IT"


def test_one_it_person_means_hybrid_and_a_big_team_internal():
    assert (
        summarise(Diagnostic(profile=CompanyProfile(it_staff=1, staff=40)), TEXTS).model == "hybrid"
    )
    big = Diagnostic(profile=CompanyProfile(it_staff=5, staff=300))
    assert summarise(big, TEXTS).model == "internal"


def test_many_severe_signs_push_a_team_towards_hybrid():
    signs = {s.id: "yes" for s in TEXTS.signs}
    summary = summarise(
        Diagnostic(signs=signs, profile=CompanyProfile(it_staff=5, staff=300)), TEXTS
    )
    assert summary.overall == "high"
    assert summary.model == "hybrid"
    assert any("specialist" in r.en for r in summary.reasons)

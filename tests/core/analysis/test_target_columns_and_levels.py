"""Delays a document calls targets, not guarantees: which figures a careful reader leaves out.

Reading habit: when a clause says "resolution times are targets, not guarantees" and nothing
is owed when they are missed, the reader leaves out the figures of the column the table
itself heads "target" (only that measure: the response time on the same row binds), and
only for the levels the clause names when it names some ("for Severity 3 and 4").
Each test writes its own sentences (French and English, tables and prose).
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.analysis.reading_text import text_blocks
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import support_times


def analyse_markdown(catalogue: Catalogue, *paragraphs: str) -> AnalysisReport:
    """Analyse paragraphs read as a Markdown file (pipe tables become table rows)."""
    blocks = text_blocks("\n\n".join(paragraphs))
    document = DocumentText(blocks=blocks, pages=1, kind="text", name="t.md")
    return analyze_text(document, catalogue)


_TABLE_EN = (
    "| Level | Response time | Resolution target |\n"
    "|---|---|---|\n"
    "| P1 | 30 minutes | 4 hours |\n"
    "| P2 | 2 hours | 8 hours |\n"
    "| P3 | 4 hours | 3 days |"
)
_TABLE_FR = (
    "| Priorité | Délai de prise en charge | Objectif de rétablissement |\n"
    "|---|---|---|\n"
    "| P1 | 1 heure | 6 heures |\n"
    "| P2 | 4 heures | 2 jours |\n"
    "| P3 | 8 heures | 5 jours |"
)
_TABLE_EN_2 = (
    "| Severity | First response | Target fix time |\n"
    "|---|---|---|\n"
    "| Severity 1 | 15 minutes | 2 hours |\n"
    "| Severity 2 | 1 hour | 6 hours |"
)


@pytest.mark.parametrize(
    ("paragraphs", "responses"),
    [
        (
            (
                _TABLE_EN,
                "Resolution times are targets, not guarantees. No service credits are payable "
                "when a resolution target is missed.",
            ),
            {"p1_response", "p2_response", "p3_response"},
        ),
        (
            (
                "Les délais de rétablissement sont des objectifs et non des engagements. "
                "Seuls les délais de prise en charge donnent lieu à des pénalités.",
                _TABLE_FR,
            ),
            {"p1_response", "p2_response", "p3_response"},
        ),
        (
            (
                "Le rétablissement indiqué au tableau ci-dessous constitue un objectif, pas une "
                "garantie. Son dépassement n'ouvre droit à aucune pénalité.",
                _TABLE_FR,
            ),
            {"p1_response", "p2_response", "p3_response"},
        ),
        (
            (
                _TABLE_EN_2,
                "Fix times are targets and not a commitment. Only response times attract "
                "service credits.",
            ),
            {"p1_response", "p2_response"},
        ),
    ],
)
def test_a_column_headed_target_binds_nothing_when_the_clause_denies_a_guarantee(
    catalogue: Catalogue, paragraphs: tuple[str, ...], responses: set[str]
) -> None:
    found = support_times(analyse_markdown(catalogue, *paragraphs))
    assert set(found) == responses, found


def test_the_clause_speaks_only_of_the_levels_it_names(catalogue: Catalogue) -> None:
    table = (
        "| Severity | Response time | Resolution target |\n"
        "|---|---|---|\n"
        "| Severity 1 | 30 minutes | 4 hours |\n"
        "| Severity 2 | 1 hour | 8 hours |\n"
        "| Severity 3 | 4 hours | 3 days |\n"
        "| Severity 4 | 1 day | 10 days |"
    )
    found = support_times(
        analyse_markdown(
            catalogue,
            table,
            "The resolution targets for Severity 3 and Severity 4 are targets and not "
            "guarantees, and no service credit applies to them.",
        )
    )
    assert "p1_restoration" in found and "p2_restoration" in found, found
    assert "p3_restoration" not in found and "p4_restoration" not in found, found
    assert {"p1_response", "p2_response", "p3_response", "p4_response"} <= set(found), found


@pytest.mark.parametrize(
    "clause",
    [
        # no guarantee is denied: the readers record the column ("targets only" over a
        # "Target restoration" column)
        "Resolution targets are agreed with the Customer at the monthly review.",
        # a guarantee denied, but the miss still costs the provider a credit
        "Resolution times are targets, not guarantees; service credits apply as in clause 9.",
    ],
)
def test_a_target_column_without_a_denied_guarantee_and_credit_is_recorded(
    catalogue: Catalogue, clause: str
) -> None:
    found = support_times(analyse_markdown(catalogue, _TABLE_EN, clause))
    assert {"p1_restoration", "p2_restoration", "p3_restoration"} <= set(found), found


# --- The hours a desk keeps: the business clock --------------------------------------------
# Reading habit: "measured within service desk hours", "counted in helpdesk hours" say the
# clock runs only while the desk is open, whatever name the desk goes by.

_DESK_HOURS = "Our service desk is open Monday to Friday, 08:00 to 18:00."


@pytest.mark.parametrize(
    "clause",
    [
        "Response times are measured within service desk hours.",
        "All targets are counted during the helpdesk hours set out above.",
        "Response times apply in hotline hours only.",
        "The service levels below are measured over our help desk hours.",
        "Les délais de prise en charge courent pendant les horaires du centre de services.",
        "Les délais s'entendent dans les horaires d'ouverture du support.",
    ],
)
def test_times_measured_in_the_desk_hours_run_on_the_business_clock(
    catalogue: Catalogue, clause: str
) -> None:
    report = analyse_markdown(
        catalogue, _DESK_HOURS, clause, "Priority 1: response within 30 minutes."
    )
    found = [f for f in report.findings if f.criterion == "support.p1_response"]
    assert [(f.value, f.clock) for f in found] == [(30.0, "business")], found


def test_a_desk_that_answers_round_the_clock_keeps_the_calendar_clock(
    catalogue: Catalogue,
) -> None:
    report = analyse_markdown(
        catalogue,
        "Our service desk is staffed 24 hours a day, 7 days a week.",
        "The service desk logs every call in the ticketing tool.",
        "Le temps passé pendant les horaires du support est facturé au client.",
        "Priority 1: response within 30 minutes.",
    )
    found = [f for f in report.findings if f.criterion == "support.p1_response"]
    assert [(f.value, f.clock) for f in found] == [(30.0, "calendar")], found

"""Delays, levels and on-call as providers write them (round 6): a measure after its delay with
a word on its kind between ("4 hour target fix"), the notice of a termination the targets
grant, a past record, levels opening list items, rows of cells that lack a delay, on-call
denied in the sentence that says "included", multipliers written "1.5x".

Every sentence here is written for the test, in several wordings and both languages.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values

# --- 1. "4 hour target fix": the measure after its delay, a word on its kind between -------


@pytest.mark.parametrize(
    ("line", "response", "restoration"),
    [
        ("P1 (site down): 15 minute response, 2 hour target fix.", 15, 120),
        ("Severity 2 - major: 1-hour response, 6-hour guaranteed restoration.", 60, 360),
        ("Priority 3: 2 hour response and 3 day maximum resolution.", 120, 4320),
    ],
)
def test_a_measure_after_its_delay_may_have_a_word_between(
    catalogue: Catalogue, line: str, response: int, restoration: int
) -> None:
    report = analyse(catalogue, line)
    level = next(c for c in "123" if values(report, f"support.p{c}_response"))
    assert values(report, f"support.p{level}_response") == [response]
    assert values(report, f"support.p{level}_restoration") == [restoration]


# --- 2. The notice of a termination and a past record are no level's target -----------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Should the P1 restoration target be missed in two months running, the Customer may "
        "end the contract by giving sixty (60) days' notice.",
        "Si le délai de rétablissement des incidents P1 est dépassé plus de quatre fois par "
        "an, le Client peut résilier le contrat moyennant un préavis de quinze jours.",
        "If the response time of Priority 1 calls is not met three times in a quarter, you "
        "may terminate on 45 days written notice.",
        "Over the previous year we restored 95% of P1 incidents within 90 minutes, with no "
        "commitment to do so.",
        "L'an dernier, nous avons répondu aux tickets P1 en moins de 20 minutes en moyenne.",
        "In 2025, 98% of P1 tickets were answered within 20 minutes.",
        "En 2025, 97 % des incidents P1 ont été rétablis en moins de 3 heures.",
    ],
)
def test_a_termination_notice_or_a_record_is_no_target(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(
        catalogue, "P1 : prise en charge sous 1 heure, rétablissement sous 4 heures.", paragraph
    )
    assert values(report, "support.p1_response") == [60]
    assert values(report, "support.p1_restoration") == [240]


def test_a_notice_to_the_client_before_a_delay_is_no_termination(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "P1 incidents: we give the Customer notice of the incident and respond within 30 minutes.",
    )
    assert values(report, "support.p1_response") == [30]


# --- 3. A level word opening a list item -----------------------------------------------------


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            (
                "- Critical: nobody in the office can work. We respond within 2 hours.",
                "- Minor: one user has a small issue. We respond within 2 days.",
            ),
            {"1": [120], "3": [2880]},
        ),
        (
            (
                "* Urgent : la production est arrêtée. Nous intervenons sous 1 heure.",
                "* Basse : une question d'usage. Nous intervenons sous 3 jours.",
            ),
            {"1": [60], "4": [4320]},
        ),
        (
            (
                "a) Urgent (production stopped): we respond within 30 minutes.",
                "b) Minor: we respond within 1 day.",
            ),
            {"1": [30], "3": [1440]},
        ),
        (
            (
                "1. Critique : le site est à l'arrêt. Intervention sous 2 heures.",
                "2. Faible : une question. Intervention sous 2 jours.",
            ),
            {"1": [120], "4": [2880]},
        ),
        (
            (
                "• High: a department cannot work. We aim to respond within 4 hours.",
                "• Low: a how-to question. We aim to respond within 5 days.",
            ),
            {"2": [240], "4": [7200]},
        ),
    ],
)
def test_a_level_word_may_open_a_list_item(
    catalogue: Catalogue, items: tuple[str, str], expected: dict[str, list[int]]
) -> None:
    report = analyse(catalogue, "Ticket levels:", *items)
    for level, minutes in expected.items():
        assert values(report, f"support.p{level}_response") == minutes


# --- 4. A table row that lacks a delay: its cell says which measure it gives -----------------
# (the fourth rows cover incidents: a row for requests only is no level, CONVENTIONS.md)


def _rows(catalogue: Catalogue, heading: str, *rows: str) -> AnalysisReport:
    """A heading paragraph as a PDF flattens it (the first row on its line), then rows of
    cells."""
    blocks = [Block(heading, "p. 1")] + [Block(row, "p. 1", table_row=True) for row in rows]
    document = DocumentText(blocks=blocks, pages=1, kind="pdf", name="t.pdf")
    return analyze_text(document, catalogue)


@pytest.mark.parametrize(
    ("heading", "rows", "p3_response", "p4_response"),
    [
        (
            "Sev Description First response Fix time Sev 1 Outage for everyone 15 minutes 4 hours",
            (
                "Sev 2 | Degraded service | 1 hour | 1 day",
                "Sev 3 | One user affected | 4 hours | Next release",
                "Sev 4 | Cosmetic fault | 2 days | Not applicable",
            ),
            240,
            2880,
        ),
        (
            "Priorité Description Délai de prise en charge Délai de résolution Priorité 1 "
            "Arrêt total 30 minutes 4 heures",
            (
                "Priorité 2 | Service dégradé | 2 heures | 1 jour",
                "Priorité 3 | Gêne mineure | 8 heures | Selon planning",
                "Priorité 4 | Anomalie d'affichage | 3 jours | Sans objet",
            ),
            480,
            4320,
        ),
    ],
)
def test_a_row_lacking_a_delay_is_read_by_its_cells(
    catalogue: Catalogue, heading: str, rows: tuple[str, ...], p3_response: int, p4_response: int
) -> None:
    report = _rows(catalogue, heading, *rows)
    assert values(report, "support.p3_response") == [p3_response]
    assert values(report, "support.p4_response") == [p4_response]
    assert values(report, "support.p3_restoration") == []
    assert values(report, "support.p4_restoration") == []


def test_a_row_whose_delay_is_in_the_last_column_gives_the_last_measure(
    catalogue: Catalogue,
) -> None:
    report = _rows(
        catalogue,
        "Severity Meaning Response Restoration Severity 1 Total outage 30 minutes 4 hours",
        "Severity 2 | Partial outage | 1 hour | 8 hours",
        "Severity 3 | Cosmetic | Best efforts | 5 days",
    )
    assert values(report, "support.p3_restoration") == [7200]
    assert values(report, "support.p3_response") == []


# --- 5. On-call denied in the sentence that says "included", and its multipliers -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "No on-call or after-hours cover is included in this contract.",
        "Aucune astreinte n'est comprise dans la redevance mensuelle.",
        "This agreement includes no on-call service; nights and weekends are not covered.",
    ],
)
def test_on_call_said_not_to_be_included_is_none(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(
        catalogue, "Support hours are Monday to Friday, 9:00 to 18:00.", "Out of hours", sentence
    )
    assert answer(report, "oncall.p1_out_of_hours").value == "none"
    assert values(report, "oncall.pricing") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Work requested after hours is billed at 1.5x the hourly rate, 2x on Sundays.",
        "Les interventions hors heures ouvrées sont facturées 1,5 x le tarif horaire.",
        "Weekend call-outs are charged at 2x our standard rate.",
        "Work on Sundays and public holidays is billed at double the hourly rate.",
        "Le dimanche, les interventions sont facturées au double du tarif horaire.",
    ],
)
def test_a_multiplier_written_with_x_is_published(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "oncall.pricing").value == "published_multipliers"


@pytest.mark.parametrize(
    ("sentence", "pricing"),
    [
        ("Les incidents bloquants sont pris en charge 24 h/24, sans supplément.", "flat"),
        ("Critical incidents are handled 24/7 at no additional charge.", "flat"),
        ("The network is monitored 24/7 at no additional charge.", None),
    ],
)
def test_round_the_clock_handling_at_no_charge_is_included(
    catalogue: Catalogue, sentence: str, pricing: str | None
) -> None:
    report = analyse(catalogue, sentence)
    if pricing is None:
        assert values(report, "oncall.pricing") == []
    else:
        assert answer(report, "oncall.pricing").value == "flat_or_included"


# --- 6. Escalation: its delay in working hours, the person named in the next sentence -------


@pytest.mark.parametrize(
    "paragraph",
    [
        "An unresolved P1 is escalated after 3 working hours. The Service Delivery Manager "
        "then calls the Customer.",
        "Tout incident critique non résolu est escaladé au bout de deux heures. Le directeur "
        "technique en prend alors la responsabilité.",
        "Tickets are escalated after 6 business hours to our Head of Operations.",
    ],
)
def test_escalation_after_a_delay_to_a_named_role(catalogue: Catalogue, paragraph: str) -> None:
    report = analyse(catalogue, paragraph)
    assert answer(report, "support.escalation").value == "time_based_named"


# --- 7. Levels defined by a count: written definitions ----------------------------------------
# The settled readings keep levels defined by their impact or a count of users ("more than ten
# workstations") as written definitions: only the client's say over the level (it sets it, or
# its choice prevails in a dispute) or a named impact x urgency grid makes them the objective
# grid (test_priority_levels_and_who_decides.py).


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (
            (
                "- Critical: more than ten workstations cannot be used.",
                "- Minor: a single printer is out of order.",
            ),
            "written",
        ),
        (
            (
                "Panne bloquante : plus de la moitié des postes sont à l'arrêt.",
                "Panne mineure : un poste isolé est lent.",
            ),
            "written",
        ),
        (
            (
                "- High: a key feature is broken for a group of people.",
                "- Low: a question about how to use the software.",
            ),
            "written",
        ),
    ],
)
def test_levels_defined_by_a_count_are_written_definitions(
    catalogue: Catalogue, items: tuple[str, str], expected: str
) -> None:
    report = analyse(catalogue, "Incident levels:", *items)
    assert answer(report, "support.priority_definitions").value == expected


# --- 8. A line ending on a colon, its delay cut onto the next line --------------------------


@pytest.mark.parametrize(
    ("lines", "criterion", "minutes"),
    [
        (("Critical: the whole site is down. Response time:", "2 hours."), "p1_response", 120),
        (
            ("P2 – service dégradé pour plusieurs postes. Délai de rétablissement :", "8 heures."),
            "p2_restoration",
            480,
        ),
        (("Severity 3 (minor issue). Target resolution:", "3 days."), "p3_restoration", 4320),
    ],
)
def test_a_delay_cut_onto_the_line_after_its_colon(
    catalogue: Catalogue, lines: tuple[str, str], criterion: str, minutes: int
) -> None:
    report = analyse(catalogue, *lines)
    assert values(report, f"support.{criterion}") == [minutes]


# --- 9. Everyday requests are no priority level; "done within" is a level's fulfilment ---------
# A row for service requests only is no priority level (CONVENTIONS.md, "Priority levels"): the
# incident levels keep their delays, the request row gives no P4.


@pytest.mark.parametrize(
    ("line", "minutes"),
    [
        ("- Petites demandes (droits d'accès, nouvelle imprimante) : faites sous 2 jours.", 2880),
        ("Demande courante (compte, installation) : réalisée dans un délai de 4 jours.", 5760),
        ("Les demandes courantes sont réalisées sous 3 jours.", 4320),
    ],
)
def test_everyday_requests_are_no_level(catalogue: Catalogue, line: str, minutes: int) -> None:
    report = analyse(catalogue, "- Panne bloquante : prise en charge sous 1 heure.", line)
    assert values(report, "support.p1_response") == [60]
    assert values(report, "support.p4_restoration") == []
    assert minutes  # the delay the line states, which goes to no level


@pytest.mark.parametrize(
    ("line", "criterion", "minutes"),
    [
        ("P3 requests are completed within 5 days.", "p3_restoration", 7200),
        ("Priority 4 changes: done within 10 days.", "p4_restoration", 14400),
        ("Les tickets P2 sont faits sous 8 heures.", "p2_restoration", 480),
    ],
)
def test_work_done_within_a_delay_is_its_fulfilment(
    catalogue: Catalogue, line: str, criterion: str, minutes: int
) -> None:
    report = analyse(catalogue, line)
    assert values(report, f"support.{criterion}") == [minutes]

"""Reading each format: text with its page, paragraph or table-row location."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from slaeval.analysis import analyze_document, read_document
from slaeval.analysis.document import fold, split_sentences
from slaeval.analysis.reading_text import text_blocks
from slaeval.criteria import Catalogue


def test_pdf_pages_are_located_and_running_footers_dropped(documents: Path) -> None:
    seen: list[tuple[int, int]] = []
    document = read_document(documents / "econet.pdf", progress=lambda d, t: seen.append((d, t)))
    assert document.kind == "pdf"
    assert document.pages >= 3
    assert seen == [(n, document.pages) for n in range(1, document.pages + 1)]
    assert {b.location for b in document.blocks} == {
        f"p. {n}" for n in range(1, document.pages + 1)
    }
    assert not any("— page" in b.text for b in document.blocks)
    sla = next(b for b in document.blocks if "GTI de 4 heures ouvrées" in b.text)
    assert sla.location == "p. 2"


def test_pdf_lines_are_joined_into_sentences(documents: Path) -> None:
    document = read_document(documents / "econet.pdf")
    renewal = next(b for b in document.blocks if "reconduit tacitement" in b.text)
    assert "avant la date d'échéance" in renewal.text  # the wrapped line was joined


def test_docx_keeps_paragraph_numbers_and_table_rows_with_headings(documents: Path) -> None:
    document = read_document(documents / "fortis.docx")
    assert document.kind == "docx"
    rows = [b for b in document.blocks if b.table_row]
    p1 = next(b for b in rows if "P1" in b.text)
    assert p1.location == "tab. 1, l. 2"
    assert "GTI (délai d'intervention) : 30 minutes" in p1.text
    assert "GTR (délai de rétablissement) : 4 heures" in p1.text
    ladder = [b for b in rows if b.location.startswith("tab. 2")]
    assert len(ladder) == 3
    first = next(b for b in document.blocks if not b.table_row)
    assert first.location == "§ 1"


def test_plain_text_joins_wrapped_lines_and_keeps_list_items_apart(documents: Path) -> None:
    document = read_document(documents / "helix.txt")
    assert document.kind == "text"
    items = [b for b in document.blocks if b.text.startswith("- Criticité")]
    assert len(items) == 3
    assert items[0].text.endswith("délai de résolution de 6 heures.")
    assert len({b.location for b in items}) == 1  # one paragraph, three items


def test_markdown_table_rows_carry_their_column_headings(documents: Path) -> None:
    document = read_document(documents / "atlas.md")
    rows = [b.text for b in document.blocks if b.table_row]
    assert "Service : Monitoring of servers and network | Coverage : 24/7" in rows
    assert not any(b.text.startswith("#") or "**" in b.text for b in document.blocks)


def test_folded_text_keeps_length_so_evidence_is_quoted_as_written() -> None:
    text = "La DISPONIBILITÉ garantie est de 99,9\u00a0% — l’Œuvre coûte 1\u202f500 €"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("la disponibilite garantie est de 99,9 % - l'ouvre")
    assert folded.endswith("1 500 €")


NUMBERED_WITHOUT_BLANK_LINES = """CONTRAT DE SERVICES
Article 1 - Objet
1.1 Le Prestataire assure le support des postes du Client.
1.2 La disponibilité mensuelle garantie est de 99,5 %.
Article 2 - Durée
2.1 Le contrat est conclu pour une durée initiale de 24 mois.
2.2 Les délais se comptent sur
2.5 heures de plage quotidienne au plus.
"""


def test_numbered_clauses_of_plain_text_are_paragraphs_without_blank_lines(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    path = tmp_path / "contrat.txt"
    path.write_text(NUMBERED_WITHOUT_BLANK_LINES, encoding="utf-8")
    document = read_document(path)
    located = {b.text.split(" ")[0]: b.location for b in document.blocks}
    assert located["CONTRAT"] == "§ 1"
    assert located["Article"] in ("§ 2", "§ 5")
    assert located["1.1"] == "§ 3" and located["1.2"] == "§ 4" and located["2.1"] == "§ 6"
    # "2.5 heures" continues the sentence above: it is a quantity, not clause 2.5
    assert any(
        b.text.endswith("sur 2.5 heures de plage quotidienne au plus.") for b in document.blocks
    )
    report = analyze_document(path, catalogue)
    located_findings = {f.criterion: f.location for f in report.answers()}
    assert located_findings["availability.commitment"] == "§ 4"
    assert located_findings["costs.initial_term"] == "§ 6"


def test_article_headings_and_clause_numbers_start_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "contract.md"
    path.write_text(
        "ARTICLE 3 : Support\n- first item\n- second item\n3.1 After the list.\n"
        "Clause 4. Term\n4.1) The term is one year.\n",
        encoding="utf-8",
    )
    blocks = [(b.location, b.text) for b in read_document(path).blocks]
    assert blocks == [
        ("§ 1", "ARTICLE 3 : Support"),
        ("§ 1", "- first item"),
        ("§ 1", "- second item"),
        ("§ 2", "3.1 After the list."),
        ("§ 3", "Clause 4. Term"),
        ("§ 4", "4.1) The term is one year."),
    ]


def _two_page_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), invariant=1)
    for page, word in ((1, "opening"), (2, "closing")):
        pdf.drawString(72, 800, f"The {word} page starts with a sentence of the contract.")
        for n in range(8):
            pdf.drawString(72, 760 - 20 * n, f"Clause {page}.{n}: the provider does its work.")
        pdf.drawString(72, 500, f"The {word} page ends with a sentence of the contract too.")
        pdf.drawString(72, 40, f"Acme Services — Master Agreement — page {page}")
        pdf.showPage()
    pdf.save()
    return path


def test_a_two_page_pdf_keeps_its_first_and_last_lines(tmp_path: Path) -> None:
    document = read_document(_two_page_pdf(tmp_path / "two.pdf"))
    texts = [b.text for b in document.blocks]
    for word in ("opening", "closing"):
        assert f"The {word} page starts with a sentence of the contract." in texts
        assert f"The {word} page ends with a sentence of the contract too." in texts
    assert not any("Master Agreement — page" in t for t in texts)  # the running footer


def test_pdf_table_rows_carry_their_column_headings(tmp_path: Path, catalogue: Catalogue) -> None:
    from slaeval.sample_contracts.build_documents import Part, build_pdf

    rows = [
        ["Severity", "Respond within", "Fix within"],
        ["Critical", "30 minutes", "4 hours"],
        ["High", "2 hours", "1 day"],
        ["Low", "8 hours", "5 days"],
    ]
    parts = [
        Part("title", "Support schedule"),
        Part("paragraph", "Incidents are handled according to the table below."),
        Part("table", rows=rows),
        Part("paragraph", "Every other request is answered the next business day."),
    ]
    path = tmp_path / "table.pdf"
    build_pdf(parts, path, "Acme")
    document = read_document(path)
    table = [b.text for b in document.blocks if b.table_row]
    assert table == [
        "Severity : Critical | Respond within : 30 minutes | Fix within : 4 hours",
        "Severity : High | Respond within : 2 hours | Fix within : 1 day",
        "Severity : Low | Respond within : 8 hours | Fix within : 5 days",
    ]
    report = analyze_document(path, catalogue)
    times = {f.criterion: f.value for f in report.answers() if f.criterion.startswith("support.p")}
    assert times == {
        "support.p1_response": 30,
        "support.p1_restoration": 240,
        "support.p2_response": 120,
        "support.p2_restoration": 1440,
        "support.p4_response": 480,
        "support.p4_restoration": 7200,
    }


def test_a_pdf_without_a_table_is_read_in_plain_mode_only(documents: Path) -> None:
    document = read_document(documents / "econet.pdf")
    assert not any(b.table_row for b in document.blocks)


_PLAIN_SENTENCE_END = re.compile(r"(?<=[.!?])(?P<gap>\s+)(?=[A-ZÀ-ÖØ-Þ\"'(«•\-–])|\n+")
_PLAIN_CLAUSE_NUMBER = re.compile(r"\s*(?:[0-9]{1,3}\.)+")


def _plain_split(text: str) -> list[tuple[int, int]]:
    """The sentence split as first written (a look-behind on . ! ?), where a clause number
    ("1. Services") ends no sentence: the faster one must give the same spans."""
    spans, start = [], 0
    for match in _PLAIN_SENTENCE_END.finditer(text):
        if match.group("gap") and _PLAIN_CLAUSE_NUMBER.fullmatch(text, start, match.start()):
            continue
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


@given(st.text(alphabet="aZé. !?\n\t«-–(•'\"É1", max_size=60))
@settings(max_examples=400, deadline=None)
def test_sentence_split_matches_the_plain_definition(text: str) -> None:
    assert split_sentences(text) == _plain_split(text)


def test_a_short_numbered_title_is_a_block_of_its_own() -> None:
    blocks = text_blocks("Article 4 – Durée\nLe contrat est conclu pour trois ans.\n")
    assert [b.text for b in blocks] == [
        "Article 4 – Durée",
        "Le contrat est conclu pour trois ans.",
    ]
    assert {b.location for b in blocks} == {"§ 1"}


def test_a_hard_wrapped_numbered_clause_stays_one_block() -> None:
    text = (
        "2.1 The Provider shall provide the Services in accordance with the Service\n"
        "Levels set out in this Schedule.\n"
    )
    assert len(text_blocks(text)) == 1


def test_a_clause_number_ends_no_sentence() -> None:
    text = "1. Services commandés"
    assert split_sentences(text) == [(0, len(text))]


def test_a_sentence_cut_by_a_page_break_is_read_whole(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "cut.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.drawString(72, 800, "Article 9 - Restitution des données")
    pdf.drawString(
        72, 780, "A la fin du contrat, le Prestataire restitue les données du Client dans un"
    )
    pdf.showPage()
    pdf.drawString(72, 800, "délai de trente jours, dans un format ouvert.")
    pdf.drawString(72, 780, "Article 10 - Prix")
    pdf.showPage()
    pdf.save()
    blocks = read_document(path).blocks
    whole = [b for b in blocks if "restitue" in b.text]
    assert len(whole) == 1 and whole[0].location == "p. 1"
    assert whole[0].text.endswith("dans un délai de trente jours, dans un format ouvert.")
    # a page that ends a sentence, or a next page that starts with a title, stays apart
    assert [b.text for b in blocks if b.text.startswith("Article 10")] == ["Article 10 - Prix"]


def test_a_courtesy_title_ends_no_sentence() -> None:
    def parts(text: str) -> list[str]:
        return [text[a:b] for a, b in split_sentences(text)]

    assert parts("Le ticket est escaladé à M. Ferrand, responsable. Il rappelle sous 1 h.") == [
        "Le ticket est escaladé à M. Ferrand, responsable.",
        "Il rappelle sous 1 h.",
    ]
    assert parts("Escalate to Dr. Smith. Then call.") == ["Escalate to Dr. Smith.", "Then call."]
    # a sentence that ends on a capital M, or a new one that starts with a title, still splits
    assert parts("Le délai est de 4 heures. Mme Durand valide.") == [
        "Le délai est de 4 heures.",
        "Mme Durand valide.",
    ]
    assert parts("Le site ouvre à 8 h AM. Test suivant.") == [
        "Le site ouvre à 8 h AM.",
        "Test suivant.",
    ]


def test_digits_in_brackets_after_a_figure_in_words_carry_on_the_sentence() -> None:
    from slaeval.analysis.reading_pdf import paragraph_blocks

    def texts(*lines: str) -> list[str]:
        return [b.text for b in paragraph_blocks(list(lines), "p. 1")]

    full = "x" * 80
    assert texts(
        "unless either party serves written notice of non-renewal not less than ninety",
        "(90) days before the end of the then current term.",
        full,
    )[0].endswith("not less than ninety (90) days before the end of the then current term.")
    assert texts(
        "avec une perte de données au plus égale à vingt-quatre",
        "(24) heures.",
        full,
    )[0].endswith("au plus égale à vingt-quatre (24) heures.")
    # a list numbered in brackets still opens items
    assert texts(
        "Le Client s'engage à respecter les obligations suivantes",
        "(1) désigner un interlocuteur unique;",
        "(2) donner accès à ses locaux.",
        full,
    )[:3] == [
        "Le Client s'engage à respecter les obligations suivantes",
        "(1) désigner un interlocuteur unique;",
        "(2) donner accès à ses locaux.",
    ]


def test_a_figure_split_by_a_pdf_line_break_is_read(tmp_path: Path, catalogue: Catalogue) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "renewal.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    lines = [
        "2.2 At the end of the Initial Term, this Agreement renews automatically for successive "
        "periods",
        "of twelve (12) months unless either party serves written notice of non-renewal not less "
        "than ninety",
        "(90) days before the end of the then current term.",
    ]
    for number, line in enumerate(lines):
        pdf.drawString(40, 800 - 14 * number, line)
    pdf.showPage()
    pdf.save()
    report = analyze_document(path, catalogue)
    notices = [f.value for f in report.findings if f.criterion == "costs.renewal_notice"]
    assert notices == [90]


def test_a_layout_table_with_a_sentence_in_a_cell_keeps_its_rows() -> None:
    from slaeval.analysis.reading_pdf import ROW_MARK, table_rows

    layout = [
        "Severity            Business impact" + " " * 60 + "Response time       Fix target",
        "Severity 1          The platform is down for all users, or more than half of them"
        + " " * 20
        + "30 minutes          4 hours",
        "Severity 2          A site or a group of five users is affected"
        + " " * 38
        + "1 business hour     8 business hours",
    ]
    rows = table_rows(layout)
    assert [row.split(ROW_MARK) for row in rows] == [
        ["Severity", "Business impact", "Response time", "Fix target"],
        [
            "Severity 1",
            "The platform is down for all users, or more than half of them",
            "30 minutes",
            "4 hours",
        ],
        ["Severity 2", "A site or a group of five users is affected", "1 business hour",
         "8 business hours"],
    ]  # fmt: skip
    # prose, with its single spaces, is no table
    prose = [
        "The service desk is staffed during Business Hours, that is Monday to Friday from 08:00",
        "to 18:00 Irish time, excluding public holidays, through the telephone line or the portal",
    ]
    assert table_rows(prose) == prose


def test_prose_on_a_page_with_wide_layout_lines_is_joined_into_sentences() -> None:
    from slaeval.analysis.reading_pdf import paragraph_blocks

    lines = [
        "Level   " + " " * 30 + "Contact" + " " * 60 + "Triggered when" + " " * 40 + "!",
        "For the avoidance of doubt, the resolution targets for Severity 3 and Severity 4 are",
        "targets and not guarantees, and no Service Credit applies to them. The response times",
        "for all severities are committed service levels.",
    ]
    texts = [b.text for b in paragraph_blocks(lines, "p. 5")]
    assert texts[1] == (
        "For the avoidance of doubt, the resolution targets for Severity 3 and Severity 4 are "
        "targets and not guarantees, and no Service Credit applies to them. The response times "
        "for all severities are committed service levels."
    )


def test_a_table_of_one_row_under_its_heading_row_is_read_as_a_table(
    tmp_path: Path, catalogue: Catalogue
) -> None:
    """Only the heading row and one row fit at the foot of a page, one of its cells longer
    than the others (a definition): still a table, the row under its headings."""
    from slaeval.sample_contracts.build_documents import Part, build_pdf

    rows = [
        ["Niveau", "Définition", "Prise en charge", "Rétablissement"],
        ["Niveau 1", "Le site entier ou sa messagerie est arrêté", "15 minutes", "4 heures"],
    ]
    parts = [
        Part("title", "Niveaux de service"),
        Part("paragraph", "Chaque incident reçoit un niveau selon la grille ci-dessous."),
        Part("table", rows=rows),
        Part("paragraph", "Les délais courent à toute heure, jour et nuit."),
    ]
    path = tmp_path / "one-row.pdf"
    build_pdf(parts, path, "Acme")
    table = [b.text for b in read_document(path).blocks if b.table_row]
    assert table == [
        "Niveau : Niveau 1 | Définition : Le site entier ou sa messagerie est arrêté | "
        "Prise en charge : 15 minutes | Rétablissement : 4 heures"
    ]
    report = analyze_document(path, catalogue)
    times = {f.criterion: f.value for f in report.answers() if f.criterion.startswith("support.p")}
    assert times.get("support.p1_response") == 15 and times.get("support.p1_restoration") == 240


def test_prose_lines_between_short_ones_do_not_make_a_table_hint() -> None:
    from slaeval.analysis.reading_pdf import _may_hold_a_table

    heading_then_prose = [
        "Article 4",
        "Niveaux",
        "Le Prestataire prend en charge chaque incident signalé par le Client dans les délais",
        "Délais",
        "Astreinte",
        "Pénalités",
        "Annexe 2",
    ]
    assert not _may_hold_a_table(heading_then_prose)
    # a longer cell (a definition) neither counts nor breaks the run of short ones
    long_cell = "Arrêt complet du site principal et de sa messagerie"
    assert _may_hold_a_table(["Niveau", "Définition", "Délai", "GTR", "Niveau 1", long_cell, "1 h"])
    # a cell that ends a sentence breaks it
    sentence = "Un seul poste est touché."
    assert not _may_hold_a_table(["Niveau", "Définition", "Délai", sentence, "2 h", "4 h", "8 h"])

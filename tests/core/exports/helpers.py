"""Reading the exports back: PDF text per page (pypdf), text positions, pages as PNG, and
projects built for the edge cases."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from pypdf import PdfReader

from slaeval.demo import demo_project
from slaeval.offers import Offer
from slaeval.project import Project

LONG_NAMES = [
    "Société Nationale d'Infogérance et de Services Numériques Associés (Groupe Alpha)",
    "Compagnie Européenne de Maintenance Informatique pour Petites et Moyennes Entreprises",
    "InfogéranceServicesNumériquesAssociésSansAucunEspaceDansLeNom",
    "Bureau Régional des Solutions Informatiques Externalisées de Bourgogne-Franche-Comté",
    "Prestataire Numéro Cinq — Support, Supervision, Sauvegarde et Sécurité",
    "Groupement d'Intérêt Économique des Techniciens Informatiques Indépendants",
    "Managed Services Provider With A Remarkably Long Trading Name Limited",
    'Sixième Sens Informatique & Associés <Infogérance> "Premium"',
]


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def text_right_edges(data: bytes, page_index: int) -> tuple[float, list[tuple[str, float]]]:
    """The page width and, for every text run on the page, where its right edge falls."""
    from reportlab.pdfbase import pdfmetrics

    from slaeval.exports.styles import BOLD, FONT, register_fonts

    register_fonts()
    page = reader(data).pages[page_index]
    runs: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        line = text.strip("\n")
        x = cm[4] + tm[4]
        if not line.strip() or x == 0:
            return
        bold = "Bold" in str(font)
        runs.append((line, x + pdfmetrics.stringWidth(line, BOLD if bold else FONT, size)))

    page.extract_text(visitor_text=visit)
    return float(page.mediabox.width), runs


def render_pngs(data: bytes, folder: Path, dpi: int = 20) -> list[Path]:
    """Every page rasterised by poppler; raises if poppler cannot read the file."""
    pdf = folder / "doc.pdf"
    pdf.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "page")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return sorted(folder.glob("page-*.png"))


def with_offers(offers: tuple[Offer, ...] | list[Offer]) -> Project:
    return demo_project().model_copy(update={"offers": tuple(offers)})


def renamed(offer: Offer, name: str, offer_id: str) -> Offer:
    return offer.model_copy(update={"name": name, "id": offer_id})


def demo_offer(offer_id: str) -> Offer:
    return next(o for o in demo_project().offers if o.id == offer_id)


def eight_long_offers() -> Project:
    base = demo_project().offers
    offers = [renamed(base[i % len(base)], name, f"long{i}") for i, name in enumerate(LONG_NAMES)]
    return with_offers(offers)


def raw_pages(data: bytes) -> list[str]:
    """Page texts from poppler's ``pdftotext -raw``: a table row reads as one line."""
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"],
        input=data,
        check=True,
        capture_output=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8").split("\f")[:-1]


def page_with(pages: list[str], line: str) -> str:
    """The first page that has ``line`` as a whole line (a title, say)."""
    return next(p for p in pages if line in p.splitlines())


def norm(text: str) -> str:
    """Text extractors turn no-break and narrow no-break spaces into plain ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def pdf_fonts(data: bytes) -> list[dict[str, str]]:
    """Every font poppler's ``pdffonts`` lists: name, type, and whether it is embedded,
    subset and mapped to Unicode ("yes"/"no")."""
    done = subprocess.run(
        ["pdffonts", "-"], input=data, check=True, capture_output=True, timeout=60
    )
    lines = done.stdout.decode("utf-8").splitlines()[2:]  # past the header and its rule
    fonts = []
    for line in lines:
        # name, type words..., encoding, emb, sub, uni, object, generation
        words = line.split()
        fonts.append(
            {
                "name": words[0],
                "type": " ".join(words[1:-6]),
                "emb": words[-5],
                "sub": words[-4],
                "uni": words[-3],
            }
        )
    return fonts

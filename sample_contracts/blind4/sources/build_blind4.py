"""Build the fourth blind set's DOCX and PDF documents from their text sources.

The set (``sample_contracts/blind4``) is held back for the final, honest figure: its documents
and golden files were written blind (without reading the rules, the analysis code or the text
of the other samples) and committed before the analysis ever ran on them; nobody tunes the
rules on it. The sources use the markup of ``sample_contracts/build_documents.py`` (``# title``,
``## heading``, ``- bullet``, ``| table | row |`` with the column headings first, one paragraph
a line) and go through the same writers. The generated files are committed; tests read them
and never rebuild them.

    python sample_contracts/blind4/sources/build_blind4.py
"""

from __future__ import annotations

from pathlib import Path

from slaeval.sample_contracts.build_documents import build_set

SOURCES = Path(__file__).resolve().parent
BLIND4 = SOURCES.parent
# name -> (source file, output format, running footer)
BUILDS = {
    "kingfisher": (
        "kingfisher.txt",
        "docx",
        "Kingfisher Technology Services — Appendix B (Service Level Agreement)",
    ),
    "garonne": (
        "garonne.txt",
        "pdf",
        "Garonne Numérique — CCP infogérance et hébergement, offre du 16 février 2026",
    ),
}


def main() -> None:
    build_set(SOURCES, BLIND4, BUILDS)


if __name__ == "__main__":
    main()

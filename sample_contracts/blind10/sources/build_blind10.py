"""Build the tenth blind set's DOCX and PDF documents from their text sources.

The tenth blind set (``sample_contracts/blind10``) is held back for the final, honest figure:
its documents and golden files were written without reading the rules, the analysis code or
the text of the other samples, before the analysis ever ran on them, and no one tunes the rules
on it. The sources use the markup of ``sample_contracts/build_documents.py`` (``# title``,
``## heading``, ``- bullet``, ``| table | row |`` with the column headings first, one paragraph
a line) and are turned into DOCX and PDF by the same writers. The generated files are
committed; tests read them and never rebuild them. The set's Markdown and text documents are
written by hand and need no build.

    python sample_contracts/blind10/sources/build_blind10.py
"""

from __future__ import annotations

from pathlib import Path

from slaeval.sample_contracts.build_documents import build_set

SOURCES = Path(__file__).resolve().parent
BLIND10 = SOURCES.parent
# name -> (source file, output format, running footer)
BUILDS = {
    "estuaire": (
        "estuaire.txt",
        "pdf",
        "Estuaire Systèmes — Contrat d'infogérance EST-INF-2026-112",
    ),
    "polderwerk": (
        "polderwerk.txt",
        "docx",
        "Polderwerk IT B.V. — Managed Workplace Services Agreement PW-MWS-2026-0387",
    ),
}


def main() -> None:
    build_set(SOURCES, BLIND10, BUILDS)


if __name__ == "__main__":
    main()

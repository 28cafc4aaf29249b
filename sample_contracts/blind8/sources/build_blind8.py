"""Build the eighth blind set's DOCX and PDF documents from their text sources.

The eighth blind set (``sample_contracts/blind8``) is held back for the final, honest figure:
its documents and golden files were written without reading the rules, the analysis code or
the text of any other sample, before the analysis ever ran on them, and no one tunes the rules
on it. The sources use the markup of ``sample_contracts/build_documents.py`` (``# title``,
``## heading``, ``- bullet``, ``| table | row |`` with the column headings first, one paragraph
a line) and are turned into DOCX and PDF by the same writers. The generated files are
committed; tests read them and never rebuild them. The set's Markdown and text documents are
written by hand and need no build.

    python sample_contracts/blind8/sources/build_blind8.py
"""

from __future__ import annotations

from pathlib import Path

from slaeval.sample_contracts.build_documents import build_set

SOURCES = Path(__file__).resolve().parent
BLIND8 = SOURCES.parent
# name -> (source file, output format, running footer)
BUILDS = {
    "lavandin": (
        "lavandin.txt",
        "pdf",
        "Lavandin Informatique — Contrat de maintenance LAV-2026-114",
    ),
    "ardoisiere": (
        "ardoisiere.txt",
        "docx",
        "Ardoisière Infogérance — Conditions particulières CP-2026-0388",
    ),
}


def main() -> None:
    build_set(SOURCES, BLIND8, BUILDS)


if __name__ == "__main__":
    main()

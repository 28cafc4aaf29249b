"""Build the eleventh blind set's DOCX and PDF documents from their text sources.

The eleventh blind set (``sample_contracts/blind11``) is held back for the final, honest figure:
its documents and golden files were written without reading the rules, the analysis code or
the text of the other samples, before the analysis ever ran on them, and no one tunes the
rules on it. The sources use the markup of ``sample_contracts/build_documents.py``
(``# title``, ``## heading``, ``- bullet``, ``| table | row |`` with the column headings first,
one paragraph a line) and are turned into DOCX and PDF by the same writers. The generated files
are committed; tests read them and never rebuild them. The set's Markdown and text documents
are written by hand and need no build.

    python sample_contracts/blind11/sources/build_blind11.py
"""

from __future__ import annotations

from pathlib import Path

from slaeval.sample_contracts.build_documents import build_set

SOURCES = Path(__file__).resolve().parent
BLIND11 = SOURCES.parent
# name -> (source file, output format, running footer)
BUILDS = {
    "hesbaye": (
        "hesbaye.txt",
        "pdf",
        "Hesbaye Informatique SRL — Contrat-cadre HI-2026-112",
    ),
    "cormoran": (
        "cormoran.txt",
        "docx",
        "Cormoran Cloud SAS — Conditions particulières CP-SAV-2026-058",
    ),
}


def main() -> None:
    build_set(SOURCES, BLIND11, BUILDS)


if __name__ == "__main__":
    main()

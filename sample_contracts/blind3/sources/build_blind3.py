"""Build the third blind set's DOCX and PDF documents from their text sources.

The third blind set (``sample_contracts/blind3``) is held back for the final, honest figure:
its documents and golden files were written without reading the rules, the analysis code or
the text of the earlier samples, before the analysis ever ran on them, and no one tunes the
rules on it. The sources use the markup of ``sample_contracts/build_documents.py``
(``# title``, ``## heading``, ``- bullet``, ``| table | row |`` with the column headings first,
one paragraph a line) and are turned into DOCX and PDF by the same writers. The generated files
are committed; tests read them and never rebuild them. The set's Markdown and text documents
are written by hand and need no build.

    python sample_contracts/blind3/sources/build_blind3.py
"""

from __future__ import annotations

from pathlib import Path

from slaeval.sample_contracts.build_documents import build_set

SOURCES = Path(__file__).resolve().parent
BLIND3 = SOURCES.parent
# name -> (source file, output format, running footer)
BUILDS = {
    "opaline": (
        "opaline.txt",
        "docx",
        "Opaline Services Informatiques — Contrat de services managés OPA-2026-017",
    ),
    "belvedere": (
        "belvedere.txt",
        "pdf",
        "Belvédère Informatique — Proposition PC-2026-041",
    ),
}


def main() -> None:
    build_set(SOURCES, BLIND3, BUILDS)


if __name__ == "__main__":
    main()

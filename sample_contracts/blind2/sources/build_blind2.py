"""Build the second blind set's DOCX and PDF documents from their text sources.

The second blind set (``sample_contracts/blind2``) is held back for the final, honest figure:
its documents and golden files were written without reading the rules, the analysis code or
the text of the earlier samples, before the analysis ever ran on them, and no one tunes the
rules on it. The sources use the markup of ``sample_contracts/build_documents.py``
(``# title``, ``## heading``, ``- bullet``, ``| table | row |`` with the column headings first,
one paragraph a line) and are turned into DOCX and PDF by the same writers. The generated files
are committed; tests read them and never rebuild them.

    python sample_contracts/blind2/sources/build_blind2.py
"""

from __future__ import annotations

from pathlib import Path

from slaeval.sample_contracts.build_documents import build_set

SOURCES = Path(__file__).resolve().parent
BLIND2 = SOURCES.parent
# name -> (source file, output format, running footer)
BUILDS = {
    "tidewater": (
        "tidewater.txt",
        "docx",
        "Tidewater Managed Services — Schedule 2 (Service Level Agreement)",
    ),
    "sentinelle": (
        "sentinelle.txt",
        "pdf",
        "Sentinelle Infogérance — Plan d'assurance sécurité, annexe 4",
    ),
}


def main() -> None:
    build_set(SOURCES, BLIND2, BUILDS)


if __name__ == "__main__":
    main()

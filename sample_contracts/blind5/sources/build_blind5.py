"""Build the fifth blind set's DOCX and PDF documents from their text sources.

The set (``sample_contracts/blind5``) is held back for the final, honest figure: its documents
and golden files were written blind (without reading the rules, the analysis code or the text
of the other samples) and committed before the analysis ever ran on them; nobody tunes the
rules on it. The sources use the markup of ``sample_contracts/build_documents.py`` (``# title``,
``## heading``, ``- bullet``, ``| table | row |`` with the column headings first, one paragraph
a line) and go through the same writers. The generated files are committed; tests read them
and never rebuild them. The set's Markdown and text documents are written by hand.

    python sample_contracts/blind5/sources/build_blind5.py
"""

from __future__ import annotations

from pathlib import Path

from slaeval.sample_contracts.build_documents import build_set

SOURCES = Path(__file__).resolve().parent
BLIND5 = SOURCES.parent
# name -> (source file, output format, running footer)
BUILDS = {
    "vauban": (
        "vauban.txt",
        "pdf",
        "Vauban Cloud & Services — PAQ HEB-2025-114, version 3.0 (extraits)",
    ),
    "cirrusdale": (
        "cirrusdale.txt",
        "docx",
        "Cirrusdale Europe B.V. — Managed Cloud Service Description and SLA, version 2026.1",
    ),
}


def main() -> None:
    build_set(SOURCES, BLIND5, BUILDS)


if __name__ == "__main__":
    main()

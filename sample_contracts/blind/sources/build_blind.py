"""Build the blind set's DOCX document from its text source.

The blind set (``sample_contracts/blind``) holds documents written after the rules were tuned on
``documents`` and ``held_out``, with golden files written before the analysis ever ran on them.
The source uses the markup of ``sample_contracts/build_documents.py`` (``# title``,
``## heading``, ``| table | row |``, one paragraph a line) and is turned into DOCX by the same
writer. The generated file is committed; tests read it and never rebuild it.

    python sample_contracts/blind/sources/build_blind.py
"""

from __future__ import annotations

from pathlib import Path

from slaeval.sample_contracts.build_documents import build_docx, parse

SOURCES = Path(__file__).resolve().parent
BLIND = SOURCES.parent
# name -> (source file, running footer)
BUILDS = {
    "altitude": ("altitude.txt", "Altitude Services Numériques — Annexe 2 : niveaux de service"),
}


def main() -> None:
    for name, (source, footer) in BUILDS.items():
        parts = parse((SOURCES / source).read_text(encoding="utf-8"))
        target = BLIND / f"{name}.docx"
        build_docx(parts, target, footer)
        print(f"wrote {target.relative_to(BLIND.parent)}")


if __name__ == "__main__":
    main()

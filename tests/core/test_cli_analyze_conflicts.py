"""``slaeval analyze``: the contradictions section follows the language's typography."""

from __future__ import annotations

from pathlib import Path

import pytest

from slaeval.cli.main import main

TWO_P1_TIMES = (
    "Incidents P1 : GTI de 1 heure.\n\nAnnexe : pour les incidents P1, la GTI est de 4 heures.\n"
)


def _conflict_lines(path: Path, lang: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["analyze", str(path), "--lang", lang]) == 0
    lines = capsys.readouterr().out.splitlines()
    heading = lines.index("Contradictions :" if lang == "fr" else "Contradictions:")
    return [line for line in lines[heading + 1 :] if line.startswith("  support.p1_response")]


@pytest.mark.parametrize(
    ("lang", "separator"), [("fr", "support.p1_response : "), ("en", "support.p1_response: ")]
)
def test_a_contradiction_is_criterion_colon_values_in_each_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, separator: str
) -> None:
    document = tmp_path / "sla.txt"
    document.write_text(TWO_P1_TIMES, encoding="utf-8")
    [line] = _conflict_lines(document, lang, capsys)
    assert line.startswith(f"  {separator}"), line
    assert "(§ 1)" in line and "(§ 2)" in line

"""``slaeval analyze``: the JSON object and the readable table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slaeval.cli.main import main

UNITS = {"minutes", "percent", "days", "months", "eur", "bool", "text"}


def _json(path: Path, capsys: pytest.CaptureFixture[str], lang: str = "en") -> dict[str, object]:
    assert main(["analyze", str(path), "--json", "--lang", lang]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_json_has_the_issue_fields(documents: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(documents / "econet.pdf", capsys)
    assert set(data) == {"findings", "missing", "conflicts", "warnings"}
    findings = data["findings"]
    assert isinstance(findings, list) and findings
    for finding in findings:
        assert {"criterion", "value", "unit", "evidence", "location", "confidence"} <= set(finding)
        assert finding["unit"] in UNITS
        assert 0 <= finding["confidence"] <= 1
        assert finding["evidence"] and finding["location"]
    p1 = next(f for f in findings if f["criterion"] == "support.p1_response")
    assert (p1["value"], p1["unit"], p1["clock"]) == (240, "minutes", "business")
    assert "4 heures ouvrées" in p1["evidence"]
    notice = next(f for f in findings if f["criterion"] == "costs.renewal_notice")
    assert (notice["value"], notice["unit"]) == (180, "days")
    assert "reversibility.any_cause" in data["missing"]
    assert any("business hours" in w for w in data["warnings"])  # type: ignore[union-attr]


def test_json_labels_and_warnings_follow_the_language(
    documents: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fr = _json(documents / "nordlys.pdf", capsys, "fr")
    en = _json(documents / "nordlys.pdf", capsys, "en")
    assert fr["findings"] != en["findings"]
    assert [f["value"] for f in fr["findings"]] == [f["value"] for f in en["findings"]]  # type: ignore[index, union-attr]
    assert any("objectifs" in w for w in fr["warnings"])  # type: ignore[union-attr]
    assert any("targets" in w for w in en["warnings"])  # type: ignore[union-attr]


def test_table_says_not_found_in_the_document(
    documents: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(documents / "atlas.md"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Not found in the document:" in out
    assert "absent" not in out.lower()
    assert "[backup.restore_tests]" in out.split("Not found in the document:")[1]
    assert main(["analyze", str(documents / "atlas.md"), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Non trouvé dans le document :" in out
    assert "Trouvé dans le document :" in out


def test_table_shows_values_in_readable_units(
    documents: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(documents / "econet.pdf"), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "= 4\xa0h ouvrées" in out
    assert "= 99,5" in out
    assert "p. 2" in out
    assert "\x7f" not in out  # the PDF's bullet glyph is not quoted
    assert "= lun.-ven. 9\u00a0h-18\u00a0h" in out


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "-1", "0", "0.0", "1e400", "abc"])
def test_time_limit_must_be_a_positive_number_of_seconds(
    documents: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    document = str(documents / "helix.txt")
    for lang, words in (("en", "takes a number of seconds above zero"), ("fr", "supérieur à zéro")):
        assert main(["analyze", document, f"--time-limit={value}", "--lang", lang]) == 2
        captured = capsys.readouterr()
        lines = captured.err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("slaeval: --time-limit"), captured.err
        assert words in lines[0] and value in lines[0]
        assert captured.out == ""


def test_a_positive_time_limit_is_accepted(
    documents: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(documents / "helix.txt"), "--time-limit=2.5", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"]

"""The second blind set (sample_contracts/blind2): held back for the final, honest figure.

Its documents and golden files were written without reading the rules, the analysis code or the
text of the earlier samples, and committed before the analysis first ran on them; nobody tunes
the rules on it. These tests only check that the golden files are well formed against the
catalogue (criterion ids, kinds, units, clocks, choice ids, locations) and that the built
documents match their sources. They run no analysis and demand no score.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, get_args

import docx
import pypdfium2 as pdfium
import pytest

from slaeval.analysis.evaluate_golden import golden_files
from slaeval.analysis.model import FindingKind, FindingUnit
from slaeval.criteria import Catalogue, Criterion
from slaeval.data_paths import samples_dir
from slaeval.offers import Clock

BLIND2 = samples_dir() / "blind2"
SOURCES = BLIND2 / "sources"
GOLDENS = golden_files(BLIND2)
# The format checks hold for the first blind set too (test_blind.py keeps its own set checks).
WELL_FORMED = GOLDENS + golden_files(samples_dir() / "blind")

# The unit a finding of each kind other than "answer" is given in.
KIND_UNITS = {
    "credit_tier": "percent",
    "credit_cap": "percent",
    "support_window": "text",
    "renewal_period": "months",
    "monthly_fee": "eur",
    "setup_fee": "eur",
    "exit_fee": "eur",
    "cap_amount": "eur",
}
# The unit of an answer, from the criterion's kind (and the unit of a plain number).
ANSWER_UNITS = {
    "choice": "text",
    "yesno": "bool",
    "duration": "minutes",
    "percentage": "percent",
    "money": "eur",
}
NUMBER_UNITS = {"days": "days", "months": "months", "months_of_fees": "months"}
LOCATION = re.compile(r"(p\. \d+|§ \d+|tab\. \d+, l\. \d+)")


def _load(golden: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(golden.read_text(encoding="utf-8"))
    return data


def _answer_unit(criterion: Criterion) -> str | None:
    if criterion.kind == "number":
        return NUMBER_UNITS.get(str(criterion.unit))
    return ANSWER_UNITS.get(criterion.kind)


def test_the_set_has_four_documents_of_its_own_in_every_format() -> None:
    names = [_load(g)["document"] for g in GOLDENS]
    assert len(names) >= 4
    for name in names:
        assert (BLIND2 / name).is_file() and (BLIND2 / name).stat().st_size > 0, name
    assert {Path(n).suffix for n in names} >= {".docx", ".pdf"}
    assert {Path(n).suffix for n in names} & {".txt", ".md"}
    earlier = {
        _load(g)["document"]
        for sub in ("documents", "held_out", "blind")
        for g in golden_files(samples_dir() / sub)
    }
    stems = {Path(n).stem for n in names}
    assert not stems & {Path(n).stem for n in earlier}


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name.split(".")[0])
def test_golden_says_it_was_written_blind_in_round_blind2(golden: Path) -> None:
    data = _load(golden)
    assert data["round"] == "blind2"
    assert "written blind" in data["note"]
    assert golden.name == f"{Path(data['document']).stem}.expected.json"
    assert data["conflicts"] == 0


@pytest.mark.parametrize("golden", WELL_FORMED, ids=lambda p: p.name.split(".")[0])
def test_golden_findings_exist_in_the_catalogue_with_their_units(
    golden: Path, catalogue: Catalogue
) -> None:
    data = _load(golden)
    assert data["findings"]
    for item in data["findings"]:
        assert item["criterion"] in catalogue.by_id, item
        criterion = catalogue.by_id[item["criterion"]]
        assert item["kind"] in get_args(FindingKind), item
        assert item["unit"] in get_args(FindingUnit), item
        assert item.get("clock") in (None, *get_args(Clock)), item
        if item["kind"] != "answer":
            assert item["unit"] == KIND_UNITS[item["kind"]], item
            assert not isinstance(item["value"], bool), item
            continue
        assert item["unit"] == _answer_unit(criterion), item
        if criterion.kind == "choice":
            assert criterion.choice(item["value"]) is not None, item
        elif criterion.kind == "yesno":
            assert isinstance(item["value"], bool), item
        else:
            assert isinstance(item["value"], int | float) and not isinstance(item["value"], bool)
            assert item["value"] > 0, item


@pytest.mark.parametrize("golden", WELL_FORMED, ids=lambda p: p.name.split(".")[0])
def test_golden_tiers_locations_and_missing_ids_are_well_formed(
    golden: Path, catalogue: Catalogue
) -> None:
    data = _load(golden)
    pdf = data["document"].endswith(".pdf")
    for item in data["findings"]:
        assert (item["kind"] == "credit_tier") == (item.get("threshold") is not None), item
        if item["kind"] == "credit_tier":
            assert 0 < item["threshold"] <= 100, item
        assert LOCATION.fullmatch(item["location"]), item
        assert item["location"].startswith("p. ") == pdf, item
        if item["unit"] == "minutes":
            assert item.get("clock") is not None, item
    keys = [(i["criterion"], i["kind"], str(i["value"])) for i in data["findings"]]
    assert len(keys) == len(set(keys)), "a finding is listed twice"
    found = {item["criterion"] for item in data["findings"]}
    assert data["missing_includes"]
    for criterion_id in data["missing_includes"]:
        assert criterion_id in catalogue.by_id
        assert criterion_id not in found, criterion_id


def _headings(source: Path) -> list[str]:
    lines = source.read_text(encoding="utf-8").splitlines()
    return [line.lstrip("#").strip() for line in lines if line.startswith("#")]


def test_built_documents_hold_the_text_of_their_sources() -> None:
    sources = sorted(SOURCES.glob("*.txt"))
    assert sources
    for source in sources:
        built = [p for p in BLIND2.glob(f"{source.stem}.*") if p.suffix in (".docx", ".pdf")]
        assert len(built) == 1, source.name
        if built[0].suffix == ".docx":
            document = docx.Document(str(built[0]))
            text = "\n".join(p.text for p in document.paragraphs)
            text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
        else:
            pdf = pdfium.PdfDocument(str(built[0]))
            text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
        for heading in _headings(source):
            assert heading in text, (source.name, heading)

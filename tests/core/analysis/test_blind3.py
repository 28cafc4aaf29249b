"""The third blind set (sample_contracts/blind3): held back for the final, honest figure.

Its documents and golden files were written without reading the rules, the analysis code or the
text of the earlier samples, and committed before the analysis first ran on them; nobody tunes
the rules on it. These tests only check that the golden files are well formed against the
catalogue (criterion ids, kinds, units, clocks, choice ids, thresholds, locations) and that the
built documents match their sources. They run no analysis and demand no score.
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

BLIND3 = samples_dir() / "blind3"
SOURCES = BLIND3 / "sources"
GOLDENS = golden_files(BLIND3)

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
WINDOW = re.compile(r"Mon-(Fri|Sat|Sun) \d\d:\d\d-\d\d:\d\d")


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
        assert (BLIND3 / name).is_file() and (BLIND3 / name).stat().st_size > 0, name
    suffixes = {Path(n).suffix for n in names}
    assert suffixes >= {".docx", ".pdf"} and suffixes & {".txt", ".md"}
    others = [
        folder
        for folder in samples_dir().iterdir()
        if folder.is_dir() and folder != BLIND3 and folder.name != "sources"
    ]
    # Golden files are named after their document: the names are enough, other sets unread.
    earlier = {g.name.split(".")[0] for f in others for g in golden_files(f)}
    assert earlier, "the earlier sets were not found"
    assert not {Path(n).stem for n in names} & earlier


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name.split(".")[0])
def test_golden_says_it_was_written_blind_in_round_blind3(golden: Path) -> None:
    data = _load(golden)
    assert data["round"] == "blind3"
    assert "written blind" in data["note"]
    assert golden.name == f"{Path(data['document']).stem}.expected.json"
    assert data["conflicts"] == 0


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name.split(".")[0])
def test_golden_findings_exist_in_the_catalogue_with_their_units(
    golden: Path, catalogue: Catalogue
) -> None:
    data = _load(golden)
    assert 25 <= len(data["findings"]) <= 50
    for item in data["findings"]:
        assert item["criterion"] in catalogue.by_id, item
        criterion = catalogue.by_id[item["criterion"]]
        assert item["kind"] in get_args(FindingKind), item
        assert item["unit"] in get_args(FindingUnit), item
        assert item.get("clock") in (None, *get_args(Clock)), item
        if item["kind"] != "answer":
            assert item["unit"] == KIND_UNITS[item["kind"]], item
            assert not isinstance(item["value"], bool), item
            if item["kind"] == "support_window":
                assert WINDOW.fullmatch(item["value"]), item
            continue
        assert item["unit"] == _answer_unit(criterion), item
        if criterion.kind == "choice":
            assert criterion.choice(item["value"]) is not None, item
        elif criterion.kind == "yesno":
            assert isinstance(item["value"], bool), item
        else:
            assert isinstance(item["value"], int | float) and not isinstance(item["value"], bool)
            assert item["value"] > 0, item


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name.split(".")[0])
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


def _built_text(built: Path) -> str:
    if built.suffix == ".docx":
        document = docx.Document(str(built))
        text = "\n".join(p.text for p in document.paragraphs)
        return text + "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    pdf = pdfium.PdfDocument(str(built))
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


def test_built_documents_hold_the_text_of_their_sources() -> None:
    sources = sorted(SOURCES.glob("*.txt"))
    assert {s.stem for s in sources} == {"opaline", "belvedere"}
    for source in sources:
        built = [p for p in BLIND3.glob(f"{source.stem}.*") if p.suffix in (".docx", ".pdf")]
        assert len(built) == 1, source.name
        text = _built_text(built[0])
        headings = _headings(source)
        assert headings, source.name
        for heading in headings:
            assert heading in text, (source.name, heading)


def test_the_word_document_keeps_its_priority_grid_as_a_real_table() -> None:
    document = docx.Document(str(BLIND3 / "opaline.docx"))
    assert len(document.tables) == 1
    rows = [[c.text for c in r.cells] for r in document.tables[0].rows]
    assert [row[0].split(" –")[0] for row in rows[1:]] == [f"Criticité {n}" for n in range(1, 5)]

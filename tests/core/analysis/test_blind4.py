"""The fourth blind set (sample_contracts/blind4): held back for the final, honest figure.

Its documents and golden files were written blind, as the second set's were: without reading the
rules, the analysis code or the text of the other samples, and committed before the analysis
ever ran on them; nobody tunes the rules on it. These tests only check that the golden files are
well formed against the catalogue (criterion ids, kinds, units, clocks, choice ids, locations
inside their document) and that the built documents hold their sources. They run no analysis
and demand no score.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, get_args

import docx
import pypdfium2 as pdfium
import pytest

from slaeval.analysis.evaluate_golden import golden_files, key_of
from slaeval.analysis.model import FindingKind, FindingUnit
from slaeval.criteria import Catalogue
from slaeval.data_paths import samples_dir
from slaeval.offers import Clock
from slaeval.sample_contracts.build_documents import parse
from tests.core.analysis.test_blind2 import ANSWER_UNITS, KIND_UNITS, LOCATION, NUMBER_UNITS

BLIND4 = samples_dir() / "blind4"
SOURCES = BLIND4 / "sources"
GOLDENS = golden_files(BLIND4)
TABLE_ROW = re.compile(r"tab\. (\d+), l\. (\d+)")


def _load(golden: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(golden.read_text(encoding="utf-8"))
    return data


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_set_has_four_documents_of_its_own_in_every_format() -> None:
    names = [_load(g)["document"] for g in GOLDENS]
    assert len(names) >= 4
    for name in names:
        assert (BLIND4 / name).is_file() and (BLIND4 / name).stat().st_size > 0, name
    assert {Path(n).suffix for n in names} >= {".docx", ".pdf", ".txt", ".md"}
    others = {
        Path(_load(g)["document"]).stem
        for folder in samples_dir().iterdir()
        if folder.is_dir() and folder != BLIND4
        for g in golden_files(folder)
    }
    assert others, "the other sample sets were not found"
    assert not {Path(n).stem for n in names} & others


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name.split(".")[0])
def test_golden_says_it_was_written_blind_in_round_blind4(golden: Path) -> None:
    data = _load(golden)
    assert data["round"] == "blind4"
    assert "written blind" in data["note"]
    assert golden.name == f"{Path(data['document']).stem}.expected.json"
    assert data["conflicts"] == 0


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name.split(".")[0])
def test_golden_findings_exist_in_the_catalogue_with_their_units(
    golden: Path, catalogue: Catalogue
) -> None:
    findings = _load(golden)["findings"]
    assert 25 <= len(findings) <= 50
    for item in findings:
        criterion = catalogue.by_id[item["criterion"]]
        assert item["kind"] in get_args(FindingKind), item
        assert item["unit"] in get_args(FindingUnit), item
        assert item.get("clock") in (None, *get_args(Clock)), item
        assert (item["unit"] == "minutes") <= (item.get("clock") is not None), item
        assert (item["kind"] == "credit_tier") == (item.get("threshold") is not None), item
        if item["kind"] != "answer":
            assert item["unit"] == KIND_UNITS[item["kind"]], item
            assert not isinstance(item["value"], bool), item
        elif criterion.kind == "number":
            assert item["unit"] == NUMBER_UNITS[str(criterion.unit)], item
        else:
            assert item["unit"] == ANSWER_UNITS[criterion.kind], item
        if criterion.kind == "choice" and item["kind"] == "answer":
            assert criterion.choice(item["value"]) is not None, item
        elif criterion.kind == "yesno":
            assert isinstance(item["value"], bool), item
        elif item["unit"] not in ("text", "bool"):
            assert isinstance(item["value"], int | float) and not isinstance(item["value"], bool)
            assert item["value"] > 0, item
        if item["kind"] == "credit_tier":
            assert 0 < item["threshold"] <= 100, item


def _extent(document: Path) -> tuple[int, list[int]]:
    """How many pages (PDF) or paragraphs the document has, and the rows of each table."""
    if document.suffix == ".pdf":
        return len(pdfium.PdfDocument(str(document))), []
    if document.suffix == ".docx":
        word = docx.Document(str(document))
        return len(word.paragraphs), [len(table.rows) for table in word.tables]
    lines = document.read_text(encoding="utf-8").splitlines()
    return sum(1 for line in lines if line.strip()), []


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name.split(".")[0])
def test_golden_locations_point_inside_their_document(golden: Path) -> None:
    data = _load(golden)
    document = BLIND4 / data["document"]
    extent, tables = _extent(document)
    for item in data["findings"]:
        location = item["location"]
        assert LOCATION.fullmatch(location), item
        assert location.startswith("p. ") == (document.suffix == ".pdf"), item
        row = TABLE_ROW.fullmatch(location)
        if row:
            table, line = int(row[1]), int(row[2])
            assert table <= len(tables) and 2 <= line <= tables[table - 1], item
        else:
            assert 1 <= int(location.split()[-1]) <= extent, item


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name.split(".")[0])
def test_golden_lists_each_finding_once_and_names_what_is_missing(
    golden: Path, catalogue: Catalogue
) -> None:
    data = _load(golden)
    keys = [key_of(item) for item in data["findings"]]
    assert len(keys) == len(set(keys)), "a finding is listed twice"
    found = {item["criterion"] for item in data["findings"]}
    assert data["missing_includes"]
    for criterion_id in data["missing_includes"]:
        assert criterion_id in catalogue.by_id
        assert criterion_id not in found, criterion_id


def _built_text(built: Path) -> str:
    if built.suffix == ".docx":
        word = docx.Document(str(built))
        cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
        return _flat(" ".join([p.text for p in word.paragraphs] + cells))
    pdf = pdfium.PdfDocument(str(built))
    return _flat(" ".join(page.get_textpage().get_text_range() for page in pdf))


def test_built_documents_hold_the_text_of_their_sources() -> None:
    sources = sorted(SOURCES.glob("*.txt"))
    assert len(sources) == 2
    for source in sources:
        built = [p for p in BLIND4.glob(f"{source.stem}.*") if p.suffix in (".docx", ".pdf")]
        assert len(built) == 1, source.name
        text = _built_text(built[0])
        for part in parse(source.read_text(encoding="utf-8")):
            pieces = [c for row in part.rows for c in row] if part.kind == "table" else [part.text]
            for piece in pieces:
                assert _flat(piece) in text, (source.name, piece)

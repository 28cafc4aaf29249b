"""The blind sets (sample_contracts/blind, blind2 and the later ones in SETS): documents and golden
files written without reading the rules, the analysis code or the text of the other samples, and
committed before the analysis first ran on them. The later ones are held back for the honest
figure. These tests only check that each set is its own and that its golden files are well
formed against the catalogue (criterion ids, kinds, units, clocks, choice ids, thresholds,
locations inside their document) and that the built documents hold their sources. They run no
analysis and demand no score (test_blind.py checks how the script prints the sets).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, get_args

import docx
import pypdfium2 as pdfium
import pytest

from slaeval.analysis.evaluate_golden import GOLDEN_SETS, golden_files, key_of
from slaeval.analysis.model import FindingKind, FindingUnit
from slaeval.criteria import Catalogue, Criterion
from slaeval.data_paths import samples_dir
from slaeval.offers import Clock
from slaeval.sample_contracts.build_documents import parse

# set folder -> the "round" its golden files name (the first set's name none): every blind set
# the evaluation scores
SETS = {
    folder: (None if folder == "blind" else folder)
    for name, folder in GOLDEN_SETS.items()
    if name.startswith("blind")
}
assert len(SETS) == 43  # a new set is added to GOLDEN_SETS, and checked here
GOLDENS = [golden for name in SETS for golden in golden_files(samples_dir() / name)]

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
TABLE_ROW = re.compile(r"tab\. (\d+), l\. (\d+)")
WINDOW = re.compile(r"Mon-(Fri|Sat|Sun) \d\d:\d\d-\d\d:\d\d")


def _load(golden: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(golden.read_text(encoding="utf-8"))
    return data


def _id(golden: Path) -> str:
    return f"{golden.parent.name}/{golden.name.split('.')[0]}"


def _answer_unit(criterion: Criterion) -> str | None:
    if criterion.kind == "number":
        return NUMBER_UNITS.get(str(criterion.unit))
    return ANSWER_UNITS.get(criterion.kind)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", SETS)
def test_each_set_has_four_documents_of_its_own(name: str) -> None:
    folder = samples_dir() / name
    names = [_load(g)["document"] for g in golden_files(folder)]
    assert len(names) >= 4
    for document in names:
        assert (folder / document).is_file() and (folder / document).stat().st_size > 0
    suffixes = {Path(n).suffix for n in names}
    assert ".docx" in suffixes and suffixes & {".txt", ".md"}
    # Golden files are named after their document: the names are enough, other sets unread.
    others = {
        g.name.split(".")[0]
        for other in samples_dir().iterdir()
        if other.is_dir() and other != folder
        for g in golden_files(other)
    }
    assert len(others) >= 20, "the other sample sets were not found"
    assert not {Path(n).stem for n in names} & others


@pytest.mark.parametrize("golden", [g for g in GOLDENS if SETS[g.parent.name]], ids=_id)
def test_golden_says_it_was_written_blind_in_its_round(golden: Path) -> None:
    data = _load(golden)
    assert data["round"] == SETS[golden.parent.name]
    assert "written blind" in data["note"]
    assert golden.name == f"{Path(data['document']).stem}.expected.json"
    assert data["conflicts"] == 0


@pytest.mark.parametrize("golden", GOLDENS, ids=_id)
def test_golden_findings_exist_in_the_catalogue_with_their_units(
    golden: Path, catalogue: Catalogue
) -> None:
    findings = _load(golden)["findings"]
    assert findings
    for item in findings:
        assert item["criterion"] in catalogue.by_id, item
        criterion = catalogue.by_id[item["criterion"]]
        assert item["kind"] in get_args(FindingKind), item
        assert item["unit"] in get_args(FindingUnit), item
        assert item.get("clock") in (None, *get_args(Clock)), item
        # a delay or a period counted in days runs on a clock too (a notice, a retention)
        assert (item["unit"] in ("minutes", "days")) <= (item.get("clock") is not None), item
        assert (item["kind"] == "credit_tier") == (item.get("threshold") is not None), item
        if item["kind"] == "credit_tier":
            assert 0 < item["threshold"] <= 100, item
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


def _extent(document: Path) -> tuple[int, list[int]]:
    """How many pages (PDF) or paragraphs the document has, and the rows of each table."""
    if document.suffix == ".pdf":
        return len(pdfium.PdfDocument(str(document))), []
    if document.suffix == ".docx":
        word = docx.Document(str(document))
        return len(word.paragraphs), [len(table.rows) for table in word.tables]
    lines = document.read_text(encoding="utf-8").splitlines()
    tables: list[int] = []  # Markdown tables: runs of "|" lines, the "|---|" rule not a row
    for before, line in zip(["", *lines], lines, strict=False):
        if line.startswith("|") and not re.fullmatch(r"[|:\- ]+", line):
            if not before.startswith("|"):
                tables.append(0)
            tables[-1] += 1
    return sum(1 for line in lines if line.strip()), tables


@pytest.mark.parametrize("golden", GOLDENS, ids=_id)
def test_golden_locations_point_inside_their_document(golden: Path) -> None:
    data = _load(golden)
    document = golden.parent / data["document"]
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


@pytest.mark.parametrize("golden", GOLDENS, ids=_id)
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


SOURCES = [s for name in SETS for s in sorted((samples_dir() / name / "sources").glob("*.txt"))]


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: f"{s.parent.parent.name}/{s.stem}")
def test_built_documents_hold_every_part_of_their_source(source: Path) -> None:
    folder = source.parent.parent
    built = [p for p in folder.glob(f"{source.stem}.*") if p.suffix in (".docx", ".pdf")]
    assert len(built) == 1, source.name
    text = _built_text(built[0])
    # A PDF paragraph may run over a page, its footer in between: its opening is enough there.
    shown = 60 if built[0].suffix == ".pdf" else None
    parts = parse(source.read_text(encoding="utf-8"))
    assert len(parts) >= 10
    for part in parts:
        pieces = [c for row in part.rows for c in row] if part.kind == "table" else [part.text]
        for piece in pieces:
            assert _flat(piece)[:shown] in text, (source.name, piece)


def test_a_word_priority_grid_stays_a_real_table() -> None:
    document = docx.Document(str(samples_dir() / "blind3" / "opaline.docx"))
    assert len(document.tables) == 1
    rows = [[c.text for c in r.cells] for r in document.tables[0].rows]
    assert [row[0].split(" –")[0] for row in rows[1:]] == [f"Criticité {n}" for n in range(1, 5)]


@pytest.mark.parametrize("name", SETS)
def test_each_build_names_its_source_and_a_built_document(name: str) -> None:
    """``sources/builds.json`` is what ``build_documents.py SET`` reads: every entry names a
    source of the set and a document that is there, as a PDF or a DOCX."""
    folder = samples_dir() / name
    builds = json.loads((folder / "sources" / "builds.json").read_text(encoding="utf-8"))
    assert builds
    for document, build in builds.items():
        assert (folder / "sources" / build["source"]).is_file()
        assert build["format"] in ("pdf", "docx") and build["footer"]
        assert (folder / f"{document}.{build['format']}").is_file()


def test_a_set_is_built_from_its_builds_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from slaeval.sample_contracts import build_documents

    copy = tmp_path / "blind7"
    shutil.copytree(samples_dir() / "blind7" / "sources", copy / "sources")
    monkeypatch.setattr(build_documents, "HERE", tmp_path)
    build_documents.main(["blind7"])
    built = sorted(p.name for p in copy.iterdir() if p.is_file())
    assert built == ["caducee.docx", "quillfeather.pdf"]

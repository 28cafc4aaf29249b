"""Writing exports whole or not at all, and the report, checklist, diagnostic and export
commands: a missing or unwritable folder, an unknown offer, one line and exit status 2."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from slaeval.cli.main import main
from slaeval.errors import ExportError
from slaeval.exports import write_export
from tests.core.exports.helpers import pdf_pages


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.slaeval"
    assert main(["demo", str(path)]) == 0
    return path


def test_missing_folder_gives_export_error_and_no_file(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "out.pdf"
    with pytest.raises(ExportError) as caught:
        write_export(target, b"%PDF-1.4")
    assert "nowhere" in caught.value.text("en")
    assert not target.parent.exists()


def test_unwritable_folder_gives_export_error_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "somefile.txt"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError):
        write_export(blocker / "out.pdf", b"%PDF-1.4")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["somefile.txt"]


def test_a_read_only_folder_is_refused_and_left_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root ignores the mode bits: give the answer a user would get
        denied = PermissionError(errno.EACCES, "Permission denied")

        def refuse(*_args: object, **_kwargs: object) -> None:
            raise denied

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    try:
        with pytest.raises(ExportError) as caught:
            write_export(folder / "report.pdf", b"%PDF-1.4")
        assert caught.value.text("en") == f"Cannot write {folder / 'report.pdf'}: Permission denied"
        assert caught.value.text("fr").startswith(f"Impossible d'écrire {folder / 'report.pdf'}")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_failure_while_writing_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the previous report")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        write_export(target, b"%PDF-1.4 the new report")
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_existing_file_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    write_export(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


@pytest.mark.parametrize("command", ["report", "checklist", "diagnostic"])
def test_commands_write_a_pdf(
    command: str, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"{command}.pdf"
    assert main([command, str(demo_file), "-o", str(out), "--lang", "en"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert capsys.readouterr().out.strip() == f"Wrote: {out}"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["checklist", "--offer", "Nobody"], "Unknown offer: Nobody"),
        (["report", "-o", "{tmp}/missing/out.pdf"], "The folder does not exist"),
        (["diagnostic", "-o", "{tmp}/somefile.txt/out.pdf"], "The folder does not exist"),
        (["report", "--logo", "{tmp}/somefile.txt"], "Cannot read the logo"),
        (["report", "--logo", "{tmp}/nowhere.png"], "Cannot read the logo"),
        (["diagnostic", "{tmp}/nowhere.slaeval"], "not found"),
    ],
)
def test_bad_input_one_line_exit_2(
    args: list[str],
    expected: str,
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "somefile.txt").write_text("x")
    rest = [a.replace("{tmp}", str(tmp_path)) for a in args[1:]]
    project = rest.pop(0) if rest and not rest[0].startswith("-") else str(demo_file)
    argv = [args[0], project, "--lang", "en", *rest]
    if "-o" not in argv:
        argv += ["-o", str(tmp_path / "out.pdf")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["somefile.txt"]


def test_export_xlsx_command(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "matrix.xlsx"
    assert main(["export", str(demo_file), "--format", "xlsx", "-o", str(out), "--lang", "fr"]) == 0
    book = load_workbook(io.BytesIO(out.read_bytes()))
    assert book.sheetnames == ["Classement", "Côte à côte", "À négocier"]
    assert capsys.readouterr().out.strip() == f"Écrit : {out}"


def test_checklist_offer_and_lang_options(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "atlas.pdf"
    argv = ["checklist", str(demo_file), "-o", str(out), "--offer", "Atlas IT Partners"]
    assert main([*argv, "--lang", "fr"]) == 0
    text = "".join(pdf_pages(out.read_bytes()))
    assert "Atlas IT Partners — #3, 17,2/100" in text and "Liste de négociation" in text
    assert "EcoNet Services" not in text
    diagnostic = tmp_path / "d.pdf"
    assert main(["diagnostic", str(demo_file), "-o", str(diagnostic), "--lang", "fr"]) == 0
    assert "Synthèse du diagnostic" in pdf_pages(diagnostic.read_bytes())[0]


def test_report_logo_option_puts_it_on_the_cover(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image
    from pypdf import PdfReader

    logo = tmp_path / "logo.jpg"
    Image.new("RGB", (200, 80), (29, 78, 137)).save(logo)
    out = tmp_path / "r.pdf"
    assert main(["report", str(demo_file), "-o", str(out), "--logo", str(logo)]) == 0
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages[0].images) == 1


def test_importing_exports_loads_neither_reportlab_nor_openpyxl() -> None:
    code = (
        "import sys, slaeval.exports, slaeval.cli.cmd_reports, slaeval.cli.cmd_export;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'openpyxl')))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=Path(__file__).parent,
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "{p}", "-o", "{p}"],
        ["checklist", "{p}", "-o", "{p}"],
        ["diagnostic", "{p}", "-o", "{p}"],
        ["export", "{p}", "--format", "csv", "-o", "{p}"],
    ],
)
def test_an_output_over_the_project_itself_is_refused(argv, tmp_path, capsys) -> None:
    from slaeval.cli.main import main as cli_main

    project = tmp_path / "p.slaeval"
    assert cli_main(["demo", str(project)]) == 0
    before = project.read_bytes()
    capsys.readouterr()
    assert cli_main([a.format(p=project) for a in argv] + ["--lang", "fr"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "le projet lui-même" in err
    assert project.read_bytes() == before

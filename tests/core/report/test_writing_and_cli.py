"""Writing exports: whole or not at all, with one clear line when the folder is missing or
read-only; the report commands through the real command line; reportlab loaded lazily."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from slaeval.cli.main import main
from slaeval.errors import ExportError
from slaeval.report import write_pdf
from tests.core.report.helpers import pdf_pages

PDF = b"%PDF-1.4 fake but whole"


def test_a_missing_folder_is_refused_and_nothing_is_written(tmp_path):
    target = tmp_path / "missing" / "report.pdf"
    with pytest.raises(ExportError, match="does not exist"):
        write_pdf(target, PDF)
    assert not target.parent.exists()


def test_a_read_only_folder_is_refused_and_left_empty(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, 0o555)
    if os.geteuid() == 0:
        # root ignores permission bits: make the kernel's answer to a normal user explicit.
        def refused(*_args, **_kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refused)
    try:
        with pytest.raises(ExportError, match="Permission denied") as caught:
            write_pdf(folder / "report.pdf", PDF)
        assert "report.pdf" in caught.value.text("en")
        assert "Impossible d'écrire" in caught.value.text("fr")
        assert list(folder.iterdir()) == []
    finally:
        os.chmod(folder, 0o755)


def test_a_failure_while_writing_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the previous report")

    def disk_full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left"):
        write_pdf(target, PDF)
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.slaeval"
    assert main(["demo", str(path)]) == 0
    return path


def test_the_commands_write_the_three_pdfs_and_the_spreadsheet(demo_file, tmp_path, capsys):
    for argv in (
        [
            "checklist",
            str(demo_file),
            "-o",
            str(tmp_path / "c.pdf"),
            "--offer",
            "Atlas IT Partners",
        ],
        ["diagnostic", str(demo_file), "-o", str(tmp_path / "d.pdf"), "--lang", "fr"],
        ["export", str(demo_file), "--format", "xlsx", "-o", str(tmp_path / "m.xlsx")],
    ):
        assert main(argv) == 0, capsys.readouterr().err
    assert "Atlas IT Partners — Asks" in "".join(pdf_pages((tmp_path / "c.pdf").read_bytes()))
    assert "Diagnostic des besoins" in pdf_pages((tmp_path / "d.pdf").read_bytes())[0]
    book = load_workbook(io.BytesIO((tmp_path / "m.xlsx").read_bytes()))
    assert len(book.sheetnames) == 3


def test_bad_input_gets_one_line_and_exit_status_2(demo_file, tmp_path, capsys):
    cases = [
        (["report", str(demo_file), "-o", str(tmp_path / "no" / "r.pdf")], "does not exist"),
        (["checklist", str(demo_file), "-o", str(tmp_path / "c.pdf"), "--offer", "Zed"], "Zed"),
        (["report", str(tmp_path / "nope.slaeval"), "-o", str(tmp_path / "r.pdf")], "not found"),
        (
            ["report", str(demo_file), "-o", str(tmp_path / "r.pdf"), "--logo", str(demo_file)],
            "logo",
        ),
    ]
    for argv, words in cases:
        capsys.readouterr()
        assert main([*argv, "--lang", "en"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and words in err and "Traceback" not in err
    assert not any(tmp_path.glob("*.pdf"))


def test_reportlab_and_openpyxl_load_only_when_an_export_runs():
    code = (
        "import sys, slaeval.report, slaeval.cli.main as m; m.build_parser(); "
        "print(sorted({n.split('.')[0] for n in sys.modules} & {'reportlab', 'openpyxl'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"

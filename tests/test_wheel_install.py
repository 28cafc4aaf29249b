"""The built wheel, installed non-editable in a clean venv, finds all its data and puts
nothing generic (ui, resources) at the top of site-packages; the installed command writes a
PDF report and analyses a sample contract from its own installed files."""

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args, cwd=None):
    done = subprocess.run(args, capture_output=True, text=True, cwd=cwd, timeout=900)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _analysis_here(document: Path) -> dict:
    """``slaeval analyze --json`` of the checkout, for the same document."""
    from slaeval.analysis import analyze_document
    from slaeval.analysis.report_json import report_to_dict
    from slaeval.catalogue import load_catalogue

    report = analyze_document(document, load_catalogue(), time_limit_s=60)
    return json.loads(json.dumps(report_to_dict(report, "en"), ensure_ascii=False))


@pytest.mark.slow
def test_wheel_in_a_clean_venv(tmp_path):
    documents = ("econet.pdf", "fortis.docx")
    # Read first, next to the build: the wheel holds the checkout's files of this moment.
    here = {
        name: _analysis_here(ROOT / "sample_contracts" / "documents" / name) for name in documents
    }
    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT))
    wheel = next(wheels.glob("slaeval-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    run(str(py), "-m", "pip", "install", "-q", str(wheel))
    site = Path(
        run(str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip()
    )
    ours = {p.name for p in site.iterdir() if p.name.startswith("slaeval")}
    assert ours == {"slaeval", f"{wheel.name.split('-')[0]}-{wheel.name.split('-')[1]}.dist-info"}
    assert not (site / "ui").exists() and not (site / "resources").exists()
    assert (site / "slaeval" / "ui").is_dir()

    slaeval_cmd = str(env_dir / "bin" / "slaeval")
    work = tmp_path / "work"
    work.mkdir()  # run away from the checkout so nothing is found by accident
    catalogue = json.loads(run(slaeval_cmd, "catalogue", "--json", cwd=work))
    assert len(catalogue["criteria"]) >= 55
    ids = {c["id"] for c in catalogue["criteria"]}
    run(slaeval_cmd, "demo", str(work / "demo.slaeval"), cwd=work)
    scored = json.loads(run(slaeval_cmd, "score", str(work / "demo.slaeval"), "--json", cwd=work))
    assert len(scored["offers"]) >= 4
    run(str(py), "-c", "import slaeval.ui, slaeval.resources, slaeval.sample_contracts", cwd=work)

    # The PDF report: reportlab and the bundled fonts found in the installed package.
    report = work / "report.pdf"
    run(
        slaeval_cmd,
        "report",
        str(work / "demo.slaeval"),
        "-o",
        str(report),
        "--lang",
        "fr",
        cwd=work,
    )
    assert report.read_bytes().startswith(b"%PDF-") and report.stat().st_size > 10_000
    assert b"%%EOF" in report.read_bytes()[-1024:]

    # Contract analysis of a sample contract shipped in the wheel, with the wheel's own rules:
    # the same findings as the checkout gives for the same document.
    installed_samples = Path(
        run(
            str(py),
            "-c",
            "from slaeval.data_paths import samples_dir; print(samples_dir())",
            cwd=work,
        ).strip()
    )
    assert site in installed_samples.parents
    for name in documents:
        document = installed_samples / "documents" / name
        analysed = json.loads(
            run(slaeval_cmd, "analyze", str(document), "--json", "--lang", "en", cwd=work)
        )
        assert len(analysed["findings"]) >= 5, name
        assert {f["criterion"] for f in analysed["findings"]} <= ids, name
        assert analysed == here[name], name

"""The built wheel, installed non-editable in a clean venv, finds all its data and puts
nothing generic (ui, resources) at the top of site-packages."""

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


@pytest.mark.slow
def test_wheel_in_a_clean_venv(tmp_path):
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
    run(slaeval_cmd, "demo", str(work / "demo.slaeval"), cwd=work)
    scored = json.loads(run(slaeval_cmd, "score", str(work / "demo.slaeval"), "--json", cwd=work))
    assert len(scored["offers"]) >= 4
    run(str(py), "-c", "import slaeval.ui, slaeval.resources, slaeval.sample_contracts", cwd=work)

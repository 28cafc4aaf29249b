"""The CLI and the app open no network connection: every socket connect is refused and
recorded."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs slaeval's CLI with an audit hook that records (and blocks) any socket connect or
# address lookup, then prints how many were attempted.
RUNNER = r"""
import sys
attempts = []
def hook(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname"):
        attempts.append(event)
        raise OSError("network disabled in this test")
sys.addaudithook(hook)
from slaeval.cli.main import main
code = main(sys.argv[1:])
print(f"\nNETWORK-ATTEMPTS={len(attempts)}", file=sys.stderr)
sys.exit(code)
"""


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RUNNER, *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.slow
def test_cli_commands_open_no_connection(tmp_path: Path):
    demo = tmp_path / "demo.slaeval"
    commands = [
        ["demo", str(demo)],
        ["score", str(demo), "--json"],
        ["export", str(demo), "--format", "csv", "-o", str(tmp_path / "m.csv")],
        ["catalogue", "--json"],
        ["report", str(demo), "-o", str(tmp_path / "r.pdf")],
        [
            "analyze",
            str(Path(__file__).parent.parent / "sample_contracts" / "documents" / "econet.pdf"),
        ],
        # the desktop app: the window with the project, Compare, and Export with its preview
        ["gui", str(demo), "--screenshot", str(tmp_path / "c.png"), "--page", "compare"],
        ["gui", str(demo), "--screenshot", str(tmp_path / "e.png"), "--page", "export"],
    ]
    for args in commands:
        done = run_cli(*args)
        assert done.returncode == 0, done.stderr
        assert "NETWORK-ATTEMPTS=0" in done.stderr, (args, done.stderr)


def test_the_audit_hook_does_see_a_connection_attempt():
    # Guards the test above: a deliberate connect must be counted.
    probe = RUNNER.replace(
        "from slaeval.cli.main import main\ncode = main(sys.argv[1:])",
        "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
        "except OSError:\n    pass\ncode = 0",
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert "NETWORK-ATTEMPTS=0" not in done.stderr and "NETWORK-ATTEMPTS=" in done.stderr

"""Bad PDF and DOCX documents in a fresh `slaeval analyze` process: exactly one line on stderr.

In-process tests cannot see what a library prints through the logging module (pytest
captures log records), so a damaged PDF once showed pypdf's "EOF marker not found" above
slaeval's own message. Here the command runs as the user runs it.
"""

import subprocess
import sys

import pytest

from tests.reliability.corpus_documents import document_cases

PREFIXES = (
    "document-truncated-pdf",
    "document-truncated-docx",
    "document-encrypted-pdf",
    "document-no-text-layer",
    "document-binary-as-pdf",
    "document-docx-as-pdf",
    "document-zip-of-garbage",
    "document-docx-zip-bomb",
)
CASES = [c for c in document_cases() if c.name.startswith(PREFIXES)]


def test_every_kind_of_damaged_pdf_and_docx_is_covered():
    assert {p for p in PREFIXES if any(c.name.startswith(p) for c in CASES)} == set(PREFIXES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_damaged_document_prints_one_line_in_a_fresh_process(case, lang, tmp_path):
    target = case.build(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "slaeval.cli.main", "analyze", str(target), "--lang", lang],
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1 and lines[0].startswith("slaeval: "), done.stderr
    assert done.stdout == ""

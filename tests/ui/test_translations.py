"""Every string the app shows has a French translation."""

import sys
from pathlib import Path

from slaeval.ui.i18n import missing_translations

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from ui_strings import ui_strings  # noqa: E402


def test_every_ui_string_has_a_french_translation():
    strings = ui_strings(ROOT)
    assert len(strings) > 100
    assert missing_translations(strings) == []

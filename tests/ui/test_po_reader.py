"""The app's own .po reader gives what Babel's reader gives, on every catalogue and odd cases."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po as babel_read_po

from slaeval.data_paths import resource
from slaeval.ui.po_reader import read_po

ODD = r"""# A translator's comment
#, fuzzy
msgid ""
msgstr ""
"Language: fr\n"

#: ui/x.py:1
#, python-brace-format
msgid "Hello {name}"
msgstr "Bonjour {name}"

msgid ""
"Two lines, "
"one message"
msgstr ""
"Deux lignes, "
"un message"

msgid "Quote \" backslash \\ tab \t newline \n end"
msgstr "Guillemet \" barre \\ tab \t saut \n fin"

#, fuzzy
msgid "Fuzzy"
msgstr "Approximatif"

msgid "Untranslated"
msgstr ""

msgctxt "menu"
msgid "File"
msgstr "Fichier"

msgid "One file"
msgid_plural "{n} files"
msgstr[0] "Un fichier"
msgstr[1] "{n} fichiers"

#~ msgid "Gone"
#~ msgstr "Parti"

msgid "Last"
msgstr "Dernier"
"""


def _babel(path: Path) -> dict[str, str]:
    with path.open("rb") as handle:
        return {
            m.id: str(m.string)
            for m in babel_read_po(handle)
            if m.id and m.string and isinstance(m.id, str)
        }


@pytest.mark.parametrize("name", sorted(p.name for p in resource("locale", "fr").glob("*.po")))
def test_every_french_catalogue_reads_as_babel_reads_it(name):
    path = resource("locale", "fr", name)
    assert read_po(path) == _babel(path)
    assert read_po(path)  # not empty


def test_odd_entries_read_as_babel_reads_them(tmp_path):
    path = tmp_path / "odd.po"
    path.write_text(ODD, encoding="utf-8")
    messages = read_po(path)
    assert messages == _babel(path)
    assert messages["Two lines, one message"] == "Deux lignes, un message"
    assert messages['Quote " backslash \\ tab \t newline \n end'].endswith("\n fin")
    assert "Untranslated" not in messages and "Gone" not in messages
    assert "One file" not in messages and messages["Last"] == "Dernier"

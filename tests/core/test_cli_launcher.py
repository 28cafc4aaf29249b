"""The ``slaeval`` launcher: lazy command modules, and usage errors in the user's language."""

from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slaeval.cli import main as launcher
from slaeval.cli.argparse_fr import FRENCH, french_argparse
from slaeval.cli.help_texts import COMMAND_HELP
from slaeval.cli.main import COMMANDS, command_names, main

HEAVY = ("pydantic", "sqlite_utils", "babel", "reportlab", "slaeval.localized")

# What the window sees: the child replaces slaeval.ui.app.run (the function `slaeval FILE`
# calls once parsed) by one that prints the heavy modules loaded by then.
_CHILD = r"""
import json, sys
import slaeval.ui.app as app
def run(file, lang, *rest):
    heavy = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY or m in HEAVY)
    print(json.dumps({"file": str(file), "lang": lang, "heavy": heavy}))
    return 0
app.run = run
from slaeval.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _to_the_window(*argv: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = f"HEAVY = {HEAVY!r}\n{_CHILD}"
    done = subprocess.run(
        [sys.executable, "-c", code, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("argv", [["{f}"], ["gui", "{f}"], ["gui", "{f}", "--lang", "fr"], []])
def test_the_window_is_reached_without_the_core(tmp_path, argv):
    project = tmp_path / "demo.slaeval"
    project.write_bytes(b"")  # opened by the window later, never read here
    seen = _to_the_window(*[a.format(f=project) for a in argv])
    assert seen["heavy"] == [], seen
    assert seen["file"] == (str(project) if argv else "None")


def test_the_child_would_see_a_heavy_import(tmp_path):
    """The probe itself works: a command module that loads pydantic is seen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = f"HEAVY = {HEAVY!r}\nimport slaeval.localized\n{_CHILD}"  # as the old launcher did
    done = subprocess.run(
        [sys.executable, "-c", code, "gui"], capture_output=True, text=True, env=env, timeout=60
    )
    assert "pydantic" in json.loads(done.stdout.strip().splitlines()[-1])["heavy"]


def test_parsing_a_command_imports_its_module_only():
    code = (
        "import sys\nfrom slaeval.cli.main import build_parser\n"
        "build_parser('score').parse_args(['score', 'x.slaeval'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('slaeval.cli.cmd_')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "['slaeval.cli.cmd_score']"


@pytest.mark.parametrize("module_name", sorted(set(COMMANDS.values())))
def test_each_module_registers_exactly_its_table_commands(module_name):
    import importlib

    parser = argparse.ArgumentParser()
    commands = launcher.LocalizedCommands(parser.add_subparsers(), "en")
    importlib.import_module(f"slaeval.cli.{module_name}").register(commands)
    assert list(commands.added) == command_names(module_name)


def test_top_level_help_lists_every_command_without_importing_them(capsys):
    assert main(["--help", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        first_word = COMMAND_HELP[name][1].split()[0]
        assert any(line.split()[:2] == [name, first_word] for line in out.splitlines()), name


def _usage_error(argv: list[str], capsys) -> list[str]:
    capsys.readouterr()
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "Traceback" not in captured.err
    lines = captured.err.splitlines()
    assert len(lines) == 2, captured.err
    assert lines[1].startswith("slaeval: ")
    return lines


USAGE_ERRORS = [
    # (argv, what the French line says, what the English line says)
    (["score", "p.slaeval", "--bogus"], "non reconnu(s) : --bogus", "unrecognized arguments"),
    (["score"], "obligatoire(s) manquant(s) : projet", "are required: project"),
    (["export", "p.slaeval", "-o", "x", "--format", "pdf"], "choix non valide", "invalid choice"),
    (["export", "p.slaeval", "--format", "csv", "-o"], "une valeur est attendue", "expected one"),
    (["report", "p.slaeval", "-o", "r.pdf", "--l", "x"], "option ambiguë : --l", "ambiguous"),
    (["frobnicate"], "choix non valide : 'frobnicate'", "invalid choice: 'frobnicate'"),
]


@pytest.mark.parametrize(("argv", "french", "english"), USAGE_ERRORS)
def test_usage_errors_in_french_are_french(argv, french, english, capsys):
    usage, message = _usage_error([*argv, "--lang", "fr"], capsys)
    assert usage.startswith("utilisation : slaeval")
    assert french in message and english not in message
    assert not any(word in message for word in ("required", "error", "choose from", "expected"))


@pytest.mark.parametrize(("argv", "french", "english"), USAGE_ERRORS)
def test_usage_errors_in_english_are_english(argv, french, english, capsys):
    usage, message = _usage_error([*argv, "--lang", "en"], capsys)
    assert usage.startswith("usage: slaeval")
    assert english in message and french not in message


def test_usage_errors_follow_the_system_language(monkeypatch, capsys):
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    usage, message = _usage_error(["score"], capsys)
    assert usage.startswith("utilisation :") and "manquant" in message
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    usage, _message = _usage_error(["score"], capsys)
    assert usage.startswith("usage:")


def test_a_value_of_the_wrong_type_in_french(capsys):
    parser = argparse.ArgumentParser(prog="slaeval x")
    parser.add_argument("--count", type=int)
    with french_argparse(), pytest.raises(SystemExit):
        parser.parse_args(["--count", "many"])
    assert "valeur non valide (int) : 'many'" in capsys.readouterr().err


def test_french_argparse_is_undone_after_parsing(capsys):
    _usage_error(["score", "--lang", "fr"], capsys)
    parser = argparse.ArgumentParser(prog="other")
    assert parser.format_usage().startswith("usage: other")
    with french_argparse():
        assert parser.format_usage().startswith("utilisation : other")
    assert parser.format_usage().startswith("usage: other")


# argparse messages that only a mistake in the parser's definition can raise.
DEFINITION_ERRORS = {
    ".__call__() not defined",
    "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional",
    "%r is not callable",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    "conflicting option string: %s",
    "conflicting option strings: %s",
    'argument "-" with mode %r',
}


def _argparse_messages() -> set[str]:
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
            found |= {
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            }
    return found


def test_every_message_argparse_can_show_a_user_has_a_french_text():
    messages = _argparse_messages()
    assert len(messages) > 20  # the scan does find argparse's messages
    missing = messages - DEFINITION_ERRORS - set(FRENCH)
    assert not missing, f"argparse messages without French: {sorted(missing)}"
    assert set(FRENCH) <= messages, sorted(set(FRENCH) - messages)


def test_the_french_texts_keep_argparse_placeholders():
    import re

    placeholder = re.compile(r"%\(\w+\)[rs]|%[rs]")
    for english, french in FRENCH.items():
        assert sorted(placeholder.findall(english)) == sorted(placeholder.findall(french)), english
        assert english.endswith("\n") == french.endswith("\n"), english


def test_lang_in_argv():
    assert launcher.lang_in_argv(["score", "p", "--lang", "fr"]) == "fr"
    assert launcher.lang_in_argv(["score", "--lang=en", "p"]) == "en"
    assert launcher.lang_in_argv(["score", "--", "--lang", "fr"]) == launcher.system_lang()


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"LANG": "fr_FR.UTF-8"},
        {"LANG": "en_US.UTF-8", "LC_ALL": "fr_CA"},
        {"LANGUAGE": "de", "LANG": "fr_FR"},
        {"LC_MESSAGES": "FR"},
    ],
)
def test_the_launcher_reads_the_system_language_as_the_core_does(monkeypatch, environ):
    from slaeval.localized import system_lang

    for key in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        monkeypatch.delenv(key, raising=False)
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    assert launcher.system_lang() == system_lang(environ)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fr", "aucun écran disponible pour ouvrir la fenêtre ;"), ("en", "no display available")],
)
def test_gui_without_a_display_says_so_in_the_language(monkeypatch, capsys, lang, words):
    for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main(["gui", "--lang", lang]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and captured.err.startswith("slaeval: ")
    assert words in captured.err and "slaeval --help" in captured.err
    other = "no display" if lang == "fr" else "aucun écran"
    assert other not in captured.err

"""``slaeval --help`` and ``slaeval COMMAND --help`` in the user's language."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slaeval.cli import help_texts
from slaeval.cli.argparse_fr import FrenchHelpFormatter, french_argparse
from slaeval.cli.main import COMMANDS, build_parser, main
from tests.core.test_cli_french import help_pairs, typography_problems


def command_parser(command: str, lang: str) -> argparse.ArgumentParser:
    with french_argparse(lang == "fr"):
        parser = build_parser(command, lang)  # type: ignore[arg-type]
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    sub: argparse.ArgumentParser = commands.choices[command]
    return sub


def helps(command: str, lang: str) -> dict[str, str | None]:
    """Each argument of ``command`` (its dest) -> its help; argparse's own -h left out."""
    return {
        action.dest: action.help
        for action in command_parser(command, lang)._actions
        if not isinstance(action, argparse._HelpAction)
    }


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_argument_of_every_command_has_a_french_help_unlike_the_english(command):
    french, english = helps(command, "fr"), helps(command, "en")
    assert french.keys() == english.keys()
    for dest in french:
        assert french[dest] and english[dest], (command, dest)
        assert french[dest] != english[dest], (command, dest, french[dest])
    fr_parser, en_parser = command_parser(command, "fr"), command_parser(command, "en")
    assert fr_parser.description and en_parser.description
    assert fr_parser.description != en_parser.description
    assert help_texts.COMMAND_HELP[command][0] != help_texts.COMMAND_HELP[command][1]


def test_the_table_has_no_entry_for_an_argument_that_does_not_exist():
    for command, arguments in help_texts.ARGUMENTS.items():
        assert set(arguments) <= set(helps(command, "en")), command
    assert set(help_texts.COMMAND_HELP) == set(help_texts.DESCRIPTIONS) == set(COMMANDS)


def test_every_french_help_text_differs_from_its_english_and_is_well_spaced():
    for french, english in help_pairs():
        assert french != english
        assert not typography_problems(french), french
        assert "%" not in french + english  # argparse would read it as a placeholder


def _help(argv: list[str], capsys) -> str:
    capsys.readouterr()
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


SCORE_FR = ["utilisation : slaeval score", "arguments :", "options :", "afficher cette aide"]
SCORE_FR += [help_texts.ARGUMENTS["score"]["project"][0], help_texts.SHARED["json"][0]]
SCORE_EN = ["usage: slaeval score", "positional arguments:", "options:", "show this help"]
SCORE_EN += [help_texts.ARGUMENTS["score"]["project"][1], help_texts.SHARED["json"][1]]


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "fr", "score", "--help"],
        ["score", "--help", "--lang", "fr"],
        ["--lang=fr", "score", "--help"],
    ],
)
def test_score_help_under_lang_fr_is_french(argv, capsys):
    out = _help(argv, capsys)
    for text in SCORE_FR:
        assert text in out, text
    assert " ".join(help_texts.DESCRIPTIONS["score"][0].split()[:6]) in out
    for text in SCORE_EN:
        assert text not in out, text
    assert not typography_problems(out), out


def test_score_help_follows_the_system_language(monkeypatch, capsys):
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert "utilisation : slaeval score" in _help(["score", "--help"], capsys)
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    out = _help(["score", "--help"], capsys)
    for text in SCORE_EN:
        assert text in out, text
    assert "afficher" not in out


def test_score_help_in_english_has_no_french(capsys):
    out = _help(["--lang", "en", "score", "--help"], capsys)
    for text in SCORE_EN:
        assert text in out, text
    for text in SCORE_FR:
        assert text not in out, text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_top_level_help_lists_every_command_in_the_language(lang, capsys):
    out = _help(["--lang", lang, "--help"], capsys)
    index = 0 if lang == "fr" else 1
    assert help_texts.PROGRAM[index].split(":")[0].strip() in " ".join(out.split())
    for name in COMMANDS:
        first_words = help_texts.COMMAND_HELP[name][index].split()[:2]
        assert any(line.split()[:3] == [name, *first_words] for line in out.splitlines()), name
    assert ("commandes :" in out) == (lang == "fr")


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("columns", ["50", "80", "120"])
def test_french_help_of_each_command_is_well_spaced_at_any_width(
    command, columns, monkeypatch, capsys
):
    monkeypatch.setenv("COLUMNS", columns)
    out = _help([command, "--help", "--lang", "fr"], capsys)
    assert out.startswith(f"utilisation : slaeval {command}")
    assert not typography_problems(out), out
    starts = [line for line in out.splitlines() if line.strip()[:1] in tuple(":;?!»")]
    assert not starts, starts


@pytest.mark.parametrize(
    ("text", "plain", "french"),
    [
        ("aaaaaaa bbb : cc", ["aaaaaaa bbb", ": cc"], ["aaaaaaa", "bbb : cc"]),
        ("aaaaaaa b « c »", ["aaaaaaa b «", "c »"], ["aaaaaaa b", "« c »"]),
    ],
)
def test_a_french_line_is_never_cut_inside_its_spaced_punctuation(text, plain, french):
    def lines(formatter: type[argparse.HelpFormatter]) -> list[str]:
        parser = argparse.ArgumentParser(
            prog="x", description=text, formatter_class=lambda prog: formatter(prog, width=11)
        )
        return parser.format_help().split("\n\n")[1].splitlines()

    assert lines(argparse.HelpFormatter) == plain  # where a plain formatter cuts
    assert lines(FrenchHelpFormatter) == french  # and no no-break space is left in


def test_lang_before_the_command_reaches_the_command(tmp_path: Path, capsys):
    capsys.readouterr()
    assert main(["--lang", "fr", "new", str(tmp_path / "a.slaeval")]) == 0
    assert capsys.readouterr().out.startswith("Projet créé : ")
    assert main(["--lang", "fr", "new", str(tmp_path / "b.slaeval"), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("Project created: ")  # the last one wins


def test_top_level_help_in_french_loads_nothing_heavy():
    code = (
        "import json, sys\nfrom slaeval.cli.main import main\n"
        "main(['--lang', 'fr', '--help'])\n"
        "heavy = ('pydantic', 'sqlite_utils', 'babel', 'reportlab', 'slaeval.localized')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy "
        "or m in heavy or m.startswith('slaeval.cli.cmd_'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "COLUMNS": "80"},
    )
    *help_lines, loaded = done.stdout.strip().splitlines()
    assert json.loads(loaded) == []
    assert help_lines[0].startswith("utilisation : slaeval")

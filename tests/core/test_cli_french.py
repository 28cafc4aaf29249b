"""The command line in French: typography of every French text, and the K.O. lines of ``score``."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from slaeval.catalogue import load_catalogue
from slaeval.cli import help_texts
from slaeval.cli.argparse_fr import FRENCH
from slaeval.cli.main import main
from slaeval.demo import demo_project
from slaeval.explain import format_value

CLI = Path(__file__).resolve().parents[2] / "slaeval" / "cli"

# A ":" ";" "?" or "!" glued to the word before it, ending a word (not "https://", "12:00").
GLUED = re.compile(r"[^\s«\"'(\[{][:;?!](?=\s|$)")
PROGRAM_PREFIX = re.compile(r"^(slaeval|%\(prog\)s): ")  # "slaeval: …", as every Unix tool


def _is_french_test(test: ast.expr) -> bool:
    """``fr``, ``lang == "fr"``, ``lang_of(args) == 'fr'``: the branch taken in French."""
    if isinstance(test, ast.Name):
        return test.id == "fr"
    return (
        isinstance(test, ast.Compare)
        and len(test.comparators) == 1
        and isinstance(test.ops[0], ast.Eq)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value == "fr"
    )


def _french(node: ast.expr) -> str | None:
    """The French text an expression makes (``{}`` for what is filled in), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            elif isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.IfExp):
                inner = value.value
                french = _french(inner.body) if _is_french_test(inner.test) else None
                parts.append(french or "{}")
            else:
                parts.append("{}")
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _french(node.left), _french(node.right)
        return None if left is None or right is None else left + right
    return None


def _has_french_choice(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) and any(
        isinstance(v, ast.FormattedValue)
        and isinstance(v.value, ast.IfExp)
        and _is_french_test(v.value.test)
        for v in node.values
    )


def french_texts_of_the_cli() -> list[tuple[str, str]]:
    """(where, text) for every French text written in slaeval/cli: first argument of
    ``both``/``_input_error``, the French branch of ``… if fr else …``, a string holding such a
    branch, what is printed under ``if lang == "fr":``, the ``"fr"`` entry of a dict,
    argparse's messages in French, and the help texts."""
    found: list[tuple[str, str]] = []
    for path in sorted(CLI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            texts: list[ast.expr] = []
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                "both",
                "_input_error",
            ):
                texts.append(node.args[0])
            elif isinstance(node, ast.IfExp) and _is_french_test(node.test):
                texts.append(node.body)
            elif isinstance(node, ast.If) and _is_french_test(node.test):  # if fr: print(…)
                texts += [
                    arg
                    for statement in node.body
                    for call in ast.walk(statement)
                    if isinstance(call, ast.Call)
                    for arg in call.args
                ]
            elif isinstance(node, ast.JoinedStr) and _has_french_choice(node):
                texts.append(node)
            elif isinstance(node, ast.Dict):
                texts += [
                    v
                    for k, v in zip(node.keys, node.values, strict=True)
                    if isinstance(k, ast.Constant) and k.value == "fr"
                ]
            for text in texts:
                french = _french(text)
                if french is not None:
                    found.append((f"{path.name}:{text.lineno}", french))
    found += [("argparse_fr.py", text) for text in FRENCH.values()]
    found += [("help_texts.py", french) for french, _english in help_pairs()]
    return found


def help_pairs() -> list[tuple[str, str]]:
    """Every (French, English) pair of ``slaeval --help`` and ``slaeval COMMAND --help``."""
    pairs = [help_texts.PROGRAM, help_texts.VERSION, help_texts.COMMANDS_HINT]
    pairs += [*help_texts.COMMAND_HELP.values(), *help_texts.DESCRIPTIONS.values()]
    pairs += list(help_texts.SHARED.values())
    pairs += [text for arguments in help_texts.ARGUMENTS.values() for text in arguments.values()]
    return pairs


def typography_problems(text: str) -> list[str]:
    return GLUED.findall(PROGRAM_PREFIX.sub("", text))


def test_the_scan_finds_the_french_texts_and_a_glued_colon():
    texts = [text for _where, text in french_texts_of_the_cli()]
    assert len(texts) > 40
    assert "Écrit : {}" in texts and "Projet créé : {}" in texts
    assert help_texts.COMMAND_HELP["score"][0] in texts
    assert typography_problems("Écrit: {}") == ["t:"]
    assert typography_problems("Vraiment?") == ["t?"]
    assert typography_problems("slaeval: Projet introuvable : x") == []
    assert typography_problems("https://exemple.fr à 12:00 ; « x » : 99,9 %") == []
    tree = ast.parse("f\"{'Écrit' if lang == 'fr' else 'Wrote'}: {out}\"", mode="eval")
    assert _french(tree.body) == "Écrit: {}"


def test_every_french_text_of_the_cli_has_a_space_before_double_punctuation():
    bad = [(where, text) for where, text in french_texts_of_the_cli() if typography_problems(text)]
    assert not bad, bad


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("french") / "demo.slaeval"
    assert main(["demo", str(path), "--lang", "fr"]) == 0
    return path


def _out(argv: list[str], capsys) -> str:
    capsys.readouterr()
    assert main(argv) == 0
    return capsys.readouterr().out


def test_what_the_commands_print_in_french(demo, tmp_path, capsys):
    outputs = {
        "new": _out(["new", str(tmp_path / "n.slaeval"), "--lang", "fr"], capsys),
        "demo": _out(["demo", str(tmp_path / "d.slaeval"), "--lang", "fr"], capsys),
        "score": _out(["score", str(demo), "--lang", "fr"], capsys),
        "catalogue": _out(["catalogue", "--lang", "fr"], capsys),
    }
    for fmt in ("json", "csv", "xlsx"):
        out = tmp_path / f"x.{fmt}"
        argv = ["export", str(demo), "--format", fmt, "-o", str(out), "--lang", "fr"]
        outputs[fmt] = _out(argv, capsys)
        assert outputs[fmt] == f"Écrit : {out}\n"
    offers = tmp_path / "x.json"
    outputs["import"] = _out(
        ["import", str(tmp_path / "n.slaeval"), str(offers), "--lang", "fr"], capsys
    )
    assert outputs["demo"] == f"Projet de démonstration écrit : {tmp_path / 'd.slaeval'}\n"
    for name, text in outputs.items():
        assert not typography_problems(text.replace(str(tmp_path), "DIR")), (name, text)


def test_score_names_each_knockout_and_why_in_french_and_english(demo, capsys):
    project = demo_project()
    catalogue = load_catalogue()
    scored = json.loads(_out(["score", str(demo), "--json", "--lang", "en"], capsys))
    knocked = [o for o in scored["offers"] if o["knockouts"]]
    assert knocked
    for lang, line in (("fr", "✖ K.O. : {} — réponse : {}"), ("en", "✖ K.O.: {} — answer: {}")):
        text = _out(["score", str(demo), "--lang", lang], capsys)
        for offer_json in knocked:
            offer = next(o for o in project.offers if o.name == offer_json["name"])
            for criterion_id in offer_json["knockouts"]:
                criterion = catalogue.criterion(criterion_id)
                # The reason the report's cover gives: the offer's answer, as a person says it.
                value = format_value(
                    criterion, offer.answers.get(criterion_id), offer.support_window, lang
                )
                assert line.format(criterion.name(lang), value) in text, text
                assert criterion_id not in text

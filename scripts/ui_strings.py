"""List the strings the Qt app translates: every literal passed to ``_()`` under ui/.

Used by the translation test and to update resources/locale/fr/ui.po.
"""

from __future__ import annotations

import ast
from pathlib import Path

# Texts translated through a variable (unit names, column titles, states, field labels).
INDIRECT = (
    "Revenue per hour (€)",
    "Share of revenue that depends on IT (%)",
    "Staff who stop working",
    "Loaded hourly cost of one person (€)",
    "Share of their time lost (%)",
    "min",
    "h",
    "days",
    "months",
    "months of fees",
    "per year",
    "Criterion",
    "Weight",
    "K.O.",
    "Target",
    "Why",
    "pending",
    "obtained",
    "refused",
)


def ui_strings(root: Path) -> list[str]:
    found: set[str] = set(INDIRECT)
    for path in sorted((root / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return sorted(found)


if __name__ == "__main__":
    for text in ui_strings(Path(__file__).resolve().parents[1]):
        print(text)

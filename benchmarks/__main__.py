"""Run every benchmark and print one table (or one JSON object with --json).

Each ``benchmarks/bench_*.py`` module exposes ``measure() -> list[Measure]``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _modules() -> list[str]:
    folder = Path(__file__).parent
    return sorted(
        m.name for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("bench_")
    )


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("only", nargs="*", help="names of bench_ modules to run")
    args = parser.parse_args()
    results = []
    failures = []
    for name in _modules():
        if args.only and name not in args.only and name.removeprefix("bench_") not in args.only:
            continue
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            results += [m.as_dict() for m in module.measure()]
        except Exception:  # a broken benchmark is reported, the others still run
            failures.append({"module": name, "error": traceback.format_exc(limit=3)})
    if args.json:
        print(json.dumps({"results": results, "failures": failures}, indent=2))
    else:
        print(f"{'measure':<48} {'value':>12}  {'goal':<24} ok")
        for r in results:
            value = f"{r['value']:.3g} {r['unit']}"
            print(f"{r['name']:<48} {value:>12}  {r['goal']:<24} {'yes' if r['ok'] else 'NO'}")
            if r["detail"]:
                print(f"{'':<4}{r['detail']}")
        for f in failures:
            print(f"FAILED {f['module']}:\n{f['error']}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

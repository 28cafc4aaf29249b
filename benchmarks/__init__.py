"""Speed measurements: each figure is a median of several runs, set against a floor measured
in the same process run (python -m benchmarks [--json])."""

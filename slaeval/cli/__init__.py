"""The ``slaeval`` command line: one module per command, wired in ``main.py``."""

"""Qt desktop front end of slaeval (installed as ``slaeval.ui``)."""

from slaeval.ui.none_guard import keep_none_alive

keep_none_alive()  # before any Qt call: see none_guard.py

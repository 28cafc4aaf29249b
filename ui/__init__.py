"""Qt desktop front end of slaeval (installed as ``slaeval.ui``)."""

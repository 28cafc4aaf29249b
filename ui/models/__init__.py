"""Qt item models over the core's evaluation: the comparison table, costs and asks."""

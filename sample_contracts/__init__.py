"""Example provider offers and contract documents used by the demo and the tests."""

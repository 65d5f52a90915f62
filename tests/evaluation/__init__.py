"""Tests of the evaluation scorers (synthetic cases; no corpus needed)."""

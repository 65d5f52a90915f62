"""Fuzz targets (run briefly by the test suite, for longer by hand: see each target's docstring)."""

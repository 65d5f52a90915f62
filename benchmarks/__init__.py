"""``make bench``: throughput, memory, cold start, scaling and parallel speed-up of newsparse.

Run ``python -m benchmarks --corpora PATH [--json OUT]``; see ``benchmarks/__main__.py``.
"""

"""Benchmarks: each `bench/<name>.py` exposes `run() -> dict`; `make bench` runs them all (see __main__)."""

"""Benchmarks for Saraban Desk (not part of the test suite). See benchmarks/README.md."""

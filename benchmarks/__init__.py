"""Reproducible benchmarks: detection quality and speed, side by side with plain Presidio."""

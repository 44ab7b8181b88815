"""Pieces of the check-in tab."""

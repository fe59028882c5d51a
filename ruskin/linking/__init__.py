"""Linkers: each joins mentions into records of one kind."""

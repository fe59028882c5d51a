"""Taggers: each finds one kind of mention in an analysed text."""

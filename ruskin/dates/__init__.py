"""Dates: word codes, a grammar over them, reading values and resolving them (see ``taggers.dates``)."""

"""Inputs and outputs: reading files and bytes as text, HTML as text with its page zones,
writing Documents as JSON lines, and very long texts in windows.

Modules, one job each::

    inputs    files, folders, globs and stdin as sources; reading one, bounded
    decode    bytes as text: byte-order marks, declared charsets, the Cyrillic guess
    charsets  declared charsets and charset-normalizer, when the guess is weak
    html      HTML as text with the page zones its structure gives
    output    the JSON Lines writer (resume, output errors)
    lines     one Document as one JSON line, whole or compact
    large     very long texts in windows, merged into one Document
    compact   records of one class sharing their fields-set (memory)
"""

"""Views of a Document: the notebook and terminal views, pandas frames, the JSON Schema, and
the article kept without the page's noise.

Modules, one job each::

    notebook  the HTML view (Jupyter, ``Document.to_html``)
    display   the plain-text view (``Document.print``)
    tables    the record tables both views show
    frames    pandas DataFrames per record kind (``to_frames``)
    schema    the JSON Schema and the records reference (``python -m ruskin.views.schema docs``)
    keep      a Document with only some page zones (``Document.keep_zones``)
"""

"""The gazetteers: the one loader of ``ruskin/data`` tables, and the region and agency tables
with their indexes.

Modules, one job each::

    gazetteer    the loader of ``ruskin/data/*.tsv`` and the checks every table passes
    places       regions, cities and countries (``regions.tsv``, ``cities.tsv``, ...)
    place_index  the index the place tagger matches lemmas against
    agencies     government bodies (``agencies.tsv``, ``agency_words.tsv``) and their index
"""

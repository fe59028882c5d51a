"""Imported by the fork server of ``ruskin.batch``: load the pipeline once, before workers fork.

Workers forked from the server start with the models already in memory (shared
copy-on-write), so ``--jobs N`` pays the model loading once, not N times.
"""

from .pipeline import default_pipeline

default_pipeline()

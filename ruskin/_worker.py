"""Imported by the fork server of ``ruskin.pool``: load the pipeline once, before workers fork.

Workers forked from the server start with the models and indexes already in memory (shared
copy-on-write), so ``--jobs N`` pays the loading once, not N times. ``gc.freeze`` keeps the
collector from touching those objects in the workers, which would copy their pages.
"""

import gc

from .pipeline import default_pipeline

default_pipeline()
gc.freeze()

"""Russian language processing that knows nothing about government.

Segmentation (razdel), morphology (pymorphy3 with slovnet's tagger), named entities
(slovnet with natasha's model files), person names and normalisation to the nominative.
"""

"""Posts and occupations: the word lists, the extent of a post in the text, nested posts.

``lexicon`` reads ``roles.tsv``, ``role_modifiers.tsv`` and ``role_places.tsv``;
``extent`` finds where a post begins and ends around its head word; ``nested`` lists the
posts inside a post as NEREL marks them. ``ruskin.taggers.roles`` turns them into ROLE
mentions and ``ruskin.linking.positions`` into ``Position`` records.
"""

"""Posts and occupations: the word lists, the extent of a post in the text, nested posts.

``lexicon`` reads ``roles.tsv``, ``role_modifiers.tsv``, ``role_places.tsv`` and the tables
of attributes and place heads; ``extent`` finds where a post begins and ends around its head
word, with ``modifiers`` deciding which words before the head join it, ``tails``, ``reach``
and ``case_runs`` where its complement ends, and ``keys`` the forms a list entry may match;
``nested`` lists the posts inside a post as NEREL marks them; ``honorary`` and ``title`` the
honorary tail and the title in the nominative; ``where`` the place, body and organisation a
post names; ``spans`` an index of mentions by position. ``ruskin.taggers.roles`` turns them into
ROLE mentions, ``ruskin.holders`` decides who holds each, ``ruskin.linking.seats`` where it
sits, and ``ruskin.linking.positions`` makes the ``Position`` records.
"""

"""Who holds a post: the rules that give a ROLE mention its holder.

``decide`` is the one place that decides a post's holder, trying the rules in order:
``adjacent`` and ``apposed`` (the name beside the post), ``lists`` (several names after a
plural post), ``inverted`` (a dash or a copula between post and name), ``frames`` (a post
named as an office), ``context`` (a predicate or the sentence's subject), ``carried`` (a
name in the next sentence, a pronoun, a subject carried through a biography) and ``led``
("во главе с"). ``offices`` finds a post named again in other words, ``known`` the holder
public knowledge gives a bare post, ``referred`` the person a bare profession refers back to
("Политик долго болел"), ``succession``, ``inner`` and ``possessed`` the
predecessors, holders of nested posts and owners of possessed ones; ``agree`` checks case
agreement. Where a post sits is decided in ``ruskin.linking.seats``; what a post is in the
text, in ``ruskin.roles``.
"""

"""Events an article names as its setting, as history or as what might be rather than reports.

A government news item reports a meeting, a session or an appointment; on the way it names
wars its people served in and the births of its biographies. Those are events too (NEREL
marks them, and ``Event.kind`` says what they are), but a reader asking what happened does
not want them among the news. An event is background when every mention of it in the
article is one of these:

* a war or military operation in an oblique case, the setting of something else: "участник
  специальной военной операции", "ветеран боевых действий", "погибших на спецоперации",
  "памятник героям Гражданской войны". A war named as the subject of its
  clause ("война началась") is told about and stays reported;
* a person's own birth ("родился в 1975 году в Омске"): a biography line. A child born
  ("родила сына") is news and stays reported;
* an event that is only wished, offered, promised, asked for or needed ("предложил ему
  возглавить министерство", "необходимо провести встречи": ``events.unreal``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..found import Found
from ..nlp.analysis import Analysis
from .groups import is_article
from .unreal import is_unreal

__all__ = ["is_background", "is_setting"]

_SETTING_KINDS = frozenset({"war"})
_OWN_BIRTH = frozenset({"родиться"})
_HEAD_POS = frozenset({"NOUN", "PROPN"})


def is_background(analysis: Analysis, group: Sequence[Found]) -> bool:
    """Whether the article names this event (its mentions ``group``) only as setting or history."""
    article = [m for m in group if is_article(analysis, m)]
    return bool(article) and all(
        is_setting(analysis, m) or _own_birth(analysis, m) or is_unreal(analysis, m) for m in article
    )


def is_setting(analysis: Analysis, mention: Found) -> bool:
    """Whether an EVENT mention is a war or military operation with no noun of it in the
    nominative: the setting of something else ("ветеранам боевых действий")."""
    if mention.value.kind not in _SETTING_KINDS:
        return False
    nouns = [w for w in analysis.words[mention.first : mention.last + 1] if w.pos in _HEAD_POS]
    return not any(w.case == "Nom" for w in nouns)


def _own_birth(analysis: Analysis, mention: Found) -> bool:
    """"родился"/"родилась": the birth of the one the sentence is about, not a child's being born to them."""
    return mention.value.kind == "birth" and analysis.words[mention.first].lemma in _OWN_BIRTH

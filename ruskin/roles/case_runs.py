"""A post's field after "по" (dative) or "при" (locative): "по внутренней политике",
"по строительству, энергетике и жилищному хозяйству", "комитета при прокуратуре".

The run takes nouns and their attributes in the case, joined by "и" or a comma; an adjective
whose form may be in the case counts even when the tagger gave it another ("по внешним и
приграничным торговым связям").
"""

from __future__ import annotations

from ..nlp.analysis import Analysis, Word
from ..nlp.morph import shared_morphology
from .keys import NOMINAL

__all__ = ["CASE_RUNS", "case_run", "form_cases"]

CASE_RUNS = {"по": "Dat", "при": "Loc"}
ATTRIBUTES = frozenset({"ADJ", "DET", "NUM"})
OC_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def case_run(analysis: Analysis, index: int, stop: int, case: str) -> tuple[int, bool] | None:
    """The index after the run's last noun starting at ``index`` and ``True``, or ``None`` if it has no noun."""
    last = None
    while index < stop and _in_case(analysis.words[index], case):
        last = index if analysis.words[index].pos in NOMINAL else last
        index += 1
        if index + 1 < stop and analysis.words[index].lemma in {"и", ","}:
            index += 1 if _in_case(analysis.words[index + 1], case) else 0
    return (last + 1, True) if last is not None else None


def _in_case(word: Word, case: str) -> bool:
    """A noun or attribute in ``case``; an adjective also when its form may be in it."""
    if word.pos not in NOMINAL | ATTRIBUTES:
        return False
    return word.case == case or (word.pos == "ADJ" and OC_CASES[case] in form_cases(word.text))


def form_cases(text: str) -> frozenset[str]:
    """The OpenCorpora cases an adjective's form may have."""
    parses = shared_morphology().parses(text.lower())
    return frozenset(g for p in parses if p.tag.POS == "ADJF" for g in OC_CASES.values() if g in p.tag)

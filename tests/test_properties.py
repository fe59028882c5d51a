"""Properties that hold for any input: valid Documents, valid offsets, determinism, jobs=1 == jobs=2."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ruskin import Document, Pipeline

WORDS = [
    "Губернатор", "Самарской", "области", "Дмитрий", "Азаров", "посетил", "Москву", "заместитель",
    "полпреда", "в", "ПФО", "19", "июня", "2019", "года", "«", "»", "—", ",", ".", "\n", "А.", "Гнеушев",
    "форум", "🤷🏻‍♂️", "Пн", "Вт", "\x00", "\u00ad", "\u200b", "Ω", "ﬁ", "\u0301", "e\u0301", "ё",
]
russian_like = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)
any_text = st.one_of(st.text(), russian_like, st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x4FF)))
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def assert_valid(document: Document, text: str) -> None:
    assert document.text == text
    for sentence in document.sentences:
        assert 0 <= sentence.start < sentence.stop <= len(text)
    for token in document.tokens:
        assert text[token.start : token.stop] == token.text
    for mention in document.mentions:
        assert text[mention.start : mention.stop] == mention.text
    mention_ids = {m.id for m in document.mentions}
    for person in document.persons:
        assert set(person.mentions) <= mention_ids
    for date in document.dates:
        assert date.mention in mention_ids
    for quote in document.quotes:
        assert 0 <= quote.start <= quote.stop <= len(text)
    assert Document.model_validate_json(document.model_dump_json()) == document


@SETTINGS
@given(text=any_text)
def test_any_text_gives_a_valid_document(pipeline: Pipeline, text: str) -> None:
    assert_valid(pipeline(text), text)


@SETTINGS
@given(text=any_text)
def test_output_is_deterministic(pipeline: Pipeline, text: str) -> None:
    assert pipeline(text) == pipeline(text)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(any_text, min_size=1, max_size=12))
def test_two_jobs_give_the_same_records_as_one(pipeline: Pipeline, texts: list[str]) -> None:
    assert list(pipeline.pipe(texts, jobs=2, batch_size=3)) == list(pipeline.pipe(texts, batch_size=3))

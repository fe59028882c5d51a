"""Event relations in the NEREL dump: links stay within a sentence, distant subjects of verbal events, no birthday events."""

from __future__ import annotations

import pytest

from ruskin.evaluation.convert import document_prediction
from ruskin.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _relations(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    prediction = document_prediction(pipeline(text))
    return {(r.type, text[r.head[0] : r.head[1]], text[r.tail[0] : r.tail[1]]) for r in prediction.relations}


@pytest.mark.parametrize(
    "text, person, event",
    [
        ("В Москве открылся форум «Сильные идеи для нового времени». "
         "В своём выступлении Владимир Путин отметил важность проектов.", "Владимир Путин", "форум"),
    ],
)  # fmt: skip
def test_speaker_of_an_earlier_sentence_is_not_a_nerel_link(pipeline: Pipeline, text: str, person: str, event: str) -> None:
    document = pipeline(text)
    assert any(p.part == "speaker" for e in document.events for p in e.participants)
    relations = _relations(pipeline, text)
    assert not any(kind == "PARTICIPANT_IN" and head == person for kind, head, _ in relations)


@pytest.mark.parametrize(
    "text, person, event",
    [
        ("Ричард Хэлворсон, получивший широкую известность за роль капитана полиции в популярном "
         "британском сериале «Туманный порт», скончался в Лиссабоне.", "Ричард Хэлворсон", "скончался"),
        ("Отто Кранцберг, австрийский химик, историк, издатель, переводчик, поэт, театральный критик "
         "и общественный деятель, родился 14 марта 1862 года.", "Отто Кранцберг", "родился"),
    ],
)  # fmt: skip
def test_distant_subject_takes_part(pipeline: Pipeline, text: str, person: str, event: str) -> None:
    assert ("PARTICIPANT_IN", person, event) in _relations(pipeline, text)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Иван Петров, которого в прошлом году назначили директором завода, скончался в Москве.", "Иван Петров"),
    ],
)  # fmt: skip
def test_subject_of_another_finite_verb_is_not_linked_from_afar(pipeline: Pipeline, text: str, person: str) -> None:
    assert not any(kind == "PARTICIPANT_IN" and head == person and tail == "скончался"
                   for kind, head, tail in _relations(pipeline, text))  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Певец отметил свой день рождения в Москве.",
        "Ко дню рождения космонавта в библиотеках города открылись выставки книг.",
    ],
)
def test_birthday_is_not_an_event(pipeline: Pipeline, text: str) -> None:
    mentions = pipeline(text).mentions
    assert not any(m.type == "EVENT" and "рожден" in m.text for m in mentions)


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Вчера в Казани Иван Петров принял участие в заседании совета.",
         ("TAKES_PLACE_IN", "заседании совета", "Казани")),
        ("Отто Кранцберг, основатель венского издательства, родился 14 марта 1862 года.",
         ("POINT_IN_TIME", "родился", "14 марта 1862 года")),
    ],
)  # fmt: skip
def test_links_within_the_sentence_remain(pipeline: Pipeline, text: str, relation: tuple[str, str, str]) -> None:
    assert relation in _relations(pipeline, text)


def test_an_event_named_in_two_sentences_links_in_each(pipeline: Pipeline) -> None:
    text = "Иван Петров назначен министром финансов. Указом президента Иван Петров назначен министром вчера."
    links = [r for r in document_prediction(pipeline(text)).relations if r.type == "PARTICIPANT_IN"]
    assert len(pipeline(text).events) == 1
    second = text.index("назначен", text.index("."))
    assert sorted(r.tail for r in links) == [(12, 20), (second, second + len("назначен"))]


def test_a_post_named_alone_takes_part_as_a_profession(pipeline: Pipeline) -> None:
    text = "Губернатор Самарской области Дмитрий Азаров прибыл в Тольятти. Губернатор провёл совещание с главами районов."
    assert ("PARTICIPANT_IN", "Губернатор", "совещание") in _relations(pipeline, text)


def test_a_participant_named_by_a_pronoun_links_their_name_before(pipeline: Pipeline) -> None:
    text = "Иван Сомов много лет работал инженером в Омске. Через год он был арестован на вокзале."
    assert ("PARTICIPANT_IN", "Иван Сомов", "арестован") in _relations(pipeline, text)


def test_without_a_pronoun_an_earlier_name_is_not_linked(pipeline: Pipeline) -> None:
    text = "Иван Сомов много лет работал инженером в Омске. Через год в городе прошёл форум."
    assert not any(kind == "PARTICIPANT_IN" and head == "Иван Сомов" for kind, head, _ in _relations(pipeline, text))


def test_nerel_links_the_name_before_its_bracketed_alias(pipeline: Pipeline) -> None:
    text = "Журналист Джон Кларк (John Clark) похитил картину из музея."
    relations = _relations(pipeline, text)
    assert ("PARTICIPANT_IN", "Джон Кларк", "похитил") in relations
    assert ("PARTICIPANT_IN", "John Clark", "похитил") not in relations

"""Who takes part in an event: the records and the NEREL links made from them."""

from __future__ import annotations

import pytest

from ruskin.evaluation.convert import document_prediction
from ruskin.pipeline import Pipeline
from ruskin.records import Document


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _relations(document: Document) -> set[tuple[str, str]]:
    text = document.text
    prediction = document_prediction(document)
    return {(text[r.head[0] : r.head[1]], text[r.tail[0] : r.tail[1]]) for r in prediction.relations
            if r.type == "PARTICIPANT_IN"}  # fmt: skip


def _parts(document: Document) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in document.persons}
    names.update({a.id: a.name for a in document.agencies})
    return {(names.get(p.person, p.person), p.part) for e in document.events for p in e.participants}


def test_the_appointer_is_a_signer_but_no_nerel_participant(pipeline: Pipeline) -> None:
    document = pipeline("Губернатор Олег Карташов назначил Семёна Лаврова министром спорта области.")
    assert ("Олег Карташов", "signer") in _parts(document)
    assert ("Олег Карташов", "назначил") not in _relations(document)
    assert ("Семёна Лаврова", "назначил") in _relations(document)


@pytest.mark.parametrize(
    "text, holder, post",
    [
        ("Пианист Лев Горский выступил в Твери. На следующий день музыкант был госпитализирован.",
         "Лев Горский", "музыкант"),
        ("Поэтесса Инна Ветлугина прочла стихи. Журналистка спросила её о планах.", None, "журналистка"),
    ],
)  # fmt: skip
def test_a_bare_profession_refers_back_to_the_person_named_before(
    pipeline: Pipeline, text: str, holder: str | None, post: str
) -> None:
    document = pipeline(text)
    names = {p.id: p.name for p in document.persons}
    held = {p.title: names[p.person] for p in document.positions}
    assert held.get(post) == holder


def test_a_bare_profession_takes_part_through_its_post(pipeline: Pipeline) -> None:
    document = pipeline("Пианист Лев Горский выступил в Твери. На следующий день музыкант был госпитализирован.")
    assert ("Лев Горский", "participant") in _parts(document)
    assert ("музыкант", "госпитализирован") in _relations(document)


def test_the_source_of_po_slovam_takes_no_part(pipeline: Pipeline) -> None:
    document = pipeline("По словам его сестры Марины Локтевой, композитор скончался дома в субботу.")
    assert ("Марина Локтева", "participant") not in _parts(document)
    assert not any(head == "Марины Локтевой" for head, _ in _relations(document))


def test_one_who_takes_part_through_a_post_is_linked_by_name_where_the_name_stands(pipeline: Pipeline) -> None:
    document = pipeline("Пианист Лев Горский в 2019 году принял участие в концерте в Твери. "
                        "Музыкант выступил с докладом на концерте.")  # fmt: skip
    assert {("Лев Горский", "концерте"), ("Музыкант", "концерте")} <= _relations(document)


def test_a_pronoun_after_adverbials_alone_stands_for_the_person_before(pipeline: Pipeline) -> None:
    document = pipeline("Иван Сомов много лет работал инженером в Омске. Через год он был арестован на вокзале.")
    names = {p.id: p.name for p in document.persons}
    arrest = next(e for e in document.events if e.kind == "arrest")
    assert [names[p.person] for p in arrest.participants] == ["Иван Сомов"]


def test_a_sentence_without_a_subject_carries_the_one_before(pipeline: Pipeline) -> None:
    document = pipeline("Вчера умер поэт Игорь Лавров. Родился в 1931 году под Тверью.")
    names = {p.id: p.name for p in document.persons}
    birth = next(e for e in document.events if e.kind == "birth")
    assert [names[p.person] for p in birth.participants] == ["Игорь Лавров"]


def test_a_sentence_with_a_subject_of_its_own_carries_no_one(pipeline: Pipeline) -> None:
    document = pipeline("Вчера умер поэт Игорь Лавров. Дом культуры провёл вечер памяти.")
    assert all(not e.participants for e in document.events if e.kind != "death")


def _people(document: Document, kind: str) -> list[tuple[str, str]]:
    names = {p.id: p.name for p in document.persons}
    event = next(e for e in document.events if e.kind == kind)
    return sorted((names[p.person], p.part) for p in event.participants)


def test_the_owner_of_a_decree_in_the_genitive_signs_it(pipeline: Pipeline) -> None:
    document = pipeline(
        "Глава региона Иван Сомов вчера посетил завод. Вышло постановление главы региона "
        "от 5 июня о назначении нового министра спорта – Петра Орлова."
    )
    assert _people(document, "appointment") == [("Иван Сомов", "signer"), ("Петр Орлов", "appointee")]


def test_the_signer_of_a_decree_signs_the_appointment_of_the_next_sentence(pipeline: Pipeline) -> None:
    document = pipeline(
        "Распоряжение подписал губернатор Иван Сомов. "
        "«Назначить Петрова Олега Ивановича министром культуры области», — говорится в документе."
    )
    assert _people(document, "appointment") == [("Иван Сомов", "signer"), ("Олег Иванович Петров", "appointee")]


def test_a_signer_two_sentences_away_signs_nothing(pipeline: Pipeline) -> None:
    document = pipeline(
        "Распоряжение подписал губернатор Иван Сомов. Документ опубликован на портале. "
        "«Назначить Петрова Олега Ивановича министром культуры области», — говорится в документе."
    )
    assert ("Иван Сомов", "signer") not in _people(document, "appointment")


def test_an_appointment_takes_the_day_of_the_decree_signed_next_to_it(pipeline: Pipeline) -> None:
    document = pipeline(
        "Распоряжение подписал губернатор Иван Сомов 27 сентября. "
        "«Назначить Петрова Олега Ивановича министром культуры области», — говорится в документе."
    )
    assert next(e for e in document.events if e.kind == "appointment").start == "--09-27"


def test_a_decree_sentence_with_two_days_dates_nothing(pipeline: Pipeline) -> None:
    document = pipeline(
        "Распоряжение подписал 27 сентября губернатор Иван Сомов, оно вступит в силу 1 октября. "
        "«Назначить Петрова Олега Ивановича министром культуры области», — говорится в документе."
    )
    assert next(e for e in document.events if e.kind == "appointment").start is None


@pytest.mark.parametrize(
    "text, person, part",
    [
        ("Иван Сомов возглавил министерство транспорта области.", "Иван Сомов", "appointee"),
        ("Министр Пётр Орлов подал в отставку.", "Пётр Орлов", "participant"),
        ("Губернатор Олег Лунин сложил полномочия.", "Олег Лунин", "participant"),
    ],
)
def test_the_subject_who_takes_or_leaves_a_post_is_no_signer(pipeline: Pipeline, text: str, person: str, part: str) -> None:
    document = pipeline(text)
    names = {p.id: p.name for p in document.persons}
    assert [(names[p.person], p.part) for e in document.events for p in e.participants] == [(person, part)]


def test_the_one_who_appoints_is_still_the_signer(pipeline: Pipeline) -> None:
    document = pipeline("Губернатор Олег Лунин назначил Ивана Сомова министром транспорта.")
    assert _people(document, "appointment") == [("Иван Сомов", "appointee"), ("Олег Лунин", "signer")]


def test_a_bare_ceremony_after_an_inauguration_is_that_event(pipeline: Pipeline) -> None:
    document = pipeline(
        "Тимофей Ларионов вступил в должность мэра Верхнекамска. Трансляцию с церемонии вёл местный канал. "
        "«Желаю городу процветания и спокойствия», — сказал Ефим Дроздов."
    )
    inaugurations = [e for e in document.events if e.name == "вступление в должность"]
    names = {p.id: p.name for p in document.persons}
    assert len(inaugurations) == 1
    assert {names[p.person] for p in inaugurations[0].participants} >= {"Тимофей Ларионов", "Ефим Дроздов"}
    assert not any(e.name.startswith("церемони") for e in document.events)


def test_a_title_named_with_its_holder_takes_no_part_through_the_post(pipeline: Pipeline) -> None:
    document = pipeline(
        "Мэр Олег Сомов собрал в Твери коллегию, на которой сообщил о назначении нового руководителя "
        "минфина области, им стал Иван Резников, исполняющий обязанности министра финансов области с 3 мая "
        "2010 года после ухода в отставку прежнего министра Петра Ухова."
    )
    names = {p.id: p.name for p in document.persons}
    appointment = next(e for e in document.events if e.name.startswith("назначение"))
    assert "Иван Резников" in {names[p.person] for p in appointment.participants}
    assert "Петр Ухов" not in {names[p.person] for p in appointment.participants}

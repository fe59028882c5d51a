"""Coreference of people: full name, surname alone, initials; posts link through positions."""

from __future__ import annotations

import pytest

from ruskin import Pipeline
from ruskin.linking.persons import group_persons

from .roles_flow import analyse, document, tagged


@pytest.mark.parametrize(
    "text, groups",
    [
        ("Андрей Гнеушев выступил. Гнеушев отметил успехи. А. Гнеушев добавил.", [3]),
        ("Юлия Бренер выступила. Она рассказала о работе. Бренер добавила.", [2]),
        ("Дмитрий Азаров и Глеб Никитин встретились. Азаров пригласил Никитина.", [2, 2]),
        # Namesakes stay apart; the surname alone goes to the one named last before it.
        ("Алексей Гнеушев выступил. Андрей Гнеушев ответил на вопросы. Гнеушев поблагодарил всех.", [1, 2]),
        ("Андрей Гнеушев и Алексей Гнеушев приехали. Андрей Гнеушев выступил, Гнеушев ответил.", [3, 1]),
    ],
)
def test_names_group(pipeline: Pipeline, text: str, groups: list[int]) -> None:
    found = tagged(pipeline, analyse(pipeline, text))
    persons = group_persons([f for f in found if f.type == "PERSON"])
    assert [len(g.mentions) for g in persons] == groups


def test_post_alone_refers_to_its_holder(pipeline: Pipeline) -> None:
    text = "Губернатор Самарской области Дмитрий Азаров провёл совещание. Губернатор поручил подготовить план."
    doc = document(pipeline, text)
    [person] = doc.persons
    [office] = doc.positions
    assert office.person == person.id
    assert [doc.mention(m).text for m in office.mentions] == ["Губернатор Самарской области", "Губернатор"]


def test_a_name_gathers_the_parts_its_mentions_give(pipeline: Pipeline) -> None:
    text = (
        "Губернатор области Пётр Семёнов провёл совещание. Завершая встречу, "
        "Пётр Андреевич поблагодарил коллег."
    )
    [person] = pipeline(text).persons
    assert (person.name, person.first, person.middle, person.last) == (
        "Пётр Андреевич Семёнов", "Пётр", "Андреевич", "Семёнов"
    )
    assert len(person.mentions) == 2


def test_a_surname_read_as_a_first_name_joins_its_person(pipeline: Pipeline) -> None:
    doc = pipeline("Депутат Николай Удоратин выступил. Удоратин предложил поправки.")
    assert [p.name for p in doc.persons] == ["Николай Удоратин"]


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор округа Юрий Бездудный провёл совещание. Инаугурация Бездудного прошла скромно.",
        "Вице-премьер Юрий Трутнев прибыл в Биробиджан. По словам Трутнева, работы много.",
    ],
)
def test_an_unnormalised_case_form_of_a_surname_joins_its_person(pipeline: Pipeline, text: str) -> None:
    assert len(pipeline(text).persons) == 1


def test_a_case_form_does_not_join_a_person_when_one_matches_as_it_is(pipeline: Pipeline) -> None:
    text = "Иван Петров и Анна Петрова пришли на встречу. Петрова выступила первой."
    doc = pipeline(text)
    (anna,) = [p for p in doc.persons if p.name == "Анна Петрова"]
    assert len(anna.mentions) == 2


def test_a_region_read_as_a_name_is_no_person(pipeline: Pipeline) -> None:
    doc = pipeline("Глава республики рассказал о сотрудничестве с Карачаево-Черкесией.")
    assert not doc.persons
    assert [region.name for region in doc.regions] == ["Карачаево-Черкесская Республика"]


def test_a_surname_that_is_a_city_stays_a_person(pipeline: Pipeline) -> None:
    doc = pipeline("Писатель Антон Чехов жил в Ялте. Чехов написал там пьесу.")
    assert [person.name for person in doc.persons] == ["Антон Чехов"]


def test_a_name_in_brackets_after_another_is_the_same_person(pipeline: Pipeline) -> None:
    document = pipeline("Журналист Джон Кларк (John Clark) приехал в Омск. Кларк провёл там неделю.")
    assert [(p.name, len(p.mentions)) for p in document.persons] == [("Джон Кларк", 3)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Певец Олег Лунин (настоящая фамилия Сомов) выступил в Омске.", "Олег Лунин"),
        ("Анна Сомова (урождённая Лунина) открыла выставку.", "Анна Сомова"),
    ],
)
def test_another_name_in_brackets_is_the_same_person(pipeline: Pipeline, text: str, name: str) -> None:
    assert [(p.name, len(p.mentions)) for p in pipeline(text).persons] == [(name, 2)]


def test_two_names_in_brackets_apart_stay_two_people(pipeline: Pipeline) -> None:
    document = pipeline("На встрече были Джон Кларк и (по приглашению) Анна Лунина.")
    assert sorted(p.name for p in document.persons) == ["Анна Лунина", "Джон Кларк"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Мэр Андрей Крылов провёл совещание. Работы завершат к осени. Кро", {"Андрей Крылов"}),
        ("Мэр Андрей Крылов провёл совещание с жителями. Примеча", {"Андрей Крылов"}),
        ("Мэр Андрей Крылов провёл совещание. Доклад сделала министр здравоохранения Ольг", {"Андрей Крылов", "Ольг"}),
        ("Мэр Андрей Крылов провёл совещание. Работы завершат к осени. Крылов.", {"Андрей Крылов"}),
    ],
)
def test_one_word_alone_where_an_excerpt_stops_is_no_name(pipeline: Pipeline, text: str, names: set[str]) -> None:
    """A scraped excerpt may stop mid-word: one word alone in the last sentence is no name,
    one after a post still is."""
    assert {p.name for p in pipeline(text).persons} == names


@pytest.mark.parametrize(
    "text, name",
    [
        # a first name pymorphy3 only guesses, as a man's genitive, stays a woman's nominative
        ("Министр культуры Айсура Кармина открыла выставку.", "Айсура Кармина"),
        ("Заявление сделала Айсура Кармина.", "Айсура Кармина"),
        # a woman's surname in the nominative gives the gender the tagger got wrong
        ("Выступила министр Дарима Цыренова.", "Дарима Цыренова"),
        # a first name the dictionary knows is still a man's
        ("Встреча с главой района прошла без Ивана Петрова.", "Иван Петров"),
    ],
)
def test_an_unknown_first_name_keeps_its_gender(pipeline: Pipeline, text: str, name: str) -> None:
    assert [person.name for person in document(pipeline, text).persons] == [name]

"""Holders named away from the post (``ruskin.holders.carried``) and bare posts of an office whose
holder is public knowledge (``ruskin.holders.known``). Real sentences through the pipeline; the
names and places are made up for ruskin."""

from __future__ import annotations

import pytest

from ruskin import Document, Pipeline
from ruskin.gazetteers.gazetteer import load_table
from ruskin.holders.known import known_offices
from ruskin.holders.offices import _ways


def held(doc: Document) -> set[tuple[str, str]]:
    """(person, title) of every Position."""
    names = {p.id: p.name for p in doc.persons}
    return {(names[p.person], p.title) for p in doc.positions}


@pytest.mark.parametrize(
    "text, person, title",
    [
        (
            "Владимир Путин провёл рабочую встречу с главой Тверской области. Пётр Самойлов рассказал о ремонте дорог.",
            "Пётр Самойлов",
            "глава Тверской области",
        ),
        (
            "Губернатор Тверской области 5 мая отмечает юбилей. Ивану Сомову исполнилось 60 лет.",
            "Иван Сомов",
            "губернатор Тверской области",
        ),
        (
            "Марина Котова руководила институтом с 2004 по 2012 год, затем была заместителем министра здравоохранения.",
            "Марина Котова",
            "заместитель министра здравоохранения",
        ),
        (
            "Сергей Сомов родился в Твери. В 2015 году был назначен вице-губернатором Тверской области.",
            "Сергей Сомов",
            "вице-губернатор Тверской области",
        ),
        (
            "Сергей Сомов вернулся в Тверь. В 2019 году его назначили министром транспорта Тверской области.",
            "Сергей Сомов",
            "министр транспорта Тверской области",
        ),
    ],
)
def test_a_holder_named_away_from_the_post(pipeline: Pipeline, text: str, person: str, title: str) -> None:
    assert (person, title) in held(pipeline(text))


def test_a_stand_in_title_names_the_region_in_the_genitive(pipeline: Pipeline) -> None:
    text = "Сергей Сомов родился в Тверской области. Затем его назначили министром транспорта региона."
    titles = {title for _, title in held(pipeline(text))}
    assert "министр транспорта Тверской области" in titles


@pytest.mark.parametrize(
    "text",
    [
        # both subjects: two people, not one
        "Президент Франции выступил на саммите. Владимир Путин встретился с делегацией позже.",
        # the appointer is not the one appointed
        "Сергей Сомов провёл совещание. 15 марта Владимир Путин назначил его исполняющим обязанности губернатора.",
    ],
)
def test_no_holder_from_the_wrong_person(pipeline: Pipeline, text: str) -> None:
    doc = pipeline(text)
    wrong = {("Владимир Путин", title) for _, title in held(doc)}
    assert not wrong & held(doc)


def test_the_person_appointed_by_a_pronoun_holds_the_post(pipeline: Pipeline) -> None:
    text = "Сергей Сомов провёл совещание. 15 марта Владимир Путин назначил его исполняющим обязанности губернатора."
    assert any(person == "Сергей Сомов" and "губернатор" in title for person, title in held(pipeline(text)))


def test_the_next_sentence_name_is_not_the_one_already_there(pipeline: Pipeline) -> None:
    text = (
        "Глава Тверской области Пётр Самойлов встретил гостя. Олег Рыбин проведёт встречи с руководителем области. "
        "Олег Рыбин ведёт вопросы транспорта."
    )
    assert not any(person == "Олег Рыбин" for person, _ in held(pipeline(text)))


def test_a_bare_post_of_the_head_of_state_is_held_by_the_named_president(pipeline: Pipeline) -> None:
    text = "Глава Тверской области Пётр Самойлов доложил президенту о ходе стройки. Владимир Путин попросил ускорить работы."
    doc = pipeline(text)
    assert ("Владимир Путин", "президент") in held(doc)
    (position,) = [p for p in doc.positions if p.title == "президент"]
    assert position.holder is None  # not named at the post


def test_no_known_holder_when_the_article_names_another_holder(pipeline: Pipeline) -> None:
    text = (
        "Президент Казахстана Касым-Жомарт Токаев прибыл в Тверь. Владимир Путин встретил гостя. "
        "Губернатор Пётр Самойлов рассказал президенту о заводе."
    )
    assert ("Владимир Путин", "президент") not in held(pipeline(text))


def test_no_known_holder_for_a_foreign_office(pipeline: Pipeline) -> None:
    text = "Министр обороны Пётр Самойлов встретился с президентом Франции. Владимир Путин прислал приветствие."
    assert not any(person == "Владимир Путин" for person, _ in held(pipeline(text)))


def test_known_holders_name_offices_that_role_offices_lists() -> None:
    offices = set(_ways().values())
    assert set(known_offices()) <= offices
    assert all(row["first_name"] and row["surname"] for row in load_table("role_known_holders"))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Заместителями министра культуры Тверской области остались Иван Сомов и Олег Рыбин.",
            {"Иван Сомов", "Олег Рыбин"},
        ),
        (
            "В должности заместителя губернатора Тверской области вновь утверждены Иван Сомов (по вопросам "
            "транспорта), Олег Рыбин (по строительству) и Анна Котова (по внутренней политике).",
            {"Иван Сомов", "Олег Рыбин", "Анна Котова"},
        ),
    ],
)
def test_a_list_of_names_after_a_post_and_a_verb(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    holders = {person for person, title in held(pipeline(text)) if title.startswith("заместитель")}
    assert holders == expected


def test_a_plural_post_after_a_preposition_has_no_listed_holders(pipeline: Pipeline) -> None:
    text = "С заместителями министра встретились Иван Сомов и Олег Рыбин."
    assert not any(title.startswith("заместитель") for _, title in held(pipeline(text)))


def test_a_post_sought_takes_no_holder_from_its_neighbour(pipeline: Pipeline) -> None:
    text = "В числе кандидатов на пост главы Тверской области — депутат областной думы Олег Рыбин, глава района Иван Сомов."
    assert not any(title == "глава Тверской области" for _, title in held(pipeline(text)))


def test_the_agent_of_an_appointment_is_not_the_appointee(pipeline: Pipeline) -> None:
    text = (
        "Иван Сомов руководит областью с весны: он сменил на посту Олега Петрова, который был назначен "
        "президентом России Владимиром Путиным главой Минтранса."
    )
    posts = held(pipeline(text))
    assert ("Олег Петров", "глава Минтранса") in posts
    assert ("Олег Петров", "президент России") not in posts
    assert ("Иван Сомов", "глава Минтранса") not in posts


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("Глава республики объявил о назначении нового министра внутренних дел, им стал Олег Петров.", "Олег Петров", "министр внутренних дел"),
        ("Члены комиссии избрали заместителя председателя, им стал занимавший эту же должность Игорь Петров.", "Игорь Петров", "заместитель председателя"),
        ("Врио губернатора назначен Олег Петров.", "Олег Петров", "врио губернатора"),
        ("Полпред Иван Сомов представил правительству области врио губернатора региона Олега Петрова.", "Олег Петров", "врио губернатора региона"),
        ("По словам зампреда правительства региона Георгия Петрова, сумма ещё не подсчитана.", "Георгий Петров", "зампред правительства региона"),
    ],
)
def test_more_ways_a_post_names_its_holder(pipeline: Pipeline, text: str, person: str, title: str) -> None:
    assert (person, title) in held(pipeline(text))


def test_a_biography_carries_its_subject(pipeline: Pipeline) -> None:
    text = (
        "Иван Сомов родился в 1970 году в Твери. Окончил политехнический институт. "
        "С 2008 по 2010 год занимал пост заместителя мэра Твери. В 2012 году стал советником губернатора."
    )
    posts = held(pipeline(text))
    assert {("Иван Сомов", "заместитель мэра Твери"), ("Иван Сомов", "советник губернатора")} <= posts


def test_a_new_subject_stops_the_carry(pipeline: Pipeline) -> None:
    text = "Иван Сомов родился в Твери. Завод открылся в 1990 году. С 2008 года занимал пост заместителя мэра."
    assert not any(title.startswith("заместитель") for _, title in held(pipeline(text)))


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("Губернатор отправил в отставку и.о. вице-губернатора Владимира Петрова.", "Владимир Петров", "и.о. вице-губернатора"),
        ("Вместо него и.о. заместителя губернатора назначен Николай Котов.", "Николай Котов", "и.о. заместителя губернатора"),
        (
            "Так, первым заместителем губернатора и одновременно председателем правительства области остался Илья Петров.",
            "Илья Петров",
            "первый заместитель губернатора",
        ),
    ],
)
def test_acting_abbreviations_and_joined_posts(pipeline: Pipeline, text: str, person: str, title: str) -> None:
    assert (person, title) in held(pipeline(text))


def test_holders_listed_with_a_place_each(pipeline: Pipeline) -> None:
    doc = pipeline("Ожидается участие губернаторов Тверской области Ивана Сомова и Рязанской области Олега Петрова.")
    regions = {r.id: r.name for r in doc.regions}
    names = {p.id: p.name for p in doc.persons}
    seated = {(names[p.person], p.title, regions.get(p.region or "")) for p in doc.positions}
    assert seated == {
        ("Иван Сомов", "губернатор Тверской области", "Тверская область"),
        ("Олег Петров", "губернатор Рязанской области", "Рязанская область"),
    }


def test_a_profession_of_government_is_no_office(pipeline: Pipeline) -> None:
    (position,) = pipeline("Чиновник Иван Сомов ответил на вопросы.").positions
    assert position.kind == "profession"


def test_a_name_after_a_dash_in_the_posts_case_and_a_non_breaking_hyphen(pipeline: Pipeline) -> None:
    text = "В области прошла инаугурация нового главы района — Марины Котовой; экс\u2011глава района Иван Петров поздравил её."
    doc = pipeline(text)
    names = {p.id: p.name for p in doc.persons}
    assert {(names[p.person], p.title, p.status) for p in doc.positions} == {
        ("Марина Котова", "глава района", "current"),
        ("Иван Петров", "глава района", "former"),
    }


def test_praise_names_no_office(pipeline: Pipeline) -> None:
    text = "Отец Ивана, Валерий Котов, руководил заводом много лет. «Он был эффективным руководителем», — сказал Путин."
    assert not any(title == "руководитель" for _, title in held(pipeline(text)))

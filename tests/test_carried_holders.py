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
            "Министр транспорта обсудил новые трассы с главой Тверской области. Пётр Самойлов рассказал о ремонте дорог.",
            "Пётр Самойлов",
            "глава Тверской области",
        ),
        (
            "Губернатор Тверской области получил награду за работу с молодёжью. Ивану Сомову её вручили в Москве.",
            "Иван Сомов",
            "губернатор Тверской области",
        ),
        (
            "Марина Котова десять лет преподавала в университете, позже была заместителем министра образования.",
            "Марина Котова",
            "заместитель министра образования",
        ),
        (
            "Сергей Сомов окончил университет в Твери. Спустя пять лет был назначен вице-губернатором Тверской области.",
            "Сергей Сомов",
            "вице-губернатор Тверской области",
        ),
        (
            "Сергей Сомов долго работал на заводе. Весной прошлого года его назначили министром транспорта Тверской области.",
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


APPOINTED_BY_PRONOUN = (
    "Сергей Сомов провёл совещание. В понедельник глава республики Пётр Самойлов назначил его "
    "исполняющим обязанности министра."
)


@pytest.mark.parametrize(
    "text, wrong_person",
    [
        # both subjects: two people, not one
        ("Президент Франции выступил на саммите. Владимир Путин встретился с делегацией позже.", "Владимир Путин"),
        # the appointer is not the one appointed
        (APPOINTED_BY_PRONOUN, "Пётр Самойлов"),
    ],
)
def test_no_holder_from_the_wrong_person(pipeline: Pipeline, text: str, wrong_person: str) -> None:
    doc = pipeline(text)
    assert not any(person == wrong_person and title != "глава республики" for person, title in held(doc))


def test_the_person_appointed_by_a_pronoun_holds_the_post(pipeline: Pipeline) -> None:
    text = APPOINTED_BY_PRONOUN
    assert any(person == "Сергей Сомов" and "министр" in title for person, title in held(pipeline(text)))


def test_the_next_sentence_name_is_not_the_one_already_there(pipeline: Pipeline) -> None:
    text = (
        "Глава Тверской области Пётр Самойлов встретил гостя. Олег Рыбин обсудит планы с руководителем области. "
        "Олег Рыбин курирует транспорт."
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
            "На должность заместителя губернатора Тверской области назначены Иван Сомов (транспорт), "
            "Олег Рыбин (строительство) и Анна Котова (образование).",
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
    text = "Среди претендентов на пост главы Тверской области — депутат областной думы Олег Рыбин, глава района Иван Сомов."
    assert not any(title == "глава Тверской области" for _, title in held(pipeline(text)))


def test_the_agent_of_an_appointment_is_not_the_appointee(pipeline: Pipeline) -> None:
    text = (
        "Иван Сомов работает в комитете с весны: там он сменил Олега Петрова, который был утверждён "
        "премьер-министром Андреем Котовым директором департамента."
    )
    posts = held(pipeline(text))
    assert ("Олег Петров", "директор департамента") in posts
    assert ("Олег Петров", "премьер-министр") not in posts
    assert ("Иван Сомов", "директор департамента") not in posts


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("Губернатор представил нового министра спорта, им стал Олег Петров.", "Олег Петров", "министр спорта"),
        ("На сессии депутаты выбрали заместителя председателя думы, им стал уже работавший в думе Игорь Петров.", "Игорь Петров", "заместитель председателя думы"),
        ("Врио губернатора назначен Олег Петров.", "Олег Петров", "врио губернатора"),
        ("На встрече с депутатами полпред Иван Сомов похвалил врио губернатора региона Олега Петрова.", "Олег Петров", "врио губернатора региона"),
        ("В докладе зампреда правительства края Георгия Петрова говорится о дорогах.", "Георгий Петров", "зампред правительства края"),
    ],
)
def test_more_ways_a_post_names_its_holder(pipeline: Pipeline, text: str, person: str, title: str) -> None:
    assert (person, title) in held(pipeline(text))


def test_a_biography_carries_its_subject(pipeline: Pipeline) -> None:
    text = (
        "Иван Сомов родился в 1970 году в Твери. Окончил политехнический институт. "
        "Потом три года занимал пост заместителя мэра Твери. Позже стал советником губернатора."
    )
    posts = held(pipeline(text))
    assert {("Иван Сомов", "заместитель мэра Твери"), ("Иван Сомов", "советник губернатора")} <= posts


def test_a_new_subject_stops_the_carry(pipeline: Pipeline) -> None:
    text = "Иван Сомов родился в Твери. Завод открылся в 1990 году. Потом три года занимал пост заместителя мэра."
    assert not any(title.startswith("заместитель") for _, title in held(pipeline(text)))


@pytest.mark.parametrize(
    "text, person, title",
    [
        ("Губернатор уволил и.о. вице-губернатора Виктора Петрова.", "Виктор Петров", "и.о. вице-губернатора"),
        ("На его место и.о. министра культуры назначен Николай Котов.", "Николай Котов", "и.о. министра культуры"),
        (
            "Первым вице-губернатором и одновременно министром финансов области стал Илья Петров.",
            "Илья Петров",
            "первый вице-губернатор",
        ),
    ],
)
def test_acting_abbreviations_and_joined_posts(pipeline: Pipeline, text: str, person: str, title: str) -> None:
    assert (person, title) in held(pipeline(text))


def test_holders_listed_with_a_place_each(pipeline: Pipeline) -> None:
    doc = pipeline("На форум приедут губернаторы Тверской области Иван Сомов и Рязанской области Олег Петров.")
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
    text = "На церемонии поздравили нового главу поселения — Марину Котову; экс\u2011глава поселения Иван Петров вручил ей ключ."
    doc = pipeline(text)
    names = {p.id: p.name for p in doc.persons}
    assert {(names[p.person], p.title, p.status) for p in doc.positions} == {
        ("Марина Котова", "глава поселения", "current"),
        ("Иван Петров", "глава поселения", "former"),
    }


def test_praise_names_no_office(pipeline: Pipeline) -> None:
    text = "Отец Ивана, Валерий Котов, руководил заводом много лет. «Он всегда был толковым руководителем», — вспоминали коллеги."
    assert not any(title == "руководитель" for _, title in held(pipeline(text)))


def test_by_his_data_is_no_owner_of_a_framed_post(pipeline: Pipeline) -> None:
    document = pipeline(
        "Мэр Иван Сомов представил новых сотрудников. По его данным, на должность директора департамента "
        "культуры назначена Анна Лунина."
    )
    names = {p.id: p.name for p in document.persons}
    assert ("директор департамента культуры", "Анна Лунина") in {(p.title, names.get(p.person)) for p in document.positions}

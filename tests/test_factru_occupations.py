"""factRuEval Occupation facts made from a document's Positions (``ruskin.evaluation.occupations``)."""

from __future__ import annotations

import pytest

from ruskin import Document, Pipeline, Position
from ruskin.evaluation import document_prediction
from ruskin.evaluation.occupations import factru_heads
from ruskin.gazetteers.gazetteer import duplicates, load_table


def facts(document: Document) -> list[tuple[str, str, str | None]]:
    """(who, post, where) of each predicted occupation, as text."""
    text = document.text
    return [
        (text[slice(*o.who)], text[slice(*o.position)], text[slice(*o.where)] if o.where else None)
        for o in document_prediction(document).occupations
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Известный писатель Иван Петров выступил на книжной ярмарке в Самаре.",
        "Тбилисский врач Георгий Беридзе считает, что реформа запоздала.",
        "Популярный блогер Антон Смирнов опубликовал видео с места событий.",
        "Скульптор Алексей Громов представил проект памятника.",
        "Академик Сергей Орлов раскритиковал новую программу.",
    ],
)
def test_a_calling_without_a_workplace_is_no_occupation(pipeline: Pipeline, text: str) -> None:
    document = pipeline(text)
    assert document.positions, "the Position stays a record; only the factRu fact is left out"
    assert facts(document) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Экономист Всемирного банка Иван Петров представил доклад.", ("Иван Петров", "Экономист", "Всемирного банка")),
        (
            "Журналист газеты «Коммерсантъ» Иван Петров задал вопрос министру.",
            ("Иван Петров", "Журналист газеты", "Коммерсантъ"),
        ),
    ],
)
def test_a_calling_with_its_workplace_is_an_occupation(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert facts(pipeline(text)) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Губернатор Иван Петров посетил новую школу.", ("Иван Петров", "Губернатор", None)),
        ("Мэр Москвы Сергей Собянин открыл станцию метро.", ("Сергей Собянин", "Мэр", "Москвы")),
    ],
)
def test_a_post_of_office_is_an_occupation_with_or_without_its_place(
    pipeline: Pipeline, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert facts(pipeline(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Владелец ресторана Иван Петров открыл новое заведение.",
        "Владелец компании «Ромашка» Иван Петров продал свой пакет акций.",
        "Совладелец холдинга «Ромашка» Иван Петров подал в отставку.",
    ],
)
def test_an_owner_is_no_occupation(pipeline: Pipeline, text: str) -> None:
    assert facts(pipeline(text)) == []


def test_a_post_stated_twice_is_one_fact_at_its_first_statement(pipeline: Pipeline) -> None:
    text = (
        "Министр финансов России Антон Силуанов выступил на форуме. "
        "Позже министр финансов Антон Силуанов ответил на вопросы журналистов."
    )
    [occupation] = document_prediction(pipeline(text)).occupations
    assert occupation.position == (0, len("Министр финансов"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Сергей Собянин открыл станцию метро. Мэр Москвы пообещал открыть ещё три станции.", []),
        (
            "Сергей Собянин заявил, что мэр Москвы откроет ещё три станции.",
            [("Сергей Собянин", "мэр", "Москвы")],
        ),
    ],
)
def test_a_post_without_its_holder_needs_the_person_in_its_sentence(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]
) -> None:
    base = pipeline(text)
    [person] = base.persons
    [role] = [m for m in base.mentions if m.type == "ROLE" and m.text.lower() == "мэр москвы"]
    [city] = [m for m in base.mentions if m.text == "Москвы"]
    position = Position(id="pos9", person=person.id, title="мэр Москвы", mention=role.id, place=city.id)
    assert facts(base.model_copy(update={"positions": (position,)})) == expected


def test_factru_heads_are_unique_and_of_known_kinds() -> None:
    rows = load_table("factru_heads")
    assert duplicates(rows, "lemma") == []
    assert set(factru_heads().values()) == {"calling", "owner"}


def test_a_post_listing_its_holders_is_no_occupation(pipeline: Pipeline) -> None:
    document = pipeline("Лауреатами становились такие известные футболисты, как Роберто Баджо, Павел Недвед и Андрей Шевченко.")
    assert len(document.positions) == 3, "each listed name holds the post in the records"
    assert facts(document) == []

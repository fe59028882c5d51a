"""Posts a verb names ("возглавил министерство", "республику возглавлял"): Positions with no
ROLE mention. Real sentences through the pipeline; names and places are made up for ruskin."""

from __future__ import annotations

import pytest

from ruskin import Document, Pipeline


def posts(doc: Document) -> set[tuple[str, str, str | None, str]]:
    """(person, title, region, status) of every Position."""
    names = {p.id: p.name for p in doc.persons}
    places = {r.id: r.name for r in doc.regions}
    return {(names[p.person], p.title, places.get(p.region or ""), p.status) for p in doc.positions}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "В Туве прошли выборы. С 2007 по 2021 год республику возглавлял Иван Сомов.",
            ("Иван Сомов", "глава Республики Тыва", "Республика Тыва", "former"),
        ),
        (
            "Анна Котова, возглавившая Тверскую область пять лет назад, открыла новую больницу.",
            ("Анна Котова", "глава Тверской области", "Тверская область", "current"),
        ),
        (
            "Олег Рыбин возглавил министерство культуры Тверской области.",
            ("Олег Рыбин", "министр культуры Тверской области", "Тверская область", "current"),
        ),
    ],
)
def test_a_verb_names_the_post(pipeline: Pipeline, text: str, expected: tuple[str, str, str, str]) -> None:
    doc = pipeline(text)
    assert expected in posts(doc)
    (position,) = [p for p in doc.positions if p.title == expected[1]]
    assert position.mention is None and position.mentions == ()
    assert position.holder is not None and doc.get(position.holder).text in text


def test_a_body_in_the_articles_region(pipeline: Pipeline) -> None:
    text = "В Тверской области обновили правительство. Департаментом транспорта продолжит руководить Анна Котова."
    doc = pipeline(text)
    (position,) = [p for p in doc.positions if p.title.startswith("руководитель")]
    assert (position.title, position.seat_basis) == ("руководитель Департамента транспорта", "context")
    assert doc.get(position.region or "").name == "Тверская область"


def test_no_second_post_for_a_stated_head(pipeline: Pipeline) -> None:
    text = "Губернатор Тверской области Иван Сомов возглавил область в 2018 году."
    titles = [title for _, title, _, _ in posts(pipeline(text))]
    assert titles == ["губернатор Тверской области"]


def test_no_post_without_a_region_or_body(pipeline: Pipeline) -> None:
    text = "Иван Сомов возглавил список кандидатов от партии."
    assert not pipeline(text).positions


def test_views_show_a_post_without_a_mention(pipeline: Pipeline) -> None:
    doc = pipeline("Олег Рыбин возглавил министерство культуры Тверской области.")
    assert "министр культуры Тверской области" in doc.to_html()
    assert [p.title for p in doc.keep_zones().positions] == ["министр культуры Тверской области"]


@pytest.mark.parametrize(
    "text, title, kind",
    [
        ("Губернатор Тверской области Иван Сомов открыл школу.", "губернатор Тверской области", "post"),
        ("Главврач районной больницы Олег Рыбин рассказал о ремонте.", "главврач районной больницы", "post"),
        ("Полковник полиции Иван Сомов рассказал о задержании.", "полковник полиции", "rank"),
        ("Журналист Анна Котова задала вопрос.", "журналист", "profession"),
    ],
)
def test_a_position_says_what_it_holds(pipeline: Pipeline, text: str, title: str, kind: str) -> None:
    (position,) = pipeline(text).positions
    assert (position.title, position.kind) == (title, kind)


def test_officials_in_the_evaluation_are_holders_of_posts(pipeline: Pipeline) -> None:
    from ruskin.evaluation.records_view import article_records

    doc = pipeline("Полковник полиции Иван Сомов и губернатор Тверской области Олег Рыбин открыли школу.")
    officials = {(official.person, official.title) for official in article_records(doc).officials}
    assert officials == {("Олег Рыбин", "губернатор Тверской области")}

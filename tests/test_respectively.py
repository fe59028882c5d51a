"""A plural post with coordinated complements paired with its names in order when
"соответственно" closes the list; without it, or when the counts differ, the shared title stays."""

from __future__ import annotations

import pytest

from ruskin import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def held(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str]]:
    """Each holder's name as written, with the title and status of their position."""
    doc = pipeline(text)
    return {doc.mention(p.holder).text: (p.title, p.status) for p in doc.positions if p.holder}


def test_names_take_complements_in_order(pipeline: Pipeline) -> None:
    text = "Вчера утверждены министры туризма и транспорта — Глеб Уткин и Вера Сомова соответственно."
    found = held(pipeline, text)
    assert found.get("Глеб Уткин") == ("министр туризма", "current")
    assert found.get("Вера Сомова") == ("министр транспорта", "current")


def test_dismissed_names_keep_former_status(pipeline: Pipeline) -> None:
    text = "Тогда же с постов министров торговли и связи ушли Марат Ленский и Лада Осинина соответственно."
    found = held(pipeline, text)
    assert found.get("Марат Ленский") == ("министр торговли", "former")
    assert found.get("Лада Осинина") == ("министр связи", "former")


@pytest.mark.parametrize(
    "text",
    [
        "Министры туризма и транспорта Глеб Уткин и Вера Сомова обсудили планы.",
        "Вчера утверждены министры туризма, транспорта и связи — Глеб Уткин и Вера Сомова соответственно.",
    ],
)
def test_shared_title_without_respectively(pipeline: Pipeline, text: str) -> None:
    titles = {title for title, _ in held(pipeline, text).values()}
    assert "министр туризма" not in titles


def test_these_posts_take_the_earlier_plural_post(pipeline: Pipeline) -> None:
    text = (
        "В среду объявлены новые министры туризма и связи. Прежде с этих постов были сняты "
        "Глеб Уткин и Вера Сомова соответственно."
    )
    found = held(pipeline, text)
    assert found.get("Глеб Уткин") == ("министр туризма", "former")
    assert found.get("Вера Сомова") == ("министр связи", "former")


def test_these_posts_need_respectively(pipeline: Pipeline) -> None:
    text = "В среду объявлены новые министры туризма и связи. На эти посты претендовали Глеб Уткин и Вера Сомова."
    assert "министр туризма" not in {title for title, _ in held(pipeline, text).values()}

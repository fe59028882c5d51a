"""Where events are held, through the whole pipeline: a place-kind noun or a place's adjective
between the preposition and the place's name (``events.venues``)."""

from __future__ import annotations

import pytest

from ruskin import Document, Pipeline
from ruskin.gazetteers.gazetteer import load_table


def place_of(document: Document, kind: str) -> str | None:
    """The text of the place mention of the document's first event of ``kind``."""
    event = next(e for e in document.events if e.kind == kind)
    return document.get(event.location).text if event.location else None


@pytest.mark.parametrize(
    "text, kind, place",
    [
        ("Известный хирург родился в селе Малиновка в 1950 году.", "birth", "Малиновка"),
        ("Соревнования прошли в городе Талица.", "championship", "Талица"),
        ("Певица родилась в провинции Сычуань.", "birth", "Сычуань"),
    ],
)
def test_a_place_kind_noun_may_stand_before_the_places_name(
    pipeline: Pipeline, text: str, kind: str, place: str
) -> None:
    assert place_of(pipeline(text), kind) == place


@pytest.mark.parametrize(
    "text, kind, place",
    [
        ("Учёный родился в японской префектуре Хоккайдо.", "birth", "Хоккайдо"),
        ("Вечером оркестр дал концерт в лондонском Альберт-холле.", "concert", "Альберт-холле"),
    ],
)
def test_the_place_an_adjective_qualifies_beats_the_adjective(
    pipeline: Pipeline, text: str, kind: str, place: str
) -> None:
    assert place_of(pipeline(text), kind) == place


def test_a_place_adjective_alone_is_still_the_place(pipeline: Pipeline) -> None:
    assert place_of(pipeline("Выставка открылась в петербургском музее."), "exhibition") == "петербургском"


def test_event_place_words_have_known_roles_and_no_duplicates() -> None:
    rows = load_table("event_place_words")
    pairs = [(row["word"], row["role"]) for row in rows]
    assert len(pairs) == len(set(pairs)) and {role for _, role in pairs} <= {"kind", "venue", "institution"}


def test_a_venue_named_by_its_place_is_a_location_holding_the_place(pipeline: Pipeline) -> None:
    document = pipeline("Вчера в аэропорту Казани прошла встреча с туристами.")
    assert [(m.type, m.text) for m in document.mentions if m.type in ("LOCATION", "CITY")] == [
        ("LOCATION", "аэропорту Казани"), ("CITY", "Казани")
    ]  # fmt: skip
    assert place_of(document, "meeting") == "аэропорту Казани"


def test_a_venue_beats_the_city_named_after_it(pipeline: Pipeline) -> None:
    document = pipeline("Церемония прошла на Ваганьковском кладбище в Москве.")
    assert place_of(document, "ceremony") == "Ваганьковском кладбище"


def test_a_venue_takes_the_place_adjective_before_it(pipeline: Pipeline) -> None:
    document = pipeline("Митинг прошёл у стен городской больницы, а концерт — в московском парке Сокольники.")
    assert "московском парке Сокольники" in [m.text for m in document.mentions if m.type == "LOCATION"]


def test_a_venue_noun_alone_names_no_venue(pipeline: Pipeline) -> None:
    document = pipeline("Совещание прошло в большом зале.")
    assert ([m.type for m in document.mentions], place_of(document, "meeting")) == (["EVENT"], None)


def test_places_joined_by_commas_and_and_are_all_places_of_the_event(pipeline: Pipeline) -> None:
    document = pipeline("Праймериз прошли в Техасе, Огайо и Вермонте. Фестиваль пройдёт в Омске и в Томске.")
    texts = {m.id: m.text for m in document.mentions}
    places = {e.kind: [texts[p] for p in e.places] for e in document.events}
    assert places == {"election": ["Техасе", "Огайо", "Вермонте"], "festival": ["Омске", "Томске"]}
    assert all(texts[e.location or ""] == texts[e.places[0]] for e in document.events)


def test_one_place_leaves_places_empty(pipeline: Pipeline) -> None:
    document = pipeline("Форум прошёл в Казани, а выставка открылась в Самаре.")
    texts = {m.id: m.text for m in document.mentions}
    assert {texts[e.location or ""]: e.places for e in document.events} == {"Казани": (), "Самаре": ()}


def test_a_place_stays_in_its_clause(pipeline: Pipeline) -> None:
    document = pipeline("Форум прошёл в Казани, а выставка откроется позже.")
    assert place_of(document, "forum") == "Казани"
    assert place_of(document, "exhibition") is None


@pytest.mark.parametrize(
    "text",
    [
        "Взрыв в ночь на 3 марта 2023 года в Омске повредил жилой дом.",
        "Пожар в пятницу, 3 марта 2023 года, в Омске тушили шесть часов.",
    ],
)
def test_a_date_between_the_event_and_its_place_counts_as_one_word(pipeline: Pipeline, text: str) -> None:
    event = pipeline(text).events[0]
    assert event.location is not None
    assert pipeline(text).get(event.location).text == "Омске"


def test_a_place_far_past_the_event_is_not_its_place(pipeline: Pipeline) -> None:
    document = pipeline("Стрельба началась поздно вечером, когда все жители нашего маленького района уже спали в Омске.")
    assert document.events[0].location is None


@pytest.mark.parametrize(
    "text, kind, place",
    [
        ("Вечером он вручил награды на церемонии в Омском драматическом театре.", "ceremony", "Омском драматическом театре"),
        ("Концерт прошёл в Большом театре в Москве.", "concert", "Большом театре"),
    ],
)
def test_a_theatre_or_another_institution_with_a_building_is_a_place(
    pipeline: Pipeline, text: str, kind: str, place: str
) -> None:
    assert place_of(pipeline(text), kind) == place

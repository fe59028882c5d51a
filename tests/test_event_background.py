"""Events named as setting or history (a war served in, a biography's birth) are background;
what the article reports is not."""

from __future__ import annotations

import pytest

from ruskin import Pipeline
from ruskin.records import Document, Event


def _events(document: Document, kind: str) -> list[Event]:
    return [e for e in document.events if e.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор вручил награды участникам специальной военной операции на церемонии в Омске.",
        "На совещании выступил ветеран боевых действий Пётр Гусев.",
        "Мэр провёл встречу с семьями бойцов, погибших на спецоперации.",
    ],
)
def test_a_war_served_in_is_background_and_the_news_is_not(pipeline: Pipeline, text: str) -> None:
    document = pipeline(text)
    wars = _events(document, "war")
    assert wars and all(e.background for e in wars)
    assert any(not e.background for e in document.events if e.kind != "war")


def test_a_war_told_about_as_a_subject_is_reported(pipeline: Pipeline) -> None:
    document = pipeline("Гражданская война в стране началась весной и продолжалась три года.")
    wars = _events(document, "war")
    assert wars and not any(e.background for e in wars)


def test_a_birth_in_a_biography_is_background_and_the_appointment_is_not(pipeline: Pipeline) -> None:
    document = pipeline(
        "Губернатор назначил Олега Сомова министром транспорта области. "
        "Олег Сомов родился в 1979 году в Твери."
    )
    births = _events(document, "birth")
    assert births and all(e.background for e in births)
    assert any(e.kind == "appointment" and not e.background for e in document.events)


def test_a_child_born_is_news(pipeline: Pipeline) -> None:
    document = pipeline("Вчера жена депутата Ильи Горина родила сына.")
    births = _events(document, "birth")
    assert births and not any(e.background for e in births)


def test_background_is_a_column_of_the_events_frame(pipeline: Pipeline) -> None:
    pytest.importorskip("pandas")
    from ruskin import to_frames

    frame = to_frames(pipeline("Ветеран боевых действий Пётр Гусев открыл выставку в Курске."))["events"]
    assert dict(zip(frame["kind"], frame["background"])) == {"war": True, "exhibition": False}


def test_a_war_named_as_setting_draws_no_one_from_the_sentences_event(pipeline: Pipeline) -> None:
    document = pipeline(
        "Губернатор Иван Сомов провёл совещание. Вечером он вручил награды ветеранам боевых действий на церемонии в Омске."
    )
    names = {p.id: p.name for p in document.persons}
    ceremony = next(e for e in document.events if e.kind == "ceremony")
    assert [names[p.person] for p in ceremony.participants] == ["Иван Сомов"]


@pytest.mark.parametrize("text", ["Полковник в отставке Иван Сомов выступил на митинге.", "В отставке он увлекался рыбалкой."])
def test_retired_is_a_state_not_a_resignation(pipeline: Pipeline, text: str) -> None:
    assert not _events(pipeline(text), "resignation")


@pytest.mark.parametrize("text", ["Министр Пётр Орлов ушёл в отставку.", "Губернатор сообщил об отставке министра."])
def test_a_resignation_is_still_an_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline(text), "resignation")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Губернатор Кирилл Дронов предложил Степану Лапину возглавить областной фонд.", "appointment"),
        ("Сенатор Пётр Ершов пообещал отправить в отставку двух своих помощников.", "resignation"),
        ("Мэру Анне Белкиной необходимо провести встречи с жильцами аварийных домов.", "meeting"),
        ("«Могли бы вы возглавить комитет по туризму?» — спросил глава района Игоря Мохова.", "appointment"),
    ],
)
def test_an_event_offered_promised_or_needed_is_background(pipeline: Pipeline, text: str, kind: str) -> None:
    events = _events(pipeline(text), kind)
    assert events and all(e.background for e in events)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Губернатор Кирилл Дронов назначил Степана Лапина директором областного фонда.", "appointment"),
        ("Мэр Анна Белкина проведёт встречи с жильцами аварийных домов в четверг.", "meeting"),
        ("Мэр Анна Белкина планирует провести встречу с жильцами в четверг.", "meeting"),
    ],
)
def test_an_event_done_or_announced_is_news(pipeline: Pipeline, text: str, kind: str) -> None:
    events = _events(pipeline(text), kind)
    assert events and not any(e.background for e in events)

"""Round-3 event rules in real sentences: which event a date, place or person goes with,
counts of victims inside a mention, and the words added to the event lists."""

from __future__ import annotations

import pytest

from ruskin import Pipeline
from ruskin.events.lexicon import event_holding
from ruskin.gazetteers.gazetteer import duplicates, load_table

from .test_events import build, spans


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Погибли по меньшей мере 23 человека.",
            ("Погибли по меньшей мере 23 человека", "death"),
        ),
        ("В результате аварии погибли 8 человек.", ("погибли 8 человек", "death")),
        ("Ранены ещё 13 человек.", ("Ранены ещё 13 человек", "injury")),
        ("Он погиб в 1999 году.", ("погиб", "death")),
        ("Актёр погиб в автокатастрофе.", ("автокатастрофе", "accident")),
        ("Певица родила сына.", ("родила сына", "birth")),
        ("Бизнесмен был найден мёртвым в своём доме.", ("найден мёртвым", "death")),
        ("Семья переехала в Москву.", ("переехала", "move")),
        ("Спортсмен сбежал из сборной.", ("сбежал", "escape")),
        ("Команда выиграла Кубок Италии.", ("Кубок Италии", "championship")),
        (
            "Назначены внеочередные парламентские выборы.",
            ("парламентские выборы", "election"),
        ),
        ("Говорят о его скорой отставке.", ("отставке", "resignation")),
    ],
)
def test_new_event_mentions(
    pipeline: Pipeline, sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in spans(pipeline, sentence)


@pytest.mark.parametrize(
    "sentence, kind, date",
    [
        (
            "Президентские выборы прошли в 2012 году, а саммит — 5 мая 2014 года.",
            "election",
            "2012",
        ),
        (
            "Президентские выборы прошли в 2012 году, а саммит — 5 мая 2014 года.",
            "summit",
            "2014-05-05",
        ),
        (
            "Саммит завершился, а 5 мая 2014 года прошли выборы.",
            "election",
            "2014-05-05",
        ),
        ("Саммит завершился, а 5 мая 2014 года прошли выборы.", "summit", None),
        (
            "Он родился 5 марта 1950 года и умер в Москве 2 июня 2010 года.",
            "birth",
            "1950-03-05",
        ),
        (
            "Он родился 5 марта 1950 года и умер в Москве 2 июня 2010 года.",
            "death",
            "2010-06-02",
        ),
    ],
)
def test_a_date_goes_with_its_closest_event(
    pipeline: Pipeline, sentence: str, kind: str, date: str | None
) -> None:
    built = build(pipeline, sentence)
    assert built.event(kind).start == date


def test_a_far_date_is_not_the_events(pipeline: Pipeline) -> None:
    text = (
        "В 2011 году он впервые баллотировался в мэры города от партии народного союза"
        " сельских учителей и занял на выборах второе место."
    )
    built = build(pipeline, text)
    assert built.event("election").date is None


def test_a_leading_date_goes_with_the_event_joined(pipeline: Pipeline) -> None:
    text = "Во вторник, 23 апреля, в Нижнем Новгороде полпред Иван Петров принял участие в открытии стратегической сессии."
    built = build(pipeline, text)
    assert built.event("session").start == "--04-23"


def test_a_leading_day_wins_over_a_nearer_year(pipeline: Pipeline) -> None:
    text = "Сегодня, 3 марта, депутаты провели уже пятое в этом году заседание комиссии по бюджету."
    built = build(pipeline, text)
    assert built.event("meeting").start == "--03-03"


def test_an_undated_event_takes_the_day_the_next_sentence_names(pipeline: Pipeline) -> None:
    text = "Совет директоров переизбрал Ивана Громова председателем. Итоги голосования подвели 12 октября."
    built = build(pipeline, text)
    assert built.event("appointment").start == "--10-12"


def test_the_next_sentence_with_an_event_of_its_own_keeps_its_day(pipeline: Pipeline) -> None:
    text = "Совет директоров переизбрал Ивана Громова председателем. Совещание прошло 12 октября."
    built = build(pipeline, text)
    assert (built.event("appointment").start, built.event("meeting").start) == (None, "--10-12")


def test_a_date_in_a_relative_clause_about_someone_else_is_not_the_events(pipeline: Pipeline) -> None:
    text = (
        "18 мая ректор Иван Громов принял отставку декана Петра Сомова, который работал в университете"
        " с 1990 года, и назначил исполняющим обязанности декана Олега Белова."
    )
    built = build(pipeline, text)
    assert built.event("appointment").start == "--05-18"


def test_a_date_in_a_relative_clause_about_the_event_is_the_events(pipeline: Pipeline) -> None:
    text = "Профсоюз объявил о митинге в защиту парка, который пройдёт 5 мая."
    built = build(pipeline, text)
    assert [e.start for e in built.events] == ["--05-05"]


def test_a_place_in_what_was_said_is_not_where_the_event_was(pipeline: Pipeline) -> None:
    built = build(pipeline, "На совещании Иван Громов сообщил, что в Самаре открылся новый вокзал.")
    assert built.event("meeting").location is None


def test_an_appointment_takes_the_date_of_the_decree_about_it(pipeline: Pipeline) -> None:
    built = build(pipeline, "Президент 7 марта подписал указ о назначении послов в трёх странах.")
    assert built.event("appointment").start == "--03-07"


def test_a_place_far_in_the_clause_of_a_verbal_event_is_its_place(pipeline: Pipeline) -> None:
    built = build(pipeline, "Вчера умер бывший директор машиностроительного завода Иван Громов в Казани.")
    assert built.text(built.event("death").location) == "Казани"


def test_then_takes_the_date_of_the_sentence_before(pipeline: Pipeline) -> None:
    built = build(pipeline, "Завод сменил владельца в 2016 году. Тогда совет директоров назначил Ивана Громова управляющим.")
    assert built.event("appointment").start == "2016"


def test_a_place_goes_with_its_closest_event(pipeline: Pipeline) -> None:
    built = build(pipeline, "После форума прошла выставка в Москве.")
    assert (
        built.event("forum").location,
        built.text(built.event("exhibition").location),
    ) == (None, "Москве")


def test_a_person_takes_part_in_the_closest_event_only(pipeline: Pipeline) -> None:
    built = build(
        pipeline, "После саммита в Пекине Иван Петров провёл переговоры с партнёрами."
    )
    assert (built.people(built.event("summit")), built.people(built.event("talks"))) == (
        set(), {("Иван Петров", "participant")}
    )  # fmt: skip


def test_holding_words_are_lemmas_without_duplicates() -> None:
    assert (
        duplicates(load_table("event_holding"), "lemma") == []
        and "участие" in event_holding()
    )


def test_the_only_date_goes_on_to_a_later_event(pipeline: Pipeline) -> None:
    document = pipeline(
        "Напомним, 25 октября президент Владимир Путин назначил Ивана Петрова губернатором, "
        "отправив в отставку Анну Сидорову."
    )
    assert {(e.name, e.start) for e in document.events} == {("назначение", "--10-25"), ("отставка", "--10-25")}


def test_the_only_date_stays_with_its_event_outside_a_gerund_clause(pipeline: Pipeline) -> None:
    document = pipeline("25 октября в Казани прошёл форум молодёжи, а затем начался фестиваль музыки.")
    assert {(e.name, e.start) for e in document.events} == {("форум молодёжи", "--10-25"), ("фестиваль музыки", None)}

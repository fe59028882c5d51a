"""DATE mentions: spans in NEREL's convention, ISO values, doc-date resolution, negatives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ruskin.found import Found
from ruskin.gazetteers.gazetteer import load_table
from ruskin.nlp.analysis import analyze_many
from ruskin.pipeline import Pipeline
from ruskin.records import DateValue
from ruskin.taggers.dates import DateParts, build_dates, date_mentions

SEEDS = Path("/work/shared/seeds")
DOC_DATE = dt.date(2019, 6, 20)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def dates(pipeline: Pipeline, text: str, doc_date: dt.date | None = None) -> list[Found]:
    [analysis] = analyze_many([text], pipeline.models, pipeline.morph)
    return date_mentions(analysis, doc_date)


def spans(pipeline: Pipeline, text: str) -> list[str]:
    return [text[f.start : f.stop] for f in dates(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "span", "start", "end", "precision"),
    [
        ("Форум проходит в Москве с 19 по 21 июня 2019 года.", "с 19 по 21 июня 2019 года", "2019-06-19", "2019-06-21", "day"),
        ("Форум пройдёт 19–21 июня в Казани.", "19–21 июня", "--06-19", "--06-21", "day"),
        ("Проекты рассчитаны на реализацию в 2019–2024 годах.", "в 2019–2024 годах", "2019", "2024", "year"),
        ("Во вторник, 23 апреля, в Нижнем Новгороде прошла сессия.", "Во вторник, 23 апреля", "--04-23", None, "day"),
        ("С 2023 г. к работе подключены органы самоуправления.", "С 2023 г", "2023", None, "year"),
        ("Аркадий Галицын 14 марта 2025 19:26 Вячеслав Федорищев заявил о работах", "14 марта 2025 19:26", "2025-03-14T19:26", None, "minute"),
        ("Указ подписан 7 мая 2018 года.", "7 мая 2018 года", "2018-05-07", None, "day"),
        ("В 2009 году он стал министром.", "В 2009 году", "2009", None, "year"),
        ("В апреле 2011 года прошли выборы.", "В апреле 2011 года", "2011-04", None, "month"),
        ("Отчёт опубликован 14.03.2025 на сайте.", "14.03.2025", "2025-03-14", None, "day"),
        ("Он руководил областью с 2007 по 2009 год.", "с 2007 по 2009 год", "2007", "2009", "year"),
        ("Рост продолжался в 1990-х годах.", "в 1990-х годах", "1990", "1999", "year"),
        ("Летом 2014 года мост открыли.", "Летом 2014 года", "2014-06", "2014-08", "month"),
        ("Программа завершится к 2030 году.", "к 2030 году", "2030", None, "year"),
        ("Совещание прошло в мае.", "в мае", "--05", None, "month"),
    ],
)
def test_absolute_dates(pipeline: Pipeline, text: str, span: str, start: str, end: str | None, precision: str) -> None:
    [found] = dates(pipeline, text)
    assert text[found.start : found.stop] == span
    assert found.normal == span
    assert (found.value.start, found.value.end, found.value.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "span", "start", "end", "precision"),
    [
        ("Форум пройдёт 19–21 июня в Казани.", "19–21 июня", "2019-06-19", "2019-06-21", "day"),
        ("Во вторник, 23 апреля, прошла сессия.", "Во вторник, 23 апреля", "2019-04-23", None, "day"),
        ("Вчера губернатор провёл совещание.", "Вчера", "2019-06-19", None, "day"),
        ("В прошлом году дорогу отремонтировали.", "В прошлом году", "2018", None, "year"),
        ("На прошлой неделе прошло заседание.", "На прошлой неделе", "2019-06-10", "2019-06-16", "day"),
        ("В июне прошлого года открыли школу.", "В июне прошлого года", "2018-06", None, "month"),
        ("В этом месяце сдадут дом.", "В этом месяце", "2019-06", None, "month"),
        ("Встреча прошла 5 января.", "5 января", "2019-01-05", None, "day"),
        ("Три года назад здесь был пустырь.", "Три года назад", None, None, None),
        ("5 лет назад здесь был пустырь.", "5 лет назад", "2014", None, "year"),
    ],
)
def test_resolved_against_doc_date(
    pipeline: Pipeline, text: str, span: str, start: str | None, end: str | None, precision: str | None
) -> None:
    [found] = dates(pipeline, text, DOC_DATE)
    assert text[found.start : found.stop] == span
    assert (found.value.start, found.value.end, found.value.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("doc_date", "start"),
    [(dt.date(2019, 12, 28), "2020-01-05"), (dt.date(2020, 3, 1), "2020-01-05"), (dt.date(2019, 8, 1), "2020-01-05")],
)
def test_day_without_year_takes_nearest_year(pipeline: Pipeline, doc_date: dt.date, start: str) -> None:
    [found] = dates(pipeline, "Встреча пройдёт 5 января.", doc_date)
    assert found.value.start == start


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("Вчера губернатор провёл совещание.", "-1 day"),
        ("В прошлом году дорогу отремонтировали.", "-1 year"),
        ("На прошлой неделе прошло заседание.", "-1 week"),
        ("В следующем году построят школу.", "+1 year"),
        ("5 лет назад здесь был пустырь.", "-5 year"),
    ],
)
def test_relative_without_doc_date(pipeline: Pipeline, text: str, relative: str) -> None:
    [found] = dates(pipeline, text)
    assert found.value.relative == relative
    assert found.value.start is None


@pytest.mark.parametrize(
    ("text", "doc_date", "conflict"),
    [
        ("Во вторник, 24 апреля 2019 года, прошла сессия.", None, "вторник, but 2019-04-24 is a Wednesday"),
        ("Во вторник, 24 апреля, прошла сессия.", DOC_DATE, "вторник, but 2019-04-24 is a Wednesday"),
        ("Во вторник, 23 апреля 2019 года, прошла сессия.", None, None),
        ("Во вторник, 24 апреля, прошла сессия.", None, None),
    ],
)
def test_weekday_conflict(pipeline: Pipeline, text: str, doc_date: dt.date | None, conflict: str | None) -> None:
    [found] = dates(pipeline, text, doc_date)
    assert found.value.weekday_conflict == conflict


@pytest.mark.parametrize(
    "text",
    [
        "Пн Вт Ср Чт Пт Сб Вс\n25 26 27 28 29 30 31\n1 2 3 4 5 6 7\n8 9 10 11 12 13 14",
        "Соглашения подписали 12 регионов из 14.",
        "Область вошла в ТОП-20 рейтинга.",
        "Звоните по телефону +7 (495) 123-45-67.",
        "Пожар произошёл на 5-й просеке.",
        "В акции приняли участие 2000 человек.",
        "Министр охраны окружающей среды выступил с докладом.",
        "Масса посылки составила 2 750 г.",
        "Умер в возрасте 67 лет.",
        "Претендент обязан быть не младше 30 лет.",
        "Она стала мамой в 35 лет.",
        "Ивану Петрову 65 лет.",
        "Ему было тогда 30 лет.",
        "Задержан Иван Сидоров, 49 лет, житель Твери.",
        "Задержан Андрей Смирнов (31 год).",
        "Им обоим по 40 лет.",
        "Погиб пятилетний мальчик.",
        "Писатель умер на 90-м году жизни.",
        "Город отмечает годовщину со дня основания.",
        "Нападающий провёл в клубе два сезона.",
        "Накануне губернатор провёл совещание.",
        "Этот день стал праздником для всего района.",
    ],
)
def test_not_dates(pipeline: Pipeline, text: str) -> None:
    assert spans(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Он занимал пост в течение пяти лет.", ["в течение пяти лет"]),
        ("Суд приговорил его к двум годам колонии.", ["двум годам"]),
        ("В 2006 и 2007 годах клуб побеждал.", ["В 2006", "2007 годах"]),
        ("Он был избран в 2009, 2011 и 2014 годах.", ["в 2009", "2011", "2014 годах"]),
        ("Чемпион мира (1961, 1967) приехал в Казань.", ["1961", "1967"]),
        ("Форум прошёл 17 и 18 февраля 2022 года.", ["17 и 18 февраля 2022 года"]),
        ("Об этом стало известно вчера — 3 марта 2014 года.", ["вчера", "3 марта 2014 года"]),
        ("Накануне, 14 ноября, ему стало легче.", ["14 ноября"]),
        ("Доплата составит в 2020 году — 1500 рублей.", ["в 2020 году"]),
        ("После десяти лет службы судья ушёл в отставку.", ["десяти лет"]),
        ("В ночь на 23 ноября из музея украли картину.", ["на 23 ноября"]),
        ("На этой неделе прошло заседание, а в этот день — выборы.", ["На этой неделе", "в этот день"]),
        ("В тот же день его отпустили.", ["В тот же день"]),
        ("В первой половине XX века город рос.", ["В первой половине XX века"]),
        ("Он уехал около года назад.", ["около года назад"]),
        ("Работы завершат в течение 2017 года.", ["в течение 2017 года"]),
        ("После майских праздников депутаты вернулись.", ["майских"]),
        ("Его избрали на пятилетний срок.", ["пятилетний"]),
    ],
)
def test_nerel_conventions(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert spans(pipeline, text) == expected


def test_seed_forum_page(pipeline: Pipeline) -> None:
    text = (SEEDS / "000_6ac6493350067d04.txt").read_text(encoding="utf-8")
    assert "с 19 по 21 июня 2019 года" in spans(pipeline, text)


def test_seed_session_page(pipeline: Pipeline) -> None:
    text = (SEEDS / "003_d459eea8fffb889c.txt").read_text(encoding="utf-8")
    found = spans(pipeline, text)
    assert {"Во вторник, 23 апреля", "С 2023 г", "14 марта 2025 19:26", "27 января 2025 14:34"} <= set(found)
    calendar = text.index("Пн Вт Ср Чт Пт Сб Вс")
    assert all(f.start < calendar for f in dates(pipeline, text))


def test_build_dates(pipeline: Pipeline) -> None:
    found = dates(pipeline, "С 19 по 21 июня 2019 года прошёл форум, а в 2020 году — второй.")
    ids = {id(f): f"m{n}" for n, f in enumerate(found, 7)}
    assert build_dates(found, ids) == (
        DateValue(id="d1", start="2019-06-19", end="2019-06-21", precision="day", mention="m7"),
        DateValue(id="d2", start="2020", end=None, precision="year", mention="m8"),
    )


@pytest.mark.parametrize("name", ["months", "weekdays", "relative_dates"])
def test_data_files_have_no_repeated_forms(name: str) -> None:
    rows = load_table(name)
    keys = [(row.get("kind", ""), row.get("lemma") or row.get("forms")) for row in rows]
    assert len(keys) == len(set(keys))
    forms = [form for row in rows for form in (row.get("forms") or "").split("|") if form]
    assert len(forms) == len(set(forms))


@pytest.mark.parametrize(
    ("text", "month", "duration"),
    [
        ("Итоги подвели на декабрьском заседании.", "--12", None),
        ("Его избрали на пятилетний срок.", None, "P5Y"),
    ],
)
def test_adjective_values(pipeline: Pipeline, text: str, month: str | None, duration: str | None) -> None:
    [found] = dates(pipeline, text)
    assert (found.value.start, found.value.duration) == (month, duration)


def test_date_parts_is_frozen() -> None:
    parts = DateParts(start="2019")
    with pytest.raises(AttributeError):
        parts.start = "2020"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "span", "start", "relative", "duration"),
    [
        ("Спортсменка выиграла золото на Олимпиаде-2016 в Рио.", "2016", "2016", None, None),
        ("Полина Иванова стала «Мисс Россия-2017».", "2017", "2017", None, None),
        ("Уже в 1999-м он вернулся в Москву.", "в 1999-м", "1999", None, None),
        ("В апреле 1999-го концерн возглавил новый директор.", "В апреле 1999-го", "1999-04", None, None),
        ("Документ опубликован 24/06/2016 на сайте.", "24/06/2016", "2016-06-24", None, None),
        ("Он заслуженный артист России c 2015 года.", "c 2015 года", "2015", None, None),
        ("Полномочия губернатора истекают через год.", "через год", "2020", None, "P1Y"),
        ("Спустя неделю министр подал в отставку.", "Спустя неделю", "2019-06-24", None, "P1W"),
        ("Он уволился за день до выборов.", "за день", None, None, "P1D"),
        ("Министр на днях посетил завод.", "на днях", None, None, None),
        ("Форум проводится ежегодно в Сочи.", "ежегодно", None, None, None),
        ("Ветераны встречаются каждый год.", "каждый год", None, None, None),
        ("В следующем сезоне команда сыграет в высшей лиге.", "В следующем сезоне", None, "+1 season", None),
    ],
)
def test_new_forms(
    pipeline: Pipeline, text: str, span: str, start: str | None, relative: str | None, duration: str | None
) -> None:
    [found] = dates(pipeline, text, DOC_DATE)
    assert text[found.start : found.stop] == span
    assert (found.value.start, found.value.relative, found.value.duration) == (start, relative, duration)


@pytest.mark.parametrize(
    ("text", "doc_date", "start"),
    [
        ("Сегодня, 14 ноября, губернатор провёл встречу с жителями.", None, "--11-14"),
        ("Сегодня, 14 ноября, губернатор провёл встречу с жителями.", "2024-11-14", "2024-11-14"),
        ("Вчера, 5 мая, губернатор провёл встречу с жителями.", "2024-05-06", "2024-05-05"),
    ],
)
def test_a_relative_word_with_the_day_written_takes_the_day(
    pipeline: Pipeline, text: str, doc_date: str | None, start: str
) -> None:
    [date] = pipeline(text, doc_date=doc_date).dates
    assert date.start == start


@pytest.mark.parametrize(
    ("text", "doc_date", "values"),
    [
        (
            "Олег Гусев возглавил район в 2015 году. В мае того же года он провёл первую сессию совета.",
            None,
            [("2015", None), ("2015-05", None)],
        ),
        (
            "Школу заложили 3 марта 2011 года, а 9 ноября того же года её открыли.",
            DOC_DATE,
            [("2011-03-03", None), ("2011-11-09", None)],
        ),
        ("В октябре того же года мост закрыли на ремонт.", DOC_DATE, [("--10", None)]),
    ],
)
def test_a_month_of_the_same_year_takes_the_year_told_before(
    pipeline: Pipeline, text: str, doc_date: dt.date | None, values: list[tuple[str, str | None]]
) -> None:
    document = pipeline(text, doc_date=doc_date)
    assert [(d.start, d.end) for d in document.dates] == values


def test_an_event_in_a_month_of_the_same_year_is_dated_by_it(pipeline: Pipeline) -> None:
    document = pipeline("Олег Гусев возглавил район в 2015 году. В мае того же года он провёл первую сессию совета.")
    assert [e.start for e in document.events if e.kind == "session"] == ["2015-05"]

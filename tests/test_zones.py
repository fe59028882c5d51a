"""Page zones: title, body, caption, byline, comments, links and navigation on real page layouts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ruskin import InputTypeError, Pipeline
from ruskin.gazetteers.gazetteer import duplicates, load_table, split_values
from ruskin.nlp.analysis import Analysis, analyze_many
from ruskin.nlp.zones import ZONES, page_zones, zone_at, zone_of_span
from ruskin.records import DateValue, Document, Event, Mention, Participant, Person, Position, Quote, Sentence
from ruskin.views.keep import keep_zones

from .conftest import SEED_FORUM, SEED_SESSION

Analyse = Callable[[str], Analysis]


@pytest.fixture(scope="module")
def analyse(pipeline: Pipeline) -> Analyse:
    def run(text: str) -> Analysis:
        [analysis] = analyze_many([text], pipeline.models, pipeline.morph)
        analysis.zones = page_zones(analysis)
        return analysis

    return run


def zones_by_sentence(analysis: Analysis) -> dict[str, str]:
    return {analysis.text[start:stop]: zone for (start, stop), zone in zip(analysis.sentences, analysis.zones)}


PAGE = """Губернатор открыл новую школу в Самаре

Губернатор Самарской области Дмитрий Азаров открыл новую школу. В ней будут учиться 1100 детей.

Фото: пресс-служба губернатора

Строительство велось по национальному проекту «Образование».

Последние комментарии

Иван Петров 14 марта 2025 19:26 Дмитрий Азаров посетил Тольятти

Хорошая новость для района.

Фото на сайте
Все фотогалереи
Новости раздела
Мэр Самары провела прием граждан
Все новости
Архив
Пн Вт Ср Чт Пт Сб Вс
1 2 3 4 5 6 7
8 9 10 11 12 13 14
"""


@pytest.mark.parametrize(
    ("sentence", "zone"),
    [
        ("Губернатор открыл новую школу в Самаре", "title"),
        ("Губернатор Самарской области Дмитрий Азаров открыл новую школу.", "body"),
        ("В ней будут учиться 1100 детей.", "body"),
        ("Фото: пресс-служба губернатора", "caption"),
        ("Строительство велось по национальному проекту «Образование».", "body"),
        ("Последние комментарии", "comments"),
        ("Иван Петров 14 марта 2025 19:26 Дмитрий Азаров посетил Тольятти", "comments"),
        ("Хорошая новость для района.", "comments"),
        ("Фото на сайте", "caption"),
        ("Все фотогалереи", "caption"),
        ("Новости раздела", "links"),
        ("Мэр Самары провела прием граждан", "links"),
        ("Все новости", "links"),
        ("Архив", "navigation"),
        ("Пн Вт Ср Чт Пт Сб Вс", "navigation"),
        ("8 9 10 11 12 13 14", "navigation"),
    ],
)
def test_page_layout_zones(analyse: Analyse, sentence: str, zone: str) -> None:
    assert zones_by_sentence(analyse(PAGE))[sentence] == zone


@pytest.mark.parametrize(
    "text",
    [
        # A news item with no page furniture: one paragraph, ends with a full stop.
        "Губернатор Самарской области Дмитрий Азаров посетил Тольятти. Он осмотрел новую поликлинику.",
        "В понедельник 28 июня у здания мэрии Москвы состоялась акция протеста.\n\nВ ней приняли участие около ста человек.",
        # A sub-heading "Комментарии" inside an article, followed by a paragraph, not by comment headers.
        "Выборы прошли спокойно.\n\nКомментарии\n\nНаблюдатели от ОБСЕ заявили, что выборы в целом соответствовали"
        " международным стандартам. Вместе с тем они отметили ряд серьезных проблем.",
        # "Календарь" heading a match schedule, not a calendar grid.
        "Матч проводится впервые.\n\nКалендарь\n\n• 6 апреля, 1-я партия\n\nСчёт после трёх партий 2:1.",
    ],
)
def test_plain_texts_are_body(analyse: Analyse, text: str) -> None:
    assert set(analyse(text).zones) == {"body"}


def test_headline_line_is_title_and_the_rest_body(analyse: Analyse) -> None:
    analysis = analyse("Семья Хендерсонов приобрела ранчо в Техасе\n\nДжордж Хендерсон\nБывший сенатор Джордж Хендерсон купил ранчо.")
    assert analysis.zones == ["title", "body", "body"]


def test_a_single_line_without_full_stop_is_body(analyse: Analyse) -> None:
    assert analyse("Губернатор Самарской области Дмитрий Азаров посетил Тольятти").zones == ["body"]


def test_long_paragraph_after_related_links_returns_to_body(analyse: Analyse) -> None:
    text = (
        "Губернатор открыл школу.\n\nЧитайте также\nМэр провела прием граждан\n"
        "Строительство новой школы велось два года по национальному проекту «Образование». "
        "В ней будут учиться более тысячи детей из трех микрорайонов города, а также дети из пригородов."
    )
    zones = zones_by_sentence(analyse(text))
    assert zones["Читайте также"] == "links"
    assert zones["Мэр провела прием граждан"] == "links"
    assert zones["В ней будут учиться более тысячи детей из трех микрорайонов города, а также дети из пригородов."] == "body"


def test_one_long_sentence_after_related_links_returns_to_body(analyse: Analyse) -> None:
    text = (
        "Губернатор открыл школу.\n\nЧитайте также\nМэр провела прием граждан\n"
        '"Построить в микрорайоне Северный новую школу на тысячу учеников до конца следующего года", '
        "- говорится в распоряжении главы города, опубликованном на официальном портале.\n"
        "Прием граждан пройдет в пятницу"
    )
    zones = zones_by_sentence(analyse(text))
    assert zones["Мэр провела прием граждан"] == "links"
    assert zones["Прием граждан пройдет в пятницу"] == "body"
    assert "body" in {zone for sentence, zone in zones.items() if "распоряжении главы города" in sentence}


def test_a_dated_line_above_the_article_is_no_comment(analyse: Analyse) -> None:
    text = (
        "Тверские Новости 3 марта 2021 г. 07:15\n\nГубернатор открыл новую школу\n\n"
        "Губернатор области Иван Сомов открыл новую школу в Твери. В ней будут учиться более тысячи детей.\n\n"
        "Иван Петров 3 марта 2021 г. 10:15\nОтличная новость для города."
    )
    zones = zones_by_sentence(analyse(text))
    assert zones["Тверские Новости 3 марта 2021 г. 07:15"] == "navigation"
    assert zones["Губернатор области Иван Сомов открыл новую школу в Твери."] == "body"
    assert zones["Отличная новость для города."] == "comments"


@pytest.mark.parametrize("line", ["Лента дня 3 марта 2021 г. 07:15", "Сегодня 3 марта 2021 г. в 10:00 губернатор открыл школу."])
def test_a_dated_line_that_names_no_commenter_starts_no_comments(analyse: Analyse, line: str) -> None:
    text = f"Губернатор области Иван Сомов открыл новую школу в Твери.\n{line}\nВ ней будут учиться более тысячи детей."
    assert "comments" not in analyse(text).zones


def test_forum_page_glued_headline_is_title(analyse: Analyse) -> None:
    analysis = analyse(SEED_FORUM.read_text(encoding="utf-8"))
    assert analysis.zones[:3] == ["title", "title", "body"]
    assert analysis.text[slice(*analysis.sentences[2])].startswith("Заместитель губернатора")
    assert set(analysis.zones[2:]) == {"body"}


def test_session_page_zones(analyse: Analyse) -> None:
    analysis = analyse(SEED_SESSION.read_text(encoding="utf-8"))
    zones = zones_by_sentence(analysis)
    text = analysis.text
    assert analysis.zones[0] == "title"
    assert zones["Фото:"] == "caption"
    comments = text.index("Последние комментарии")
    article = [z for (start, _), z in zip(analysis.sentences, analysis.zones) if 0 < start < comments]
    assert set(article) == {"body", "caption"} and article.count("caption") == 1
    for commenter in ["Аркадий Галицын 14 марта 2025 19:26", "Иванов Денис 02 декабря 2024 13:26", "Александр Калинов"]:
        assert zone_at(analysis, text.index(commenter)) == "comments"
    assert zone_at(analysis, text.index("Альтернативы метрополитену нет")) == "comments"
    assert zone_at(analysis, text.index("Новости раздела")) == "links"
    assert zone_at(analysis, text.index("Пн Вт Ср")) == "navigation"
    assert zone_at(analysis, text.index("29 30 1 2 3 4 5")) == "navigation"


def test_zone_of_span_reads_the_sentence_a_span_starts_in(analyse: Analyse) -> None:
    analysis = analyse(PAGE)
    start = PAGE.index("Иван Петров")
    assert zone_of_span(analysis, start, start + len("Иван Петров")) == "comments"
    start = PAGE.index("Дмитрий Азаров")
    assert zone_of_span(analysis, start, start + len("Дмитрий Азаров")) == "body"


ARTICLE_WITH_CREDITS = """Мэр открыл сквер

В микрорайоне Северный мэр Андрей Крылов открыл новый сквер у реки. Работы шли всё лето.

Фото Ольги Зиминой

Марина Ветрова"""


def test_a_name_alone_closing_the_article_is_its_byline(analyse: Analyse) -> None:
    zones = zones_by_sentence(analyse(ARTICLE_WITH_CREDITS))
    assert zones["Марина Ветрова"] == "byline"
    assert zones["Фото Ольги Зиминой"] == "caption"
    assert zones["Работы шли всё лето."] == "body"


@pytest.mark.parametrize("line", ["Автор: Пётр Лаптев", "Текст: Пётр Лаптев", "Подготовила: Анна Лаптева"])
def test_an_author_line_is_a_byline(analyse: Analyse, line: str) -> None:
    text = f"{line}\n\nМэр Андрей Крылов провёл совещание с жителями района по вопросам благоустройства."
    assert zones_by_sentence(analyse(text))[line] == "byline"


@pytest.mark.parametrize(
    "text",
    [
        "Мэр Андрей Крылов провёл совещание с жителями района.\n\nНа совещании выступил Олег Панин",
        "Андрей Крылов\n\nМэр провёл совещание с жителями района.",
    ],
)
def test_a_name_in_running_text_or_before_the_article_is_no_byline(analyse: Analyse, text: str) -> None:
    assert "byline" not in analyse(text).zones


def test_bylines_are_no_persons_of_the_article(pipeline: Pipeline) -> None:
    document = pipeline(ARTICLE_WITH_CREDITS)
    zones = {p.name: p.zone for p in document.persons}
    assert zones == {"Андрей Крылов": "body", "Ольга Зимина": "caption", "Марина Ветрова": "byline"}
    assert [p.name for p in document.keep_zones().persons] == ["Андрей Крылов"]


def test_zone_markers_table_is_clean() -> None:
    rows = load_table("zone_markers")
    assert {row["zone"] for row in rows} <= set(ZONES)
    assert {row["kind"] for row in rows} == {"section", "heading", "line", "prefix", "weekday"}
    forms = [{"form": form} for row in rows for form in split_values(row["forms"])]
    assert duplicates(forms, "form") == []


def _document() -> Document:
    text = "Иван Петров открыл форум. Иван Петров 14 марта 2025 19:26 Петр Сидоров"
    return Document(
        text=text,
        sentences=(Sentence(start=0, stop=25), Sentence(start=26, stop=len(text), zone="comments")),
        mentions=(
            Mention(id="m1", type="PERSON", start=0, stop=11, text="Иван Петров", normal="Иван Петров"),
            Mention(id="m2", type="EVENT", start=19, stop=24, text="форум", normal="форум"),
            Mention(id="m3", type="PERSON", start=26, stop=37, text="Иван Петров", normal="Иван Петров", zone="comments"),
            Mention(id="m4", type="DATE", start=38, stop=52, text="14 марта 2025", normal="14 марта 2025", zone="comments"),
            Mention(id="m5", type="PERSON", start=59, stop=71, text="Петр Сидоров", normal="Петр Сидоров", zone="comments"),
        ),
        persons=(
            Person(id="p1", name="Иван Петров", mentions=("m1", "m3")),
            Person(id="p2", name="Петр Сидоров", mentions=("m5",), zone="comments"),
        ),
        positions=(Position(id="pos1", person="p2", title="мэр", zone="comments"),),
        events=(
            Event(id="e1", name="форум", mentions=("m2",),
                  participants=(Participant(person="p1"), Participant(person="p2"))),
        ),
        dates=(DateValue(id="d1", start="2025-03-14", mention="m4", zone="comments"),),
        quotes=(Quote(id="q1", speaker="p2", text="Иван", start=26, stop=30, zone="comments"),),
    )


def test_keep_zones_keeps_the_body_and_consistent_links() -> None:
    body = keep_zones(_document(), {"title", "body"})
    assert [m.id for m in body.mentions] == ["m1", "m2"]
    assert [(p.id, p.mentions) for p in body.persons] == [("p1", ("m1",))]
    assert body.positions == () and body.dates == () and body.quotes == ()
    assert body.events[0].participants == (Participant(person="p1"),)
    assert [(s.start, s.stop) for s in body.sentences] == [(0, 25)]
    assert body.text == _document().text


def test_keep_zones_can_keep_the_noise() -> None:
    noise = keep_zones(_document(), {"comments"})
    assert [m.id for m in noise.mentions] == ["m3", "m4", "m5"]
    assert [(p.id, p.mentions) for p in noise.persons] == [("p1", ("m3",)), ("p2", ("m5",))]
    assert [q.speaker for q in noise.quotes] == ["p2"] and [d.id for d in noise.dates] == ["d1"]
    assert noise.events == ()


def test_keep_zones_rejects_unknown_zones() -> None:
    with pytest.raises(ValueError):
        keep_zones(_document(), {"article"})


def test_keep_zones_takes_one_zone_name() -> None:
    assert keep_zones(_document(), "comments") == keep_zones(_document(), {"comments"})
    assert _document().keep_zones("body").mentions == keep_zones(_document(), {"body"}).mentions


@pytest.mark.parametrize("zones", [5, [b"body"]])
def test_keep_zones_says_what_zones_are(zones: object) -> None:
    with pytest.raises(InputTypeError, match="zones are names such as 'body'"):
        keep_zones(_document(), zones)  # type: ignore[arg-type]

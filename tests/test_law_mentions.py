"""Laws in real sentences: references to articles, jurisdictions, quoted titles, nicknames and treaties."""

from __future__ import annotations

import pytest

from ruskin import Pipeline
from ruskin.gazetteers.gazetteer import duplicates, load_table
from ruskin.taggers.initiatives import initiative_mentions

from .test_initiatives import analyse, records


def spans(pipeline: Pipeline, text: str) -> set[str]:
    return {text[f.start : f.stop] for f in initiative_mentions(analyse(pipeline, text))}


def kinds(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str | None]]:
    return {text[f.start : f.stop]: (f.value.kind, f.key) for f in initiative_mentions(analyse(pipeline, text))}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Возбуждено дело по п. «г» ч. 3 ст. 126 УК РФ.",
         {"п. «г» ч. 3 ст. 126 УК РФ", "ч. 3 ст. 126 УК РФ", "ст. 126 УК РФ", "УК РФ", "УК"}),
        ("Его обвиняют по части 2 статьи 311 Уголовного кодекса Узбекистана.",
         {"части 2 статьи 311 Уголовного кодекса Узбекистана", "статьи 311 Уголовного кодекса Узбекистана",
          "Уголовного кодекса Узбекистана", "Уголовного кодекса"}),
        ("Наказание по статье 229.1 УК России составляет до 10 лет.",
         {"статье 229.1 УК России", "УК России", "УК"}),
        ("Это предусмотрено 42-й статьей Конституции.", {"42-й статьей Конституции", "Конституции"}),
        ("Он освобождён в соответствии с пунктом е статьи 71 Конституции Российской Федерации.",
         {"пунктом е статьи 71 Конституции Российской Федерации", "статьи 71 Конституции Российской Федерации",
          "Конституции Российской Федерации", "Конституции"}),
    ],
)  # fmt: skip
def test_article_references_nest(pipeline: Pipeline, sentence: str, expected: set[str]) -> None:
    assert spans(pipeline, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["В статье 5 журнала об этом ничего нет.", "Пункт 3 повестки перенесли.", "Часть 2 доклада посвящена дорогам."],
)
def test_parts_without_a_law_are_not_mentions(pipeline: Pipeline, sentence: str) -> None:
    assert spans(pipeline, sentence) == set()


@pytest.mark.parametrize(
    "sentence, mention, kind, key",
    [
        ("Эти нормы закреплены в УК РФ.", "УК РФ", "law", "Уголовный кодекс Российской Федерации"),
        ("Согласно Конституции Мексики, президентом становится глава сената.", "Конституции Мексики", "law", None),
        ("Дело возбуждено по статье Уголовного кодекса Республики Беларусь.",
         "Уголовного кодекса Республики Беларусь", "law", None),
        ("Депутаты выступили против «пакета Яровой».", "пакета Яровой", "law", "Закон Яровой"),
        ("Госдума приняла закон Димы Яковлева.", "закон Димы Яковлева", "law", "Закон Димы Яковлева"),
        ("Россия вышла из Римского статута.", "Римского статута", "treaty", "Римский статут Международного уголовного суда"),
        ("Стороны обсудили договор о СНВ.", "договор о СНВ", "treaty",
         "Договор о сокращении стратегических наступательных вооружений"),
        ("Он нарушил Правила дорожного движения.", "Правила дорожного движения", "decree", "Правила дорожного движения"),
        ("Стороны подписали договор об экстрадиции.", "договор об экстрадиции", "treaty", None),
    ],
)  # fmt: skip
def test_laws_by_name(pipeline: Pipeline, sentence: str, mention: str, kind: str, key: str | None) -> None:
    assert kinds(pipeline, sentence)[mention] == (kind, key)


@pytest.mark.parametrize(
    "sentence, mention",
    [
        ("Президент подписал закон о введении запрета на вывоз зерна Аргентины.",
         "закон о введении запрета на вывоз зерна Аргентины"),
        ("Норвегия приняла закон о надзоре за курьерами.", "закон о надзоре за курьерами"),
    ],
)  # fmt: skip
def test_what_a_law_is_about_takes_its_complements(pipeline: Pipeline, sentence: str, mention: str) -> None:
    assert mention in spans(pipeline, sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Поправки внесли в закон «О связи».", {"О связи"}),
        ("Сенатор Ларионов направил в Госдуму проект федерального закона «О пчеловодстве».", {"О пчеловодстве"}),
        ("Изменения внесены в ФЗ N 318 «О государственном учёте лесных питомников».",
         {"ФЗ N 318", "О государственном учёте лесных питомников"}),
    ],
)  # fmt: skip
def test_a_quoted_title_is_the_mention(pipeline: Pipeline, sentence: str, expected: set[str]) -> None:
    assert spans(pipeline, sentence) == expected


def test_a_title_record_is_named_with_its_act(pipeline: Pipeline) -> None:
    [law] = records(pipeline, "Сенатор Ларионов предложил Госдуме проект закона «О пчеловодстве».")
    assert (law.name, law.kind) == ("закон «О пчеловодстве»", "law")


def test_a_code_and_its_abbreviation_share_a_record(pipeline: Pipeline) -> None:
    found = records(pipeline, "Дело возбуждено по статье 167 УК РФ. Позже УК изменили.")
    code = next(r for r in found if r.mentions and r.name == "УК РФ")
    assert len(code.mentions) == 3


@pytest.mark.parametrize(
    "sentence",
    ["На фестиваль приехал режиссёр Пак Чхан Ук.", "Глава СК РФ Александр Бастрыкин провёл совещание."],
)
def test_names_that_look_like_codes(pipeline: Pipeline, sentence: str) -> None:
    assert spans(pipeline, sentence) == set()


@pytest.mark.parametrize("table, column", [("law_parts", "word"), ("law_jurisdictions", "lemma"),
                                           ("law_about_prepositions", "lemma")])  # fmt: skip
def test_law_tables_have_no_duplicates(table: str, column: str) -> None:
    assert duplicates(load_table(table), column) == []

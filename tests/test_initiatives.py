"""Initiatives in real sentences and on the seed pages: mentions, kinds, names and records."""

from __future__ import annotations

import pytest

from ruskin import Pipeline
from ruskin.gazetteers.gazetteer import duplicates, load_table
from ruskin.ids import RecordIds
from ruskin.linking.initiatives import build_initiatives
from ruskin.nlp.analysis import Analysis, analyze_many
from ruskin.records import Initiative
from ruskin.taggers.initiatives import initiative_mentions

from .conftest import SEED_FORUM, SEED_SESSION


def analyse(pipeline: Pipeline, text: str) -> Analysis:
    [analysis] = analyze_many([text], pipeline.models, pipeline.morph)
    return analysis


def mentions(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    analysis = analyse(pipeline, text)
    return {(text[f.start : f.stop], f.value.kind, f.key or f.normal) for f in initiative_mentions(analysis)}


def records(pipeline: Pipeline, text: str) -> tuple[Initiative, ...]:
    analysis = analyse(pipeline, text)
    found = initiative_mentions(analysis)
    index = RecordIds(mentions={id(f): f"m{n}" for n, f in enumerate(found, 1)})
    return build_initiatives(analysis, found, index)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Регион участвует в реализации национальных проектов.",
         ("национальных проектов", "national project", "национальные проекты")),
        ("Средства выделены по национальному проекту «Демография».",
         ("национальному проекту «Демография»", "national project", "Демография")),
        ("Дороги ремонтируют по нацпроекту «Безопасные качественные дороги».",
         ("нацпроекту «Безопасные качественные дороги»", "national project", "Безопасные качественные дороги")),
        ("Работа идёт в рамках федерального проекта.", ("федерального проекта", "federal project", "федеральный проект")),
        ("Об этом говорится в государственных программах.",
         ("государственных программах", "programme", "государственные программы")),
        ("Область реализует проект «Повышение реального дохода граждан и снижение бедности в 2 раза».",
         ("проект «Повышение реального дохода граждан и снижение бедности в 2 раза»", "project",
          "проект «Повышение реального дохода граждан и снижение бедности в 2 раза»")),
        ("Во исполнение Указа Президента Российской Федерации от 7 мая 2018 г. № 204 приняты меры.",
         ("Указа Президента Российской Федерации от 7 мая 2018 г. № 204", "decree",
          "Указ Президента Российской Федерации от 7 мая 2018 г. № 204")),
        ("Закупка проведена в порядке, установленном Федеральным законом № 44-ФЗ.",
         ("Федеральным законом № 44-ФЗ", "law", "Федеральный закон № 44-ФЗ")),
        ("Он осуждён по статье 158 УК РФ.", ("УК РФ", "law", "Уголовный кодекс Российской Федерации")),
        ("Регионы внедряют Региональный социальный стандарт.",
         ("Региональный социальный стандарт", "standard", "Региональный социальный стандарт")),
        ("Область поднялась в Рейтинге качества жизни.", ("Рейтинге качества жизни", "rating", "Рейтинг качества жизни")),
        ("Семьи получают помощь по социальному контракту.", ("социальному контракту", "programme", "Социальный контракт")),
    ],
)
def test_initiative_mentions(pipeline: Pipeline, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in mentions(pipeline, sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Проект дома утвердили вчера.", "В регионе развивают образование и культуру.", "Президент подписал указ."],
)
def test_not_initiatives(pipeline: Pipeline, sentence: str) -> None:
    assert mentions(pipeline, sentence) == set()


def test_forum_page(pipeline: Pipeline) -> None:
    found = {(r.name, r.kind) for r in records(pipeline, SEED_FORUM.read_text(encoding="utf-8"))}
    assert found >= {
        ("национальные проекты", "national project"),
        ("проект «Повышение реального дохода граждан и снижение бедности в 2 раза»", "project"),
        ("Указ Президента Российской Федерации", "decree"),
        ("Социальный контракт", "programme"),
    }


def test_session_page(pipeline: Pipeline) -> None:
    page = records(pipeline, SEED_SESSION.read_text(encoding="utf-8"))
    found = {(r.name, r.kind) for r in page}
    assert found >= {
        ("Национальная социальная инициатива", "programme"),
        ("Региональный социальный стандарт", "standard"),
        ("Рейтинг качества жизни", "rating"),
        ("государственные программы", "programme"),
    }
    standard = next(r for r in page if r.name == "Региональный социальный стандарт")
    assert len(standard.mentions) == 3


@pytest.mark.parametrize("table, column", [("initiatives", "name"), ("initiative_words", "phrase"),
                                           ("initiative_authors", "lemma")])  # fmt: skip
def test_initiative_tables_have_no_duplicates(table: str, column: str) -> None:
    assert duplicates(load_table(table), column) == []

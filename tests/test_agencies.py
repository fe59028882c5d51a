"""Agencies in real sentences: the gazetteer, the tagger, abbreviations and the records."""

from __future__ import annotations

import pytest

from ruskin import Pipeline
from ruskin.gazetteers.agencies import agencies, agency_aliases, agency_index, agency_words
from ruskin.found import Found
from ruskin.gazetteers.gazetteer import conflicts, duplicates, load_table
from ruskin.ids import RecordIds
from ruskin.linking.agencies import build_agencies
from ruskin.linking.regions import build_regions
from ruskin.nlp.analysis import Analysis, analyze_many
from ruskin.gazetteers.places import canonical_form
from ruskin.records import Agency
from ruskin.resolve import resolve_overlaps
from ruskin.taggers.agencies import agency_mentions
from ruskin.taggers.entities import entity_mentions
from ruskin.taggers.places import place_mentions

from .conftest import SEED_FORUM, SEED_SESSION


def analyse(pipeline: Pipeline, text: str) -> Analysis:
    [analysis] = analyze_many([text], pipeline.models, pipeline.morph)
    return analysis


def tagged(pipeline: Pipeline, text: str) -> tuple[Analysis, list[Found]]:
    analysis = analyse(pipeline, text)
    found = entity_mentions(analysis, pipeline.morph) + place_mentions(analysis)
    return analysis, found + agency_mentions(analysis, found)


def agency_spans(pipeline: Pipeline, text: str) -> set[tuple[str, str, str | None]]:
    _, found = tagged(pipeline, text)
    return {(text[f.start : f.stop], f.normal, f.key) for f in found if f.type == "AGENCY"}


def records(pipeline: Pipeline, text: str) -> tuple[tuple[Agency, ...], dict[str, str]]:
    """Agency records built as build.py will: resolve, number, regions, then agencies."""
    analysis, found = tagged(pipeline, text)
    ordered = resolve_overlaps(found, text)
    ids = {id(f): f"m{n}" for n, f in enumerate(ordered, 1)}
    index = RecordIds(mentions=ids)
    regions = build_regions(ordered, ids)
    by_mention = {m: r.id for r in regions for m in r.mentions}
    for f in ordered:
        if ids[id(f)] in by_mention:
            index.assign("regions", by_mention[ids[id(f)]], [f])
    texts = {ids[id(f)]: text[f.start : f.stop] for f in ordered}
    region_names = {r.id: r.name for r in regions}
    return build_agencies(analysis, ordered, index), {**texts, **region_names}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Законопроект внесло Правительство Российской Федерации.",
            ("Правительство Российской Федерации", "Правительство Российской Федерации", "government"),
        ),
        ("Доклад подготовило Министерство финансов.", ("Министерство финансов", "Министерство финансов", "minfin")),
        ("Методики разработаны совместно с Министерством труда РФ.", ("Министерством труда РФ", "Министерство труда РФ", "mintrud")),
        ("Об этом сообщили в Минтруде.", ("Минтруде", "Минтруд", "mintrud")),
        ("Для этого используются опросы ФСО.", ("ФСО", "ФСО", "fso")),
        ("Данные опубликовал Росстат.", ("Росстат", "Росстат", "rosstat")),
        ("Проверку провела Федеральная налоговая служба.", ("Федеральная налоговая служба", "Федеральная налоговая служба", "fns")),
        ("Законопроект поступил в Госдуму.", ("Госдуму", "Госдума", "state-duma")),
        ("В проекте участвует Агентство стратегических инициатив.", ("Агентство стратегических инициатив", "Агентство стратегических инициатив", "asi")),
        ("Сотрудники МВД России задержали подозреваемого.", ("МВД России", "МВД России", "mvd")),
    ],
)
def test_federal_bodies(pipeline: Pipeline, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in agency_spans(pipeline, sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Об этом заявили в правительстве.", ("правительстве", "правительство")),
        ("Инициативу поддержало правительство региона.", ("правительство региона", "правительство региона")),
        ("Правительство Самарской области будет судиться с концессионером.", ("Правительство Самарской области", "Правительство Самарской области")),
        (
            "Выступила руководитель департамента развития трудовых ресурсов министерства труда, занятости и миграционной политики Самарской области.",
            (
                "министерства труда, занятости и миграционной политики Самарской области",
                "министерство труда, занятости и миграционной политики Самарской области",
            ),
        ),
        ("Наши попытки уперлись в позицию администрации промышленного района.", ("администрации промышленного района", "администрация промышленного района")),
        ("Документы подали в администрацию Самары.", ("администрацию Самары", "администрация Самары")),
        ("Решение отменил Басманный суд Москвы.", ("Басманный суд Москвы", "Басманный суд Москвы")),
        ("Британская полиция арестовала двух человек.", ("Британская полиция", "Британская полиция")),
    ],
)
def test_pattern_bodies(pipeline: Pipeline, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in {(text, normal) for text, normal, _ in agency_spans(pipeline, sentence)}


@pytest.mark.parametrize(
    "sentence, absent",
    [
        ("Врачи подключили ребёнка к аппарату искусственного кровообращения.", "аппарату"),
        ("Он изучал основы экономического управления.", "управления"),
        ("Суд рассмотрит дело в среду.", "Суд"),
        ("Министерство юстиции США сообщило об аресте.", "Министерство юстиции"),
    ],
)
def test_not_bodies(pipeline: Pipeline, sentence: str, absent: str) -> None:
    assert absent not in {text for text, _, _ in agency_spans(pipeline, sentence)}


def test_foreign_ministry_loses_the_russian_key(pipeline: Pipeline) -> None:
    spans = agency_spans(pipeline, "Министерство юстиции США сообщило об аресте.")
    assert ("Министерство юстиции США", "Министерство юстиции США", None) in spans


@pytest.mark.parametrize(
    "text, name, abbreviation, count",
    [
        (
            "Сессию организовало Агентство стратегических инициатив (АСИ). Эксперты АСИ выступили с докладом.",
            "Автономная некоммерческая организация «Агентство стратегических инициатив по продвижению новых проектов»",
            "АСИ",
            3,
        ),
        (
            "Члены Форума стран-экспортеров газа (ФСЭГ) встретились в Дохе. Решение ФСЭГ опубликуют позже.",
            "Форум стран-экспортеров газа",
            "ФСЭГ",
            3,
        ),
    ],
)
def test_abbreviation_defined_in_text(pipeline: Pipeline, text: str, name: str, abbreviation: str, count: int) -> None:
    agencies_found, _ = records(pipeline, text)
    [agency] = [a for a in agencies_found if a.abbreviation == abbreviation]
    assert (agency.name, len(agency.mentions)) == (name, count)


def test_regional_record_has_region_and_level(pipeline: Pipeline) -> None:
    text = "Совещание провело министерство труда, занятости и миграционной политики Самарской области."
    found, names = records(pipeline, text)
    [agency] = [a for a in found if a.level == "regional"]
    assert agency.name == "министерство труда, занятости и миграционной политики Самарской области"
    assert names[agency.region or ""] == "Самарская область"


def test_municipal_record(pipeline: Pipeline) -> None:
    found, _ = records(pipeline, "Проект застрял в администрации промышленного района.")
    assert [(a.name, a.level) for a in found] == [("администрация промышленного района", "municipal")]


@pytest.fixture(scope="module")
def session_agencies(pipeline: Pipeline) -> tuple[tuple[Agency, ...], dict[str, str]]:
    return records(pipeline, SEED_SESSION.read_text(encoding="utf-8"))


def test_seed_asi_is_one_agency(session_agencies: tuple[tuple[Agency, ...], dict[str, str]]) -> None:
    found, texts = session_agencies
    [asi] = [a for a in found if a.abbreviation == "АСИ"]
    assert {texts[m] for m in asi.mentions} == {"АСИ", "Агентством стратегических инициатив"}
    assert asi.level == "federal"


@pytest.mark.parametrize(
    "name, level, region",
    [
        ("Федеральная служба охраны Российской Федерации", "federal", None),
        ("министерство труда, занятости и миграционной политики Самарской области", "regional", "Самарская область"),
        ("Правительство Самарской области", "regional", "Самарская область"),
        ("Аппарат полномочного представителя", "federal", "Приволжский федеральный округ"),
        ("администрация промышленного района", "municipal", None),
    ],
)
def test_seed_session_agencies(
    session_agencies: tuple[tuple[Agency, ...], dict[str, str]], name: str, level: str, region: str | None
) -> None:
    found, names = session_agencies
    [agency] = [a for a in found if a.name.replace("\xa0", " ") == name]
    assert (agency.level, names.get(agency.region or "")) == (level, region)


def test_seed_forum_ministry_of_labour(pipeline: Pipeline) -> None:
    found, texts = records(pipeline, SEED_FORUM.read_text(encoding="utf-8"))
    [mintrud] = [a for a in found if a.abbreviation == "Минтруд"]
    assert mintrud.name == "Министерство труда и социальной защиты Российской Федерации"
    assert "Министерством труда РФ" in {texts[m] for m in mintrud.mentions}
    assert mintrud.level == "federal"


def test_gazetteer_has_no_duplicate_keys() -> None:
    assert duplicates(load_table("agencies"), "key") == []
    pairs = [{"entry": f"{row['word']} {row['role']}"} for row in load_table("agency_words")]
    assert duplicates(pairs, "entry") == []


def test_gazetteer_has_no_conflicting_aliases() -> None:
    assert conflicts((canonical_form(alias), key) for alias, key in agency_aliases()) == {}


def test_gazetteer_rows_are_complete() -> None:
    rows = agencies()
    assert {entry.level for entry in rows.values()} == {"federal"}
    assert all(entry.name and entry.kind for entry in rows.values())
    assert {"mintrud", "fso", "asi", "government", "state-duma"} <= set(rows)


def test_index_and_words_load() -> None:
    index = agency_index()
    assert index.names and "правительство" in agency_words().heads


def test_a_place_adjective_inside_a_name_does_not_end_it(pipeline: Pipeline) -> None:
    document = pipeline("Администрация американской военной базы сообщила об этом.")
    assert [m.text for m in document.mentions if m.type == "AGENCY"] == ["Администрация американской военной базы"]


def test_a_press_service_is_no_body_but_the_body_it_speaks_for_is(pipeline: Pipeline) -> None:
    assert [a.name for a in pipeline("Пресс-служба губернатора сообщила об этом.").agencies] == []
    names = [a.name for a in pipeline("Пресс-служба правительства республики сообщила об этом.").agencies]
    assert names == ["правительство республики"]

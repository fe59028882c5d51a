"""Where posts sit: abbreviations, cities and districts, the article's main region, one
Position per office, and the ministries posts imply. Real sentences through the pipeline."""

from __future__ import annotations

import pytest

from ruskin import Document, Pipeline
from ruskin.gazetteers.gazetteer import duplicates, load_table
from ruskin.gazetteers.places import regions
from ruskin.taggers.region_abbreviations import region_abbreviations

from .conftest import SEED_SESSION


def seats(doc: Document) -> set[tuple[str, str, str | None, str | None, str | None]]:
    """(person, title, region, municipality, seat basis) of every Position."""
    names = {p.id: p.name for p in doc.persons}
    places = {r.id: r.name for r in doc.regions}
    return {(names[p.person], p.title, places.get(p.region or ""), p.municipality, p.seat_basis) for p in doc.positions}


@pytest.mark.parametrize(
    "text, region",
    [
        ("В Казани открылся форум. Президент РТ Рустам Минниханов выступил на открытии.", "Республика Татарстан"),
        ("В Кызыле прошла сессия. Глава РТ Владислав Ховалыг выступил на открытии.", "Республика Тыва"),
        ("В Уфе открылась выставка. Премьер-министр РБ Андрей Назаров осмотрел стенды.", "Республика Башкортостан"),
        ("Глава РСО-Алания Сергей Меняйло провёл совещание.", "Республика Северная Осетия — Алания"),
        ("Губернатор ХМАО – Югры Руслан Кухарук провёл совещание.", "Ханты-Мансийский автономный округ — Югра"),
        ("Глава КБР Казбек Коков провёл совещание.", "Кабардино-Балкарская Республика"),
        ("Глава КЧР Рашид Темрезов провёл совещание.", "Карачаево-Черкесская Республика"),
        ("Губернатор ЕАО Ростислав Гольдштейн провёл совещание.", "Еврейская автономная область"),
        ("Губернатор ЯНАО Дмитрий Артюхов провёл совещание.", "Ямало-Ненецкий автономный округ"),
        ("Губернатор НАО Иван Петров провёл совещание.", "Ненецкий автономный округ"),
        ("Глава ЛНР Леонид Пасечник провёл совещание.", "Луганская Народная Республика"),
        ("Полпред президента в УрФО Артём Жога провёл совещание.", "Уральский федеральный округ"),
        ("Полпред президента в ПФО Игорь Комаров провёл совещание.", "Приволжский федеральный округ"),
        ("Полпред президента в СЗФО Александр Гуцан провёл совещание.", "Северо-Западный федеральный округ"),
        ("Полпред президента в ДФО Андрей Лебедев провёл совещание.", "Дальневосточный федеральный округ"),
        ("Полпред президента в СКФО Юрий Чайка провёл совещание.", "Северо-Кавказский федеральный округ"),
    ],
)
def test_a_post_seated_by_an_abbreviation(pipeline: Pipeline, text: str, region: str) -> None:
    [(_, _, found, _, basis)] = seats(pipeline(text))
    assert (found, basis) == (region, "abbreviation")


@pytest.mark.parametrize(
    "text",
    [
        # РТ is Татарстан or Тыва, and the text names neither
        "Президент РТ Рустам Минниханов выступил на открытии.",
        # it names both
        "Республика Тыва и Республика Татарстан подписали соглашение. Президент РТ Рустам Минниханов выступил.",
    ],
)
def test_an_ambiguous_abbreviation_is_left_open(pipeline: Pipeline, text: str) -> None:
    doc = pipeline(text)
    [position] = doc.positions
    assert position.region is None
    assert not [m for m in doc.mentions if m.text == "РТ" and m.type == "REGION"]


def test_a_city_gives_the_municipality_and_its_region(pipeline: Pipeline) -> None:
    doc = pipeline("Мэр Челябинска Наталья Котова провела приём граждан.")
    assert seats(doc) == {("Наталья Котова", "мэр Челябинска", "Челябинская область", "Челябинск", "city")}


def test_a_district_in_an_item_about_its_region(pipeline: Pipeline) -> None:
    text = (
        "В Самарской области подвели итоги года. Самарская область выполнила план. "
        "Глава Приволжского района Иван Петров доложил о ремонте дорог."
    )
    doc = pipeline(text)
    assert ("Иван Петров", "глава Приволжского района", "Самарская область", "Приволжский район", "context") in seats(doc)
    assert doc.main_region is not None and doc.main_region == doc.positions[0].region


def test_a_settlement_is_the_municipality(pipeline: Pipeline) -> None:
    doc = pipeline("В Брянской области открыли школу. Глава поселка Сосновка Иван Кузнецов поздравил учеников.")
    [(_, _, region, municipality, _)] = seats(doc)
    assert (region, municipality) == ("Брянская область", "поселок Сосновка")


def test_a_seat_from_the_articles_context_and_the_ministry_it_implies(pipeline: Pipeline) -> None:
    text = (
        "В Калининграде прошёл турнир по футболу. Калининградская область готовится к сезону. "
        "Министр спорта Андрей Иванов вручил награды."
    )
    doc = pipeline(text)
    [position] = doc.positions
    agency = next(a for a in doc.agencies if a.id == position.agency)
    assert (position.title, position.seat_basis) == ("министр спорта", "context")
    assert (agency.name, agency.level, agency.mentions) == ("Министерство спорта Калининградской области", "regional", ())
    assert agency.region == position.region == doc.main_region
    assert agency in doc.keep_zones().agencies  # kept with the post that implies it


def test_a_word_for_the_region_closing_a_ministers_post_names_no_field(pipeline: Pipeline) -> None:
    """"заместитель министра здравоохранения республики" is in the ministry of "министр
    здравоохранения Республики Коми", not in a "Министерство здравоохранения республики ..."."""
    text = (
        "Глава Республики Коми Олег Сомов назначил Бориса Лунина министром здравоохранения Республики Коми. "
        "Лунин ранее был заместителем министра здравоохранения республики."
    )
    doc = pipeline(text)
    ministries = {p.agency for p in doc.positions if "министр" in p.title}
    assert [a.name for a in doc.agencies if a.id in ministries] == ["Министерство здравоохранения Республики Коми"]


def test_a_federal_minister_belongs_to_the_federal_ministry(pipeline: Pipeline) -> None:
    doc = pipeline("Министр экономического развития РФ Максим Решетников посетил Самару.")
    [position] = doc.positions
    agency = next(a for a in doc.agencies if a.id == position.agency)
    assert (agency.name, agency.level) == ("Министерство экономического развития Российской Федерации", "federal")
    assert [r.name for r in doc.regions if r.id == position.region] == ["Российская Федерация"]


@pytest.mark.parametrize(
    "text",
    [
        # the country's president is no office of the region the item is about
        "В Самаре открыли завод. Самарская область растёт. Президент Владимир Путин поздравил рабочих.",
        # nor is the prime minister of Russia
        "Председатель правительства Михаил Мишустин посетил Казань.",
        # a rank is no office of a region
        "В Самарской области прошли учения. Полковник Иван Сидоров доложил об итогах.",
    ],
)
def test_posts_that_do_not_take_the_articles_region(pipeline: Pipeline, text: str) -> None:
    assert [p.region for p in pipeline(text).positions] == [None]


def test_a_regional_body_named_without_its_region(pipeline: Pipeline) -> None:
    text = (
        "Глава Кабардино-Балкарии Казбек Коков провёл заседание в Нальчике. Правительство республики одобрило "
        "программу, парламент региона поддержал её."
    )
    names = {a.name: a.level for a in pipeline(text).agencies}
    assert names == {
        "Правительство Кабардино-Балкарской Республики": "regional",
        "Парламент Кабардино-Балкарской Республики": "regional",
    }


def test_one_position_per_office_with_all_its_mentions(session_page: Document) -> None:
    """Seed 003: Кузьмицкий's post in four wordings is one Position."""
    names = {p.id: p.name for p in session_page.persons}
    [office] = [p for p in session_page.positions if names[p.person] == "Алексей Кузьмицкий"]
    assert office.title == "заместитель полномочного представителя президента РФ в ПФО"
    assert [session_page.mention(m).text.lower() for m in office.mentions] == [
        "заместитель полномочного представителя президента рф в пфо",
        "заместитель полномочного представителя",
        "заместитель полпреда",
        "замполпреда",
    ]
    assert session_page.mention(office.mention).text.lower() == office.title.lower()


def test_two_posts_of_one_person_stay_two(pipeline: Pipeline) -> None:
    doc = pipeline(
        "Министр культуры Самарской области Ольга Сидорова открыла выставку. "
        "Позднее министр спорта Ольга Сидорова вручила награды."
    )
    assert len(doc.positions) == 2


def test_acting_and_current_are_two_positions(pipeline: Pipeline) -> None:
    doc = pipeline(
        "Врио губернатора Нижегородской области Глеб Никитин посетил завод. "
        "Губернатор Нижегородской области Глеб Никитин открыл форум."
    )
    assert sorted(p.status for p in doc.positions) == ["acting", "current"]


def test_region_abbreviations_table() -> None:
    table = load_table("region_abbreviations")
    assert not duplicates(table, "abbreviation")
    known = regions()
    aliases = {alias for row in load_table("regions") for alias in row["aliases"].split("|") if alias}
    for abbreviation, keys in region_abbreviations().items():
        assert keys and all(key in known for key in keys), abbreviation
        assert abbreviation not in aliases, f"{abbreviation} is already an alias in regions.tsv"


@pytest.mark.parametrize("name, column", [
    ("municipal_words", None), ("seat_context_exceptions", "post"), ("agency_context_heads", "lemma"),
])  # fmt: skip
def test_seat_word_lists_have_no_duplicates(name: str, column: str | None) -> None:
    rows = load_table(name)
    assert rows
    if column is not None:
        assert not duplicates(rows, column)
    else:
        assert len({tuple(row.values()) for row in rows}) == len(rows)

"""Where an agency's name ends and which bodies a sentence names: phrases that do not belong
to a name, persons after a head, abbreviations and coordinated bodies. Real sentences through
the pipeline; names and places are made up for ruskin."""

from __future__ import annotations

from ruskin import Document, Pipeline


def names(doc: Document) -> set[str]:
    """The names of the document's Agency records."""
    return {agency.name for agency in doc.agencies}


def test_a_po_phrase_of_how_a_thing_is_done_ends_the_name(pipeline: Pipeline) -> None:
    doc = pipeline("Новый устав поселка приняла Заречная районная дума по итогам публичных слушаний в марте.")
    assert names(doc) == {"Заречная районная дума"}


def test_a_name_that_is_the_subject_of_the_next_verb_is_not_the_governments(pipeline: Pipeline) -> None:
    doc = pipeline("Весной в краевое правительство Сомова перешла с должности директора школы.")
    assert not any("Сомов" in name for name in names(doc))


def test_a_name_after_a_government_in_the_genitive_still_names_it(pipeline: Pipeline) -> None:
    doc = pipeline("Правительство Котова ушло в отставку в пятницу.")
    assert "Правительство Котова" in names(doc)


def test_a_settlement_abbreviation_leads_to_the_place(pipeline: Pipeline) -> None:
    doc = pipeline("Проект сквера согласовала мэрия г. Твери на прошлой неделе.")
    assert "мэрия г. Твери" in names(doc)


def test_a_settlement_abbreviation_alone_is_not_a_name(pipeline: Pipeline) -> None:
    doc = pipeline("Проект сквера согласовала мэрия г. Заречного на прошлой неделе.")
    assert not any(name.endswith(" г") for name in names(doc))


def test_a_news_agency_after_a_court_is_not_part_of_it(pipeline: Pipeline) -> None:
    doc = pipeline("Об отказе вчера сообщила пресс-служба суда РИА «Регион».")
    assert not any("РИА" in name for name in names(doc))


def test_one_legislature_named_in_two_cases_of_letters_is_one_record(pipeline: Pipeline) -> None:
    doc = pipeline(
        "Депутаты регионального парламента утвердили поправки в бюджет Костромской области. "
        "Перед депутатами Костромской областной думы выступил министр финансов."
    )
    (record,) = [a for a in doc.agencies if "дума" in a.name.lower()]
    assert len(record.mentions) == 2


def test_the_north_caucasus_ministry_and_the_judges_board_are_federal_bodies(pipeline: Pipeline) -> None:
    doc = pipeline(
        "Глава республики обсудил с руководством Минкавказа России новые объекты. "
        "Кандидатуру судьи поддержала Высшая квалификационная коллегия судей."
    )
    assert {
        "Министерство Российской Федерации по делам Северного Кавказа",
        "Высшая квалификационная коллегия судей Российской Федерации",
    } <= names(doc)


def test_a_municipal_administration_named_by_its_place_adjective(pipeline: Pipeline) -> None:
    doc = pipeline("Отчет представила глава Сосновской администрации Анна Котова.")
    assert "Сосновская администрация" in names(doc)


def test_a_settlement_administration(pipeline: Pipeline) -> None:
    doc = pipeline("Жалобы жителей рассмотрела поселковая администрация во вторник.")
    assert "поселковая администрация" in names(doc)


def test_a_broadcasters_language_service_is_not_a_body(pipeline: Pipeline) -> None:
    doc = pipeline("Своим мнением эксперт поделился с Немецкой службой в понедельник.")
    assert not any("служб" in name for name in names(doc))

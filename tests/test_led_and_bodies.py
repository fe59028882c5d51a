"""Bodies and the posts in them: a body "во главе с" a person, a post in a body that has a
region, a name after "главы правительства", the Kremlin as a place, regions' own bodies and
legislatures. Real sentences through the pipeline; names and places are made up for ruskin."""

from __future__ import annotations

import pytest

from ruskin import Document, Pipeline


def seats(doc: Document) -> set[tuple[str, str, str | None, str | None]]:
    """(person, title, region, seat basis) of every Position."""
    names = {p.id: p.name for p in doc.persons}
    places = {r.id: r.name for r in doc.regions}
    return {(names[p.person], p.title, places.get(p.region or ""), p.seat_basis) for p in doc.positions}


def test_a_body_led_by_a_person(pipeline: Pipeline) -> None:
    text = "Глава Мордовии Иван Сомов поблагодарил правительство во главе с Петром Котовым."
    doc = pipeline(text)
    assert ("Петр Котов", "глава правительства", "Республика Мордовия", "context") in seats(doc)
    (position,) = [p for p in doc.positions if p.title == "глава правительства"]
    assert doc.get(position.agency or "").name == "Правительство Республики Мордовия"


def test_a_post_in_a_body_takes_the_body_region(pipeline: Pipeline) -> None:
    text = "Глава Мордовии Иван Сомов представил нового министра правительства Алексея Котова."
    doc = pipeline(text)
    assert ("Алексей Котов", "министр правительства", "Республика Мордовия", "context") in seats(doc)


def test_a_bare_head_of_government_stays_the_countrys(pipeline: Pipeline) -> None:
    text = "Глава Мордовии Иван Сомов поставил задачи перед новым главой правительства Алексеем Котовым."
    doc = pipeline(text)
    assert ("Алексей Котов", "глава правительства", None, None) in seats(doc)


def test_a_name_after_an_official_of_a_body_is_not_part_of_the_body(pipeline: Pipeline) -> None:
    text = "Глава Мордовии Иван Сомов выслушал доклад нового главы правительства Олега Котова."
    names = {agency.name for agency in pipeline(text).agencies}
    assert names == {"Правительство Республики Мордовия"}


def test_a_body_named_after_its_head_keeps_the_name(pipeline: Pipeline) -> None:
    text = "Эксперты сравнили работу правительства Медведева и нынешнего кабинета."
    assert any("Медведева" in agency.name for agency in pipeline(text).agencies)


def test_the_kremlin_is_a_place_not_the_presidential_administration(pipeline: Pipeline) -> None:
    text = "Гостей принимали в Кремле, где прошла беседа с главой Тверской области Петром Самойловым."
    assert not any("Администрация Президента" in agency.name for agency in pipeline(text).agencies)


def test_the_kremlin_administration_is_a_body(pipeline: Pipeline) -> None:
    text = "Об этом сообщили в администрации Кремля."
    assert any("Администрация Президента" in agency.name for agency in pipeline(text).agencies)


def test_context_heads_are_written_as_lemmas() -> None:
    """Each word of a head is its own lemma, as the analysis gives words: "кабинет министр"."""
    from ruskin.gazetteers.gazetteer import load_table
    from ruskin.nlp.morph import shared_morphology

    morph = shared_morphology()
    for row in load_table("agency_context_heads"):
        for word in row["lemma"].split(" "):
            assert word in {parse.normal_form for parse in morph.parses(word)}, row["lemma"]


def test_one_regions_body_in_other_words_is_one_record(pipeline: Pipeline) -> None:
    """A region's "Кабинет министров" (or "Кабмин") is its government: one record with "Правительство"."""
    text = (
        "Глава Чувашии Иван Сомов провёл заседание Кабмина Чувашии. Кабинет министров республики "
        "обсудил бюджет. Решения Кабинета министров Чувашии опубликует Правительство Чувашии."
    )
    doc = pipeline(text)
    assert [agency.name for agency in doc.agencies] == ["Правительство Чувашской Республики — Чувашия"]
    assert len(doc.agencies[0].mentions) == 4


def test_every_federal_subject_has_its_legislature() -> None:
    from ruskin.gazetteers.places import regions
    from ruskin.linking.agency_seats import region_legislatures

    subjects = {key for key, entry in regions().items() if entry.kind not in ("country", "federal district")}
    assert set(region_legislatures()) == subjects


def test_a_regions_legislature_goes_by_its_official_name(pipeline: Pipeline) -> None:
    cases = {
        "Губернатор ЯНАО Иван Сомов выступил в Заксобрании ЯНАО.": "Законодательное Собрание Ямало-Ненецкого автономного округа",
        "В Нальчике глава КБР Иван Сомов выступил в парламенте республики.": "Парламент Кабардино-Балкарской Республики",
        "Курганская облдума собралась на заседание.": "Курганская областная Дума",
    }
    for text, name in cases.items():
        assert [agency.name for agency in pipeline(text).agencies] == [name], text


def test_a_citys_duma_is_not_the_regions_legislature(pipeline: Pipeline) -> None:
    names = [agency.name for agency in pipeline("Депутаты Думы города Томска собрались на заседание.").agencies]
    assert names == ["Дума города Томска"]


def test_a_body_inside_a_post_is_kept_whole(pipeline: Pipeline) -> None:
    doc = pipeline("Депутаты Народного собрания Дагестана приняли бюджет республики.")
    assert [agency.name for agency in doc.agencies] == ["Народное Собрание Республики Дагестан"]
    assert "Депутаты Народного собрания" not in {m.text for m in doc.mentions if m.type == "ROLE"}


def test_a_bare_generic_body_makes_no_record(pipeline: Pipeline) -> None:
    doc = pipeline("На место происшествия прибыла полиция. Прокуратура начала проверку.")
    assert {m.text for m in doc.mentions if m.type == "AGENCY"} >= {"полиция", "Прокуратура"}
    assert doc.agencies == ()


def test_a_bare_state_council_in_a_republic_that_has_one_is_its_own(pipeline: Pipeline) -> None:
    doc = pipeline("В Казани прошло заседание правительства Республики Татарстан. Депутат Госсовета Олег Рыбин выступил.")
    assert "Государственный Совет Республики Татарстан" in {agency.name for agency in doc.agencies}
    assert ("Олег Рыбин", "депутат Госсовета", "Республика Татарстан", "context") in seats(doc)


def test_the_federal_state_council_stays_federal(pipeline: Pipeline) -> None:
    doc = pipeline("В Казани глава Татарстана выступил. Заседание Государственного совета России прошло в Москве.")
    assert [agency.name for agency in doc.agencies] == ["Государственный совет Российской Федерации"]


def test_a_region_adjective_before_a_regional_body_is_the_region(pipeline: Pipeline) -> None:
    doc = pipeline("Председатель Рязанской областной Думы Марина Котова открыла сессию.")
    assert ("Марина Котова", "председатель Рязанской областной Думы", "Рязанская область", "title") in seats(doc)


def test_a_federal_inspector_in_a_region(pipeline: Pipeline) -> None:
    doc = pipeline("Главный федеральный инспектор в Тверской области Иван Сомов провёл приём граждан.")
    assert ("Иван Сомов", "главный федеральный инспектор в Тверской области", "Тверская область", "title") in seats(doc)


def test_a_federal_short_name_with_a_word_for_the_region_is_the_regions_body(pipeline: Pipeline) -> None:
    doc = pipeline("В Саранске глава Мордовии Иван Сомов провёл совещание. Минфин республики подготовил бюджет.")
    assert [(agency.name, agency.level) for agency in doc.agencies] == [("Министерство финансов Республики Мордовия", "regional")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Иван Сомов возглавил министерство транспорта области.", "министерство транспорта области"),
        ("Минфин республики подготовил бюджет.", "Минфин республики"),
    ],
)
def test_a_federal_name_with_a_word_for_an_unnamed_region_is_a_regional_body(
    pipeline: Pipeline, text: str, name: str
) -> None:
    doc = pipeline(text)
    assert [(agency.name, agency.level, agency.region) for agency in doc.agencies] == [(name, "regional", None)]


def test_a_federal_short_name_with_its_country_stays_federal(pipeline: Pipeline) -> None:
    doc = pipeline("В Саранске глава Мордовии Иван Сомов провёл совещание. Минфин России подготовил бюджет.")
    assert [(agency.name, agency.level) for agency in doc.agencies] == [("Министерство финансов Российской Федерации", "federal")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Верховный Хурал Тувы принял закон.", "Верховный Хурал (парламент) Республики Тыва"),
        ("В Кызыле глава Тувы Иван Сомов выступил перед депутатами Верховного Хурала.", "Верховный Хурал (парламент) Республики Тыва"),
        ("Народный Хурал Бурятии собрался на сессию.", "Народный Хурал Республики Бурятия"),
        ("Молодёжный парламент Ингушетии собрался.", "Молодёжный парламент Ингушетии"),
    ],
)
def test_a_legislature_named_with_words_of_its_official_name(pipeline: Pipeline, text: str, name: str) -> None:
    assert [agency.name for agency in pipeline(text).agencies] == [name]


def test_a_post_attached_to_a_federal_body_sits_in_its_own_region(pipeline: Pipeline) -> None:
    text = "Руководитель представительства Тверской области при правительстве России Иван Сомов выступил."
    (position,) = pipeline(text).positions
    assert pipeline(text).get(position.region or "").name == "Тверская область"


def test_heads_of_regions_are_not_seated_in_one_region(pipeline: Pipeline) -> None:
    text = (
        "Губернатор Тверской области Иван Сомов и губернатор Красноярского края Олег Петров подписали "
        "соглашение. Главы регионов Олег Петров и Иван Сомов обсудили планы."
    )
    titles = {title for _, title, _, _ in seats(pipeline(text))}
    assert not any(title.startswith("главы") or title == "глава Красноярского края" for title in titles)

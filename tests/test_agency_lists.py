"""Bodies listed with shared words ("прокуратуры Ольховского и Сосновского районов",
"парламенты Адыгеи и Калмыкии"): one record per listed place. Real sentences through the
pipeline; district names are made up for ruskin."""

from __future__ import annotations

from ruskin import Document, Pipeline


def names(doc: Document) -> set[str]:
    """The names of the document's Agency records."""
    return {agency.name for agency in doc.agencies}


def test_district_prosecutors_listed_with_commas_and_and_are_one_body_each(pipeline: Pipeline) -> None:
    doc = pipeline("Комиссия проверила районные прокуратуры Ольховского, Сосновского и Лесного районов.")
    assert names(doc) == {
        "Прокуратура Ольховского района",
        "Прокуратура Сосновского района",
        "Прокуратура Лесного района",
    }


def test_district_administrations_listed_with_and_are_one_body_each(pipeline: Pipeline) -> None:
    doc = pipeline("Мэр поручил администрации Северного и Южного округов до пятницы убрать снег.")
    assert names(doc) == {"Администрация Северного округа", "Администрация Южного округа"}


def test_listed_regional_parliaments_take_their_official_names(pipeline: Pipeline) -> None:
    doc = pipeline("Делегация из Тулы посетила парламенты Адыгеи и Калмыкии в прошлом месяце.")
    assert {"Государственный Совет — Хасэ Республики Адыгея", "Народный Хурал (Парламент) Республики Калмыкия"} <= names(doc)
    assert not any(name.lower().startswith("парламенты") for name in names(doc))

"""A region's police directorate named by its abbreviation, the country and "по" with the
region ("УМВД России по Тверской области"), alone and inside a post. Real sentences through
the pipeline; the person is made up for ruskin."""

from __future__ import annotations

from ruskin import Pipeline


def test_a_regional_police_directorate_is_named_with_country_and_region(pipeline: Pipeline) -> None:
    doc = pipeline("В УМВД России по Тверской области рассказали о росте краж велосипедов.")
    assert [agency.name for agency in doc.agencies] == ["УМВД России по Тверской области"]
    assert doc.agencies[0].region is not None


def test_a_post_keeps_the_regional_police_directorate(pipeline: Pipeline) -> None:
    doc = pipeline("Приём граждан провёл начальник УМВД России по Тверской области Иван Сомов.")
    [agency] = doc.agencies
    assert agency.name == "УМВД России по Тверской области"
    assert [position.agency for position in doc.positions] == [agency.id]

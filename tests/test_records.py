import json
from pathlib import Path

import pydantic
import pytest

from ruskin import Document, Mention, Pipeline, Position

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "schema.json"


def test_records_are_frozen(forum_page: Document) -> None:
    with pytest.raises(pydantic.ValidationError):
        forum_page.persons[0].name = "Кто-то"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        forum_page.text = ""  # type: ignore[misc]


@pytest.mark.parametrize("page", ["forum_page", "session_page"])
def test_json_round_trip_is_exact(page: str, request: pytest.FixtureRequest) -> None:
    document: Document = request.getfixturevalue(page)
    again = Document.model_validate_json(document.model_dump_json())
    assert again == document
    assert again.model_dump_json() == document.model_dump_json()


@pytest.mark.parametrize("page", ["forum_page", "session_page"])
def test_every_offset_points_into_the_text(page: str, request: pytest.FixtureRequest) -> None:
    document: Document = request.getfixturevalue(page)
    for mention in document.mentions:
        assert document.text[mention.start : mention.stop] == mention.text
    for token in document.tokens:
        assert document.text[token.start : token.stop] == token.text
    for sentence in document.sentences:
        assert 0 <= sentence.start < sentence.stop <= len(document.text)


@pytest.mark.parametrize("page", ["forum_page", "session_page"])
def test_links_point_to_existing_records(page: str, request: pytest.FixtureRequest) -> None:
    document: Document = request.getfixturevalue(page)
    mention_ids = {m.id for m in document.mentions}
    assert len(mention_ids) == len(document.mentions)
    for person in document.persons:
        assert set(person.mentions) <= mention_ids
        assert all(document.mention(i).type == "PERSON" for i in person.mentions)


def test_unknown_fields_and_types_are_rejected() -> None:
    with pytest.raises(pydantic.ValidationError):
        Mention(id="m1", type="PLANET", start=0, stop=1, text="x", normal="x")  # type: ignore[arg-type]
    with pytest.raises(pydantic.ValidationError):
        Position(id="pos1", person="p1", title="губернатор", status="retired")  # type: ignore[arg-type]
    with pytest.raises(pydantic.ValidationError):
        Document.model_validate({"text": "x", "colour": "red"})


def test_published_json_schema_is_current() -> None:
    published = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert published == Document.model_json_schema(), "regenerate: python -m ruskin.views.schema docs"


def test_document_lookup_by_mention_id(pipeline: Pipeline) -> None:
    document = pipeline("Губернатор Самарской области Дмитрий Азаров посетил Москву.")
    person = document.persons[0]
    assert document.mention(person.mentions[0]).text == "Дмитрий Азаров"
    with pytest.raises(KeyError):
        document.mention("m999")


def test_published_records_reference_is_current() -> None:
    from ruskin.views.schema import records_markdown

    published = (SCHEMA.parent / "records.md").read_text(encoding="utf-8")
    assert published == records_markdown(), "regenerate: python -m ruskin.views.schema docs"


def test_repr_is_one_short_line_with_source_and_counts(session_page: Document) -> None:
    text = repr(session_page)
    assert "\n" not in text and len(text) < 300 < len(session_page.model_dump_json())
    assert text.startswith(f"Document(source={session_page.source!r}, ")
    assert f"{len(session_page.persons)} persons" in text and f"{len(session_page.mentions)} mentions" in text
    assert f"{len(session_page.text):,} chars" in text and str(session_page) == text


def test_get_finds_a_record_of_any_kind_by_id(session_page: Document) -> None:
    kinds = ("mentions", "persons", "positions", "regions", "agencies", "events", "dates", "quotes")
    for kind in kinds:
        records = getattr(session_page, kind)
        assert records, kind
        assert all(session_page.get(record.id) is record for record in records)
    assert session_page.get("nothing") is None

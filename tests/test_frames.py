"""Tests for ruskin.views.frames: one flat DataFrame per record kind, joined by ids."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from ruskin.errors import InputTypeError, MissingExtraError
from ruskin.views.frames import KINDS, columns, document_frames, to_frames
from ruskin.pipeline import Pipeline
from ruskin.records import Agency, Document, ErrorRecord, Event, Mention, Participant, Person, Position, Region

REAL = [
    "Губернатор Самарской области Дмитрий Азаров посетил Москву.",
    "Во вторник, 23 апреля, в Нижнем Новгороде заместитель полномочного представителя"
    " президента РФ в ПФО Алексей Кузьмицкий принял участие в открытии стратегической сессии.",
]

TEXT = "Губернатор Самарской области Дмитрий Азаров открыл форум в Самаре."


def mention(mention_id: str, kind: str, piece: str, normal: str) -> Mention:
    """A mention of ``piece`` in ``TEXT``."""
    start = TEXT.index(piece)
    return Mention(id=mention_id, type=kind, start=start, stop=start + len(piece), text=piece, normal=normal)


def handbuilt(source: str | None = "handbuilt") -> Document:
    """A small document with positions, regions, agencies and an event with participants."""
    return Document(
        text=TEXT,
        source=source,
        mentions=(
            mention("m1", "ROLE", "Губернатор Самарской области", "губернатор Самарской области"),
            mention("m2", "REGION", "Самарской области", "Самарская область"),
            mention("m3", "PERSON", "Дмитрий Азаров", "Дмитрий Азаров"),
            mention("m4", "EVENT", "форум", "форум"),
            mention("m5", "CITY", "Самаре", "Самара"),
        ),
        persons=(Person(id="p1", name="Дмитрий Азаров", mentions=("m3",)), Person(id="p2", name="Иван Петров")),
        regions=(Region(id="r1", name="Самарская область", mentions=("m2",)),),
        agencies=(Agency(id="a1", name="Правительство Самарской области", region="r1"),),
        positions=(Position(id="pos1", person="p1", title="губернатор Самарской области", region="r1",
                            mention="m1"),),
        events=(Event(id="e1", name="форум", location="m5", organizers=("a1", "p1"), mentions=("m4",),
                      participants=(Participant(person="p1", part="opened", position="pos1"), Participant(person="p2"))),),
    )


@pytest.fixture(scope="module")
def pd() -> Any:
    return pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def real() -> list[Document]:
    return list(Pipeline().pipe(REAL, sources=["first.txt", "second.txt"]))


@pytest.mark.parametrize("kind", [*KINDS, "participants"])
def test_columns_are_documented_and_source_comes_first(kind: str, pd: Any) -> None:
    frame = document_frames(handbuilt())[kind]
    assert list(frame.columns) == list(columns(kind))
    assert frame.columns[0] == "source"
    line = next(line.split() for line in (to_frames.__doc__ or "").splitlines() if line.split()[:1] == [kind])
    assert [word.strip(",") for word in line[1 : len(frame.columns) + 1]] == list(frame.columns)


@pytest.mark.parametrize("kind, expected", [
    ("mentions", ["source", "id", "type", "start", "stop", "text", "normal", "zone"]),
    ("persons", ["source", "id", "name", "last", "first", "middle", "mention_ids", "zone", "person_key"]),
    ("events", ["source", "id", "name", "kind", "location", "place_ids", "start", "end", "date", "organizer_ids", "part_of",
                "background", "mention_ids", "zone"]),
])
def test_frames_are_flat(kind: str, expected: list[str], pd: Any) -> None:
    assert list(document_frames(handbuilt())[kind].columns) == expected


@pytest.mark.parametrize("which", [0, 1])
def test_row_counts_equal_record_counts(which: int, real: list[Document], pd: Any) -> None:
    document = real[which]
    frames = document.to_frames()
    for kind in KINDS:
        assert len(frames[kind]) == len(getattr(document, kind)), kind
    assert set(frames["mentions"]["source"]) == {document.source}
    assert list(frames["mentions"]["text"]) == [m.text for m in document.mentions]


def test_real_person_mentions_join(real: list[Document], pd: Any) -> None:
    frames = to_frames(real)
    assert len(frames["persons"]) >= 2
    for source, ids in zip(frames["persons"]["source"], frames["persons"]["mention_ids"]):
        mentions = frames["mentions"][frames["mentions"]["source"] == source]
        assert set(ids.split(",")) <= set(mentions["id"])
        assert set(mentions.set_index("id").loc[ids.split(","), "type"]) == {"PERSON"}


def test_ids_join(pd: Any) -> None:
    frames = document_frames(handbuilt())
    assert set(frames["positions"]["person"]) <= set(frames["persons"]["id"])
    assert set(frames["positions"]["region"]) <= set(frames["regions"]["id"])
    joined = frames["positions"].merge(frames["persons"], left_on=["source", "person"], right_on=["source", "id"])
    assert list(joined["name"]) == ["Дмитрий Азаров"]
    assert list(frames["events"]["organizer_ids"]) == ["a1,p1"]
    assert list(frames["persons"]["mention_ids"]) == ["m3", ""]


def test_participants_frame(pd: Any) -> None:
    participants = document_frames(handbuilt())["participants"]
    assert participants[["event", "person", "part"]].values.tolist() == [
        ["e1", "p1", "opened"], ["e1", "p2", "participant"],
    ]
    assert participants["position"].notna().tolist() == [True, False]
    assert participants["position"].iloc[0] == "pos1"


def test_two_documents_concatenate_with_distinct_sources(pd: Any) -> None:
    frames = to_frames([handbuilt(source=None), handbuilt(source=None), handbuilt()])
    assert list(frames["persons"]["source"]) == [0, 0, 1, 1, "handbuilt", "handbuilt"]
    assert len(frames["mentions"]) == 15
    assert not frames["mentions"].duplicated(["source", "id"]).any()


def test_real_documents_concatenate(real: list[Document], pd: Any) -> None:
    frames = to_frames(iter(real))
    assert len(frames["mentions"]) == sum(len(d.mentions) for d in real)
    assert list(dict.fromkeys(frames["mentions"]["source"])) == ["first.txt", "second.txt"]


def test_empty_collection_gives_empty_frames(pd: Any) -> None:
    frames = to_frames([])
    assert set(frames) == {"documents", *KINDS, "participants", "people", "tenures"}
    for kind, frame in frames.items():
        assert frame.empty and list(frame.columns) == list(columns(kind))


def test_missing_pandas_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r'pip install "ruskin\[pandas\]"') as caught:
        handbuilt().to_frames()
    assert isinstance(caught.value, ImportError)
    with pytest.raises(ImportError):
        to_frames([handbuilt()])


def test_one_document_gives_the_frames_of_a_list_of_one(pd: Any, real: list[Document]) -> None:
    one, listed = to_frames(real[0]), to_frames([real[0]])
    assert set(one) == set(listed)
    assert all(one[kind].equals(listed[kind]) for kind in one)
    assert len(one["mentions"]) == len(real[0].mentions) > 0


@pytest.mark.parametrize("given", ["текст", 5, ["текст"]])
def test_anything_but_documents_is_an_input_type_error(pd: Any, given: object) -> None:
    with pytest.raises(InputTypeError, match="to_frames takes Documents"):
        to_frames(given)  # type: ignore[arg-type]


def test_documents_frame_has_a_row_for_every_item_errors_too(real: list[Document], pd: Any) -> None:
    error = ErrorRecord(source="broken.txt", error="BinaryInputError: not text")
    frames = to_frames([real[0], error, real[1]])
    documents = frames["documents"]
    assert list(documents["source"]) == ["first.txt", "broken.txt", "second.txt"]
    assert list(documents["error"].isna()) == [True, False, True]
    assert list(documents["chars"][documents["error"].isna()]) == [len(d.text) for d in real]
    assert "broken.txt" not in set(frames["mentions"]["source"])


def test_people_frame_joins_persons_across_documents(pipeline: Pipeline, pd: Any) -> None:
    texts = ["Губернатор Самарской области Дмитрий Азаров открыл форум.", "Дмитрий Игоревич Азаров провёл совещание."]
    frames = to_frames(pipeline.pipe(texts, sources=["a", "b"]))
    people = frames["people"]
    assert list(people["person_key"]) == ["азаров-дмитрий"] and list(people["documents"]) == [2]
    assert list(frames["persons"]["person_key"]) == ["азаров-дмитрий", "азаров-дмитрий"]
    joined = frames["positions"].merge(people, on="person_key")
    assert list(joined["name"]) == ["Дмитрий Игоревич Азаров"] and list(joined["region_code"]) == ["RU-SAM"]
    assert list(frames["tenures"]["title"]) == ["губернатор Самарской области"]


def test_handbuilt_keys_come_from_names(pd: Any) -> None:
    frames = document_frames(handbuilt())
    assert list(frames["persons"]["person_key"]) == ["азаров-дмитрий", "петров-иван"]
    assert list(frames["participants"]["person_key"]) == ["азаров-дмитрий", "петров-иван"]


def test_two_different_documents_with_one_source_do_not_break_the_keys(real: list[Document], pd: Any) -> None:
    one, other = (document.model_copy(update={"source": "same.txt"}) for document in real)
    frames = to_frames([one, other])
    keys = frames["persons"]["person_key"]
    assert len(keys) == len(one.persons) + len(other.persons)
    assert list(keys[: len(one.persons)]) == ["азаров-дмитрий"]
    assert keys[len(one.persons) :].isna().all()  # the corpus holds the first document of a source

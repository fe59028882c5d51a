"""Tests for ruskin.views.display: highlighted HTML for Jupyter and plain text for terminals."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from ruskin.views.display import document_text, record_tables
from ruskin.views.notebook import COLOURS, TYPES, document_html
from ruskin.pipeline import Pipeline
from ruskin.records import (
    Agency,
    DateValue,
    Document,
    Event,
    Initiative,
    Mention,
    Participant,
    Person,
    Position,
    Quote,
    Region,
)

REAL = [
    "Губернатор Самарской области Дмитрий Азаров посетил Москву.",
    "Во вторник, 23 апреля, в Нижнем Новгороде заместитель полномочного представителя"
    " президента РФ в ПФО Алексей Кузьмицкий принял участие в открытии стратегической сессии.",
    "Заместитель губернатора Нижегородской области Андрей Гнеушев принял участие"
    " в работе Третьего форума социальных инноваций регионов.",
]

TEXT = (
    "Губернатор Самарской области Дмитрий Азаров 19 июня 2019 года открыл в Самаре "
    "форум «Среда для жизни — 2019» в рамках национального проекта «Жильё и городская среда». "
    "«Мы построим сто школ <script>alert(1)</script>», — сказал Азаров. "
    "Министерство строительства Самарской области представило программу."
)

# id, type, the piece of TEXT, which occurrence of it, normal form
SPANS = [
    ("m1", "ROLE", "Губернатор Самарской области", 0, "губернатор Самарской области"),
    ("m2", "REGION", "Самарской области", 0, "Самарская область"),
    ("m3", "PERSON", "Дмитрий Азаров", 0, "Дмитрий Азаров"),
    ("m4", "DATE", "19 июня 2019 года", 0, "19 июня 2019 года"),
    ("m5", "CITY", "Самаре", 0, "Самара"),
    ("m6", "EVENT", "форум «Среда для жизни — 2019»", 0, "форум «Среда для жизни — 2019»"),
    ("m7", "DATE", "2019", 1, "2019"),
    ("m8", "INITIATIVE", "национального проекта «Жильё и городская среда»", 0,
     "национальный проект «Жильё и городская среда»"),
    ("m9", "PERSON", "Азаров", 1, "Азаров"),
    ("m10", "AGENCY", "Министерство строительства Самарской области", 0,
     "Министерство строительства Самарской области"),
    ("m11", "REGION", "Самарской области", 1, "Самарская область"),
]


def span(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``piece`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(piece, at + 1)
    return at, at + len(piece)


def mention(mention_id: str, kind: str, text: str, piece: str, nth: int = 0, normal: str = "") -> Mention:
    """A mention of ``piece`` in ``text``."""
    start, stop = span(text, piece, nth)
    return Mention(id=mention_id, type=kind, start=start, stop=stop, text=piece, normal=normal or piece)


def handbuilt() -> Document:
    """A document with every kind of record, nested mentions and a hostile quote."""
    qs, qe = span(TEXT, "Мы построим сто школ <script>alert(1)</script>")
    return Document(
        text=TEXT,
        source="handbuilt",
        mentions=tuple(mention(i, k, TEXT, piece, nth, normal) for i, k, piece, nth, normal in SPANS),
        persons=(
            Person(id="p1", name="Дмитрий Азаров", last="Азаров", first="Дмитрий", mentions=("m3", "m9")),
            Person(id="p2", name="Иван Петров", last="Петров", first="Иван"),
        ),
        regions=(Region(id="r1", name="Самарская область", code="RU-SAM", mentions=("m2", "m11")),),
        agencies=(Agency(id="a1", name="Министерство строительства Самарской области", region="r1",
                         mentions=("m10",)),),
        positions=(
            Position(id="pos1", person="p1", title="губернатор Самарской области", region="r1", mention="m1"),
            Position(id="pos2", person="p1", title="министр строительства", agency="a1", status="former"),
        ),
        initiatives=(Initiative(id="i1", name="Жильё и городская среда", kind="national project",
                                mentions=("m8",)),),
        events=(Event(id="e1", name="форум «Среда для жизни — 2019»", kind="forum", location="m5",
                      start="2019-06-19", end="2019-06-20", organizers=("a1",),
                      participants=(Participant(person="p1", part="opened", position="pos1"), Participant(person="p2")),
                      mentions=("m6",)),),
        dates=(DateValue(id="d1", start="2019-06-19", precision="day", mention="m4"),
               DateValue(id="d2", start="2019", precision="year", mention="m7")),
        quotes=(Quote(id="q1", speaker="p1", text=TEXT[qs:qe], start=qs, stop=qe),),
    )


class Marks(HTMLParser):
    """Collects each mark's own text (labels left out), its enclosing mark and the legend."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: dict[str, str] = {}
        self.parents: dict[str, str | None] = {}
        self.legend: list[str] = []
        self.stack: list[str] = []
        self.in_legend = self.in_label = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        self.in_legend = self.in_legend or "rk-legend" in classes
        self.in_label = self.in_label or "rk-t" in classes or "rk-n" in classes
        if tag == "mark" and self.in_legend:
            self.legend.append(next(c[3:] for c in classes if c[3:] in TYPES))
        if tag == "mark" and "data-id" in attributes:
            mark = attributes["data-id"] or ""
            self.parents.setdefault(mark, next((m for m in reversed(self.stack) if m != mark), None))
            self.stack.append(mark)

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self.in_label = False
        if tag == "div":
            self.in_legend = False
        if tag == "mark" and self.stack and not self.in_legend:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.in_label:
            for mark in self.stack:
                self.texts[mark] = self.texts.get(mark, "") + data


def parse(document: Document) -> Marks:
    """The marks of the document's HTML."""
    parser = Marks()
    parser.feed(document_html(document))
    return parser


@pytest.fixture(scope="module")
def real(pipeline: Pipeline) -> list[Document]:
    return list(pipeline.pipe(REAL))


def test_colour_for_every_mention_type() -> None:
    assert set(COLOURS) == set(TYPES)
    assert len({background for background, _ in COLOURS.values()}) == len(TYPES)


def test_html_escapes_hostile_text() -> None:
    text = "<script>alert('x')</script> & Азаров \"сказал\""
    document = Document(
        text=text,
        source="<img src=x onerror=alert(1)>",
        mentions=(mention("m1", "PERSON", text, "Азаров", normal="<b>Азаров</b>"),),
        persons=(Person(id="p1", name="<i>Азаров</i>", mentions=("m1",)),),
        quotes=(Quote(id="q1", speaker="p1", text="<script>q</script>", start=0, stop=8),),
    )
    out = document_html(document)
    assert "<script" not in out and "<img" not in out and "<b>" not in out and "<i>" not in out
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; " in out
    assert "&lt;i&gt;Азаров&lt;/i&gt;" in out


def test_html_is_self_contained() -> None:
    out = document_html(handbuilt())
    assert "<script" not in out
    assert not any(marker in out for marker in ("http:", "https:", "url(", "@import", "<link"))


@pytest.mark.parametrize("which", ["handbuilt", *range(len(REAL))])
def test_every_mention_text_inside_its_mark(which: str | int, real: list[Document]) -> None:
    document = handbuilt() if which == "handbuilt" else real[which]
    assert document.mentions
    texts = parse(document).texts
    assert {m.id: m.text for m in document.mentions} == texts


@pytest.mark.parametrize("inner, outer", [("m2", "m1"), ("m7", "m6"), ("m11", "m10"), ("m3", None), ("m1", None)])
def test_nested_marks_nest(inner: str, outer: str | None) -> None:
    assert parse(handbuilt()).parents[inner] == outer


def test_crossing_mentions_keep_their_text() -> None:
    text = "Совет Федерации России одобрил закон."
    document = Document(text=text, mentions=(
        mention("m1", "AGENCY", text, "Совет Федерации"),
        mention("m2", "COUNTRY", text, "Федерации России"),
    ))
    assert parse(document).texts == {"m1": "Совет Федерации", "m2": "Федерации России"}
    assert "[Совет [Федерации]COUNTRY]AGENCY[ России]COUNTRY одобрил" in document_text(document)


@pytest.mark.parametrize("which", ["handbuilt", *range(len(REAL))])
def test_legend_lists_exactly_the_types_present(which: str | int, real: list[Document]) -> None:
    document = handbuilt() if which == "handbuilt" else real[which]
    legend = parse(document).legend
    assert sorted(legend) == sorted({m.type for m in document.mentions})
    assert legend == [t for t in TYPES if t in legend]


def test_tables_resolve_ids_to_names() -> None:
    tables = {table.title: table for table in record_tables(handbuilt())}
    assert tables["Officials"].rows == [
        ("Дмитрий Азаров", "губернатор Самарской области", "", "Самарская область"),
        ("Дмитрий Азаров", "министр строительства (former)", "Министерство строительства Самарской области", ""),
    ]
    assert tables["Other people"].rows == [("Иван Петров",)]
    assert tables["Events"].rows == [(
        "форум «Среда для жизни — 2019»", "forum", "Самара", "2019-06-19 – 2019-06-20",
        "Министерство строительства Самарской области (organizer), "
        "Дмитрий Азаров (opened, as губернатор Самарской области), Иван Петров (participant)",
    )]
    assert tables["Dates"].rows == [("19 июня 2019 года", "2019-06-19", "day"), ("2019", "2019", "year")]
    assert tables["Quotes"].rows == [("Дмитрий Азаров", "Мы построим сто школ <script>alert(1)</script>")]
    assert tables["Initiatives"].rows == [("Жильё и городская среда", "national project")]


def test_event_table_shows_every_place_and_background(pipeline: Pipeline) -> None:
    document = pipeline(
        "Ветеран боевых действий Пётр Гусев открыл выставку в Курске. Праймериз прошли в Техасе, Огайо и Вермонте."
    )
    rows = {row[0]: row[1:3] for row in next(t for t in record_tables(document) if t.title == "Events").rows}
    assert rows == {
        "боевые действия": ("war (background)", ""),
        "выставка": ("exhibition", "Курск"),
        "Праймериз": ("election", "Техас, Огайо, Вермонт"),
    }


def test_html_tables_show_names() -> None:
    out = document_html(handbuilt())
    for cell in ("<td>Самарская область</td>", "<td>Самара</td>", "<td>2019-06-19 – 2019-06-20</td>",
                 "<td>Мы построим сто школ &lt;script&gt;alert(1)&lt;/script&gt;</td>"):
        assert cell in out


def test_empty_sections_are_left_out(real: list[Document]) -> None:
    document = real[0]
    assert document.persons and not document.events and not document.quotes
    assert [table.title for table in record_tables(document)] == ["Officials"]
    assert "<h4>Events</h4>" not in document_html(document)
    assert "Дмитрий Азаров" in {row[0] for row in record_tables(document)[0].rows}


def test_document_without_mentions_still_shows_its_text() -> None:
    document = Document(text="Просто текст\nбез имён.")
    out = document_html(document)
    assert "Просто текст\nбез имён." in out and "<mark" not in out and "<table" not in out
    assert "Просто текст\nбез имён." in document_text(document)


def test_long_text_is_kept_whole_and_wraps() -> None:
    text = "Губернатор Самарской области. " * 2000
    document = Document(text=text, mentions=(mention("m1", "REGION", text, "Самарской области", 1999),))
    out = document_html(document)
    assert "white-space:pre-wrap" in out
    assert out.count("Губернатор") == 2000


def test_plain_text_marks_mentions_inline() -> None:
    out = document_text(handbuilt())
    for marked in ("[Губернатор [Самарской области]REGION]ROLE", "[Дмитрий Азаров]PERSON",
                   "[Самаре]CITY", "[Министерство строительства [Самарской области]REGION]AGENCY"):
        assert marked in " ".join(out.split())
    assert "Officials" in out and "Дмитрий Азаров  (opened)" not in out
    assert "Самарская область" in out and "national project" in out


def test_plain_text_fits_a_terminal() -> None:
    out = document_text(handbuilt())
    assert max(len(line) for line in out.splitlines()) <= 100
    assert "Иван Петров" in out and "(participant)" in out


def test_plain_text_of_a_real_document(real: list[Document]) -> None:
    document = real[1]
    out = " ".join(document_text(document).split())
    for m in document.mentions:
        # A mention that ends where a mention nested in it ends closes after the inner one.
        if not any(o.stop == m.stop and o.start > m.start for o in document.mentions):
            assert f"{' '.join(m.text.split())}]{m.type}" in out
        assert out.count(f"]{m.type}") >= 1
    assert "[Алексей Кузьмицкий]PERSON" in out


class Zones(HTMLParser):
    """The page zone each mark sits in, the order of the parts, and the text of each zone block."""

    def __init__(self) -> None:
        super().__init__()
        self.zone_of_mark: dict[str, str] = {}
        self.blocks: list[tuple[str, str, bool]] = []  # tag, zone, open
        self.texts: list[str] = []
        self.order: list[str] = []
        self.zone: str | None = None
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        self.order += [name for name in ("rk-tables", "rk-text") if name in classes]
        if "data-zone" in attributes:
            self.zone = attributes["data-zone"]
            self.blocks.append((tag, self.zone or "", "open" in attributes))
            self.texts.append("")
        if tag == "mark" and self.zone is not None and "data-id" in attributes:
            self.zone_of_mark[attributes["data-id"] or ""] = self.zone
        if tag == "summary" or "rk-t" in classes:
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("summary", "span") and self.skip:
            self.skip -= 1
        if tag in ("div", "details") and self.zone is not None and tag == self.blocks[-1][0]:
            self.zone = None

    def handle_data(self, data: str) -> None:
        if self.zone is not None and not self.skip:
            self.texts[-1] += data


def zones_of(document: Document) -> Zones:
    parser = Zones()
    parser.feed(document.to_html())
    return parser


def test_to_html_is_public_and_is_what_jupyter_shows() -> None:
    document = handbuilt()
    assert document.to_html() == document._repr_html_() == document_html(document)


def test_every_zone_is_marked_and_the_noise_collapsed(session_page: Document) -> None:
    zones = zones_of(session_page)
    assert {zone for _, zone, _ in zones.blocks} >= {"title", "body", "comments"}
    assert all((tag, opened) == ("div", False) for tag, zone, opened in zones.blocks if zone in ("title", "body"))
    assert all(tag == "details" and not opened for tag, zone, opened in zones.blocks if zone not in ("title", "body"))
    assert "".join(zones.texts) == session_page.text  # every character once, in order
    comments = "".join(text for (_, zone, _), text in zip(zones.blocks, zones.texts) if zone == "comments")
    assert comments and comments in session_page.text
    assert zones.zone_of_mark == {m.id: m.zone for m in session_page.mentions}


def test_text_dropped_by_keep_zones_is_a_collapsed_block(session_page: Document) -> None:
    zones = zones_of(session_page.keep_zones())
    assert "".join(zones.texts) == session_page.text
    assert {zone for _, zone, _ in zones.blocks} == {"title", "body", "dropped"}
    assert all(tag == "details" for tag, zone, _ in zones.blocks if zone == "dropped")


def test_the_summary_tables_come_before_the_text() -> None:
    assert zones_of(handbuilt()).order == ["rk-tables", "rk-text"]


def test_officials_are_one_row_per_person_and_office_without_commenters(session_page: Document) -> None:
    [officials] = [table for table in record_tables(session_page) if table.title == "Officials"]
    assert len(officials.rows) == len(set(officials.rows)) and all(row[1] for row in officials.rows)
    # "заместитель полпреда", "замполпреда" and the rest are the office stated with his name
    assert [row[0] for row in officials.rows].count("Алексей Кузьмицкий") == 1
    holders = {p.person for p in session_page.positions}
    commenters = [p.name for p in session_page.persons if p.zone == "comments" and p.id not in holders]
    assert commenters and not any(row[0] in commenters for row in officials.rows)
    listed = {row[0] for table in record_tables(session_page) for row in table.rows}
    assert not any(name in listed for name in commenters)


def test_a_post_mentioned_again_is_one_row() -> None:
    text = "Губернатор Азаров приехал. Губернатор Азаров уехал. Губернатор Азаров вернулся."
    document = Document(
        text=text,
        persons=(Person(id="p1", name="Дмитрий Азаров", mentions=("m2",)),),
        positions=tuple(
            Position(id=f"pos{n}", person="p1", title=title, region=region, mention=f"m{n}")
            for n, (title, region) in enumerate([("губернатор", None), ("Губернатор", "r1"), ("губернатор", None)], 1)
        ),
        regions=(Region(id="r1", name="Самарская область"),),
    )
    [officials] = record_tables(document)
    assert officials.rows == [("Дмитрий Азаров", "губернатор", "Самарская область")]


def test_the_tallest_nested_box_fits_in_a_line() -> None:
    """A mark's box is its font's content area (at most 1.35 em), its padding and a 1 px border."""
    import re

    css = document_html(handbuilt())
    line = float(re.search(r"\.rk-text\{[^}]*line-height:([\d.]+)", css).group(1)) * 14  # type: ignore[union-attr]
    paddings = [int(p) for p in re.findall(r"mark\.rk-(?:m|h\d)\{[^}]*?padding:(\d+)px", css)]
    assert len(paddings) >= 4
    assert all(1.35 * 14 + 2 * padding + 2 <= line for padding in paddings)

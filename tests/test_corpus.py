"""ruskin.Corpus: the same official across documents, namesakes apart, associative merging, queries."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest

from ruskin import Corpus, Document, ErrorRecord, Pipeline, UnknownPersonError
from ruskin.io.lines import document_json

TEXTS = {
    "a": ("Губернатор Самарской области Дмитрий Азаров посетил завод в Тольятти.", "2021-03-01"),
    "b": ("Дмитрий Игоревич Азаров провёл совещание с главами муниципалитетов.", "2021-04-02"),
    "c": ("Как сообщил Д. И. Азаров, работы завершатся в срок.", "2021-05-03"),
    "d": ("Азарову Дмитрию вручили награду. Губернатор поблагодарил коллег.", "2021-06-04"),
    "e": ("Азаров Дмитрий Игоревич провёл совещание в Самаре.", None),
    "f": ("Глава Тамбовской области Александр Попов открыл форум в Тамбове.", "2021-03-05"),
    "g": ("Министр здравоохранения Красноярского края Александр Попов провёл совещание.", "2021-03-06"),
    "h": ("Семён Алексеев, мэр Тольятти, выступил на сессии.", "2020-01-10"),
    "i": ("Семен Алексеев, мэр Тольятти, подвёл итоги года.", "2020-12-20"),
    "j": ("В Самаре прошёл форум «Среда для жизни». В форуме принял участие губернатор Самарской области "
          "Дмитрий Азаров.", "2021-05-13"),
    "k": ("Губернатор Самарской области Николай Меркушкин открыл сессию.", "2015-09-01"),
}


@pytest.fixture(scope="module")
def documents(pipeline: Pipeline) -> list[Document]:
    return [pipeline(text, source=source, doc_date=date, tokens=False) for source, (text, date) in TEXTS.items()]


@pytest.fixture(scope="module")
def corpus(documents: list[Document]) -> Corpus:
    return Corpus(documents)


def keys(corpus: Corpus, *sources: str) -> set[str]:
    return {corpus.key_of(source, "p1") for source in sources}


def test_name_variants_join_into_one_person(corpus: Corpus) -> None:
    # full name, patronymic, initials, case forms (Азарову Дмитрию), surname first
    assert keys(corpus, "a", "b", "c", "d", "e", "j") == {"азаров-дмитрий"}
    person = corpus.person("азаров-дмитрий")
    assert person.name == "Дмитрий Игоревич Азаров"
    assert {ref.source for ref in person.mentions} == {"a", "b", "c", "d", "e", "j"}


def test_yo_and_ye_join(corpus: Corpus) -> None:
    assert len(keys(corpus, "h", "i")) == 1


def test_namesakes_with_posts_in_two_regions_at_one_time_stay_apart(corpus: Corpus) -> None:
    tambov, krasnoyarsk = corpus.key_of("f", "p1"), corpus.key_of("g", "p1")
    assert tambov != krasnoyarsk
    assert {tambov, krasnoyarsk} == {"попов-александр", "попов-александр-ru-kya"}


def test_the_same_name_in_two_regions_years_apart_is_one_person(pipeline: Pipeline) -> None:
    earlier = pipeline("Глава Тамбовской области Александр Попов открыл форум.", source="x", doc_date="2012-01-10")
    later = pipeline("Министр Красноярского края Александр Попов провёл совещание.", source="y", doc_date="2021-03-06")
    corpus = Corpus([earlier, later])
    assert corpus.key_of("x", "p1") == corpus.key_of("y", "p1")


def test_the_same_name_in_two_regions_without_dates_is_one_person(pipeline: Pipeline) -> None:
    one = pipeline("Глава Тамбовской области Александр Попов открыл форум.", source="x")
    other = pipeline("Министр Красноярского края Александр Попов провёл совещание.", source="y")
    corpus = Corpus([one, other])
    assert corpus.key_of("x", "p1") == corpus.key_of("y", "p1") == "попов-александр"


def test_two_patronymics_are_two_people(pipeline: Pipeline) -> None:
    one = pipeline("Александр Сергеевич Попов открыл форум.", source="x")
    other = pipeline("Александр Викторович Попов провёл совещание.", source="y")
    plain = pipeline("Александр Попов выступил на сессии.", source="z")
    corpus = Corpus([one, other, plain])
    assert corpus.key_of("x", "p1") != corpus.key_of("y", "p1")
    assert corpus.key_of("z", "p1") in {corpus.key_of("x", "p1"), corpus.key_of("y", "p1")}
    assert sorted(p.name for p in corpus.people) == ["Александр Викторович Попов", "Александр Сергеевич Попов"]


def test_a_bare_surname_joins_the_one_person_it_fits(pipeline: Pipeline, documents: list[Document]) -> None:
    bare = pipeline("Азаров поручил ускорить ремонт дорог.", source="bare")
    assert bare.persons and bare.persons[0].first is None
    corpus = Corpus([*documents, bare])
    assert corpus.key_of("bare", "p1") == "азаров-дмитрий"
    popov = pipeline("Попов поручил ускорить ремонт дорог.", source="popov")
    corpus = Corpus([*documents, popov])  # two Александр Попов: the bare surname cannot choose
    assert corpus.key_of("popov", "p1") == "попов"


def test_keys_do_not_depend_on_order_or_parts(documents: list[Document], corpus: Corpus) -> None:
    backwards = Corpus(reversed(documents))
    assert backwards == corpus and backwards.people == corpus.people
    a, b, c = Corpus(documents[:3]), Corpus(documents[3:7]), Corpus(documents[7:])
    assert (a | b) | c == a | (b | c) == Corpus.merge(a, b, c) == corpus
    assert ((a | b) | c).people == corpus.people


def test_merging_keeps_one_document_per_source(documents: list[Document]) -> None:
    doubled = Corpus(documents) | Corpus(documents)
    assert len(doubled) == len(documents)


def test_posts_of_a_person_over_time(corpus: Corpus) -> None:
    posts = corpus.posts_of("Дмитрий Азаров")
    assert [(p.title, p.region_code) for p in posts][0] == ("губернатор Самарской области", "RU-SAM")
    governor = posts[0]
    assert governor.first_seen == dt.date(2021, 3, 1) and governor.last_seen == dt.date(2021, 5, 13)
    assert governor.sources == ("a", "j") and governor.person == "азаров-дмитрий"


def test_holders_of_a_post_on_a_date(corpus: Corpus) -> None:
    on_2016 = corpus.holders("губернатор", region="RU-SAM", on="2016-01-01")
    assert [t.person for t in on_2016] == ["меркушкин-николай"]
    on_2021 = corpus.holders("губернатора", region="Самарская область", on=dt.date(2021, 4, 1))
    assert [t.person for t in on_2021] == ["азаров-дмитрий"]
    assert [t.person for t in corpus.holders("губернатор", region="RU-SAM")] == ["меркушкин-николай", "азаров-дмитрий"]
    assert corpus.holders("губернатор", region="RU-SAM", on="2010-01-01") == ()


def test_events_by_region_and_dates(corpus: Corpus) -> None:
    forum = [e for e in corpus.events(region="RU-SAM") if e.source == "j"]
    assert forum and forum[0].participants == ("азаров-дмитрий",) and forum[0].start == dt.date(2021, 5, 13)
    assert [e.key for e in corpus.events(between=("2021-05-01", "2021-05-31"))] == [forum[0].key]
    assert all(e.region_code == "RU-SAM" for e in corpus.events(region="Самарская область"))


def test_regions_agencies_and_their_documents(corpus: Corpus) -> None:
    samara = next(r for r in corpus.regions if r.code == "RU-SAM")
    assert samara.name == "Самарская область" and {"a", "j", "k"} <= set(samara.sources)


def test_unknown_and_ambiguous_names(corpus: Corpus) -> None:
    with pytest.raises(UnknownPersonError, match="Иванов"):
        corpus.posts_of("Иванов")
    with pytest.raises(KeyError, match="попов-александр, попов-александр-ru-kya"):
        corpus.person("Александр Попов")


def test_from_jsonl_reads_compact_documents_and_skips_errors(documents: list[Document], tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    error = ErrorRecord(source="broken.txt", error="BinaryInputError: not text").model_dump_json()
    path.write_text("\n".join([error, *(document_json(d, tokens=False) for d in documents)]) + "\n", encoding="utf-8")
    assert Corpus.from_jsonl(path) == Corpus(documents)


def test_a_corpus_pickles_without_its_computed_records(corpus: Corpus) -> None:
    copy = pickle.loads(pickle.dumps(corpus))
    assert copy == corpus and copy.people == corpus.people


@pytest.mark.parametrize(
    "asked, title, fits",
    [
        ("губернатор", "губернатор Самарской области", True),
        ("губернатора", "врио губернатора Самарской области", True),
        ("губернатор", "заместитель губернатора Самарской области", False),
        ("заместитель губернатора", "первый заместитель губернатора области", True),
        ("министр здравоохранения", "министр здравоохранения Красноярского края", True),
        ("министр здравоохранения", "министр образования края", False),
        ("глава", "главы Карачаево-Черкесии", True),
    ],
)
def test_title_fits(asked: str, title: str, fits: bool) -> None:
    from ruskin.corpus.queries import title_fits

    assert title_fits(asked, title) is fits


def test_holders_of_an_office_given_as_a_tenure(corpus: Corpus) -> None:
    office = corpus.posts_of("Николай Меркушкин")[0]
    assert [t.person for t in corpus.holders(office)] == ["меркушкин-николай", "азаров-дмитрий"]
    assert [t.person for t in corpus.holders(office, on="2021-05-01")] == ["азаров-дмитрий"]


def test_the_docstring_example_runs() -> None:
    import doctest

    import ruskin.corpus.corpus

    results = doctest.testmod(ruskin.corpus.corpus)
    assert results.attempted >= 3 and results.failed == 0


def test_the_people_measure_sees_split_and_shared_keys(pipeline: Pipeline) -> None:
    from ruskin.evaluation.people import score_people

    texts = {
        "x": ("Глава Тамбовской области Александр Попов открыл форум.", "2021-03-05"),
        "y": ("Министр Красноярского края Александр Попов провёл совещание.", "2021-03-06"),
        "z": ("Как сообщил Д. Азаров, работы завершатся в срок.", None),
        "w": ("Дмитрий Азаров провёл совещание.", None),
    }
    documents = [pipeline(text, source=source, doc_date=date) for source, (text, date) in texts.items()]
    gold = {"x": ["Александр Попов"], "y": ["Александр Попов"], "z": ["Денис Азаров"], "w": ["Дмитрий Азаров"]}
    score = score_people(Corpus(documents), documents, gold)
    assert score.split == {"Александр Попов": {"попов-александр", "попов-александр-ru-kya"}}
    assert score.shared == {"азаров-дмитрий": {"Денис Азаров", "Дмитрий Азаров"}}
    assert score.repeated == 1 and score.missed == []


def test_names_without_a_surname_join_the_person_of_their_document() -> None:
    from ruskin.records import Person

    def document(source: str, *names: tuple[str, str | None, str | None, str | None]) -> Document:
        persons = tuple(
            Person(id=f"p{n}", name=name, last=last, first=first, middle=middle)
            for n, (name, last, first, middle) in enumerate(names, 1)
        )
        return Document(text="…", source=source, persons=persons)

    corpus = Corpus([
        document("a", ("Махмуд-Али Калиматов", "Калиматов", "Махмуд-Али", None), ("Калимат", None, "Калимат", None)),
        document("b", ("Дмитрий Азаров", "Азаров", "Дмитрий", None), ("Дмитрий", None, "Дмитрий", None),
                 ("Дмитрий Игоревич", None, "Дмитрий", "Игоревич")),
        document("c", ("Сергей Владимирович", None, "Сергей", "Владимирович")),
    ])
    assert corpus.key_of("a", "p2") == corpus.key_of("a", "p1") == "калиматов-махмуд-али"
    assert corpus.key_of("b", "p2") == corpus.key_of("b", "p3") == "азаров-дмитрий"
    assert corpus.key_of("c", "p1") == "сергей-владимирович"


def test_patronymic_endings_table_is_clean() -> None:
    from ruskin.corpus.names import is_patronymic
    from ruskin.gazetteers.gazetteer import duplicates, load_table

    rows = load_table("patronymic_endings")
    assert duplicates(rows, "ending") == [] and all(row["ending"] == row["ending"].lower() for row in rows)
    assert [is_patronymic(word) for word in ["Игоревич", "Петровна", "Ильинична", "К.", "Али", "Махмуд"]] == [
        True, True, True, True, False, False,
    ]

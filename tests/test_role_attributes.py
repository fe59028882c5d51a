"""Words before a post's head: field and level adjectives, place adjectives, head-bound modifiers."""

from __future__ import annotations

import pytest

from ruskin import Pipeline
from ruskin.gazetteers.gazetteer import duplicates, load_table
from ruskin.roles.lexicon import norm, role_lexicon, tokens


def outer_roles(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    """(text, normal) of the ROLE mentions that no other ROLE mention holds."""
    roles = [m for m in pipeline(text).mentions if m.type == "ROLE"]
    inside = lambda m: any(o is not m and o.start <= m.start and m.stop <= o.stop for o in roles)
    return [(m.text, m.normal) for m in roles if not inside(m)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Театральный критик Иван Петров высоко оценил спектакль.", ("Театральный критик", "театральный критик")),
        ("Премию вручили оперной певице Анне Нетребко.", ("оперной певице", "оперная певица")),
        ("Хоккейный тренер Олег Знарок покинул клуб.", ("Хоккейный тренер", "хоккейный тренер")),
        ("Индивидуальный предприниматель Иван Петров открыл кафе.",
         ("Индивидуальный предприниматель", "индивидуальный предприниматель")),
        ("Народный депутат Украины Иван Петров выступил в Раде.",
         ("Народный депутат Украины", "народный депутат Украины")),
        ("Бывший театральный критик Иван Петров открыл ресторан.", ("театральный критик", "театральный критик")),
        ("Первый заместитель министра финансов Иван Петров провёл совещание.",
         ("Первый заместитель министра финансов", "первый заместитель министра финансов")),
        ("Первый вице-премьер Андрей Соболев провёл совещание.", ("Первый вице-премьер", "первый вице-премьер")),
        ("Ведущий инженер завода Иван Петров получил премию.",
         ("Ведущий инженер завода", "ведущий инженер завода")),
    ],
)
def test_field_level_and_bound_words_belong_to_the_post(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert outer_roles(pipeline, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Британский премьер Дэвид Кэмерон заявил об отставке.", ("Британский премьер", "британский премьер")),
        ("Брат северокорейского лидера Ким Чен Ына погиб в аэропорту.",
         ("северокорейского лидера", "северокорейский лидер")),
        ("Российские силовики задержали подозреваемого.", ("Российские силовики", "российские силовики")),
    ],
)
def test_a_place_adjective_belongs_to_a_leader(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert outer_roles(pipeline, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Российский актёр Иван Петров снялся в новом фильме.", ("актёр", "актёр")),
        ("Известный критик Иван Петров высоко оценил спектакль.", ("критик", "критик")),
        ("Народный артист России Иван Петров выступил в Казани.", ("артист", "артист")),
        ("Первый президент России Борис Ельцин ушёл в отставку в 1999 году.",
         ("президент России", "президент России")),
        ("Ведущие актёры театра отказались выходить на сцену.", ("актёры театра", "актёры театра")),
        ("Спектакль по литературному сценарию критик Иван Петров не оценил.", ("критик", "критик")),
    ],
)
def test_words_that_stay_outside_the_post(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert outer_roles(pipeline, text) == [expected]


@pytest.mark.parametrize(
    "text, title, region, status",
    [
        ("Нижегородский губернатор Глеб Никитин посетил завод.",
         "нижегородский губернатор", "Нижегородская область", "current"),
        ("Бывший нижегородский губернатор Валерий Шанцев вернулся в Москву.",
         "нижегородский губернатор", "Нижегородская область", "former"),
    ],
)
def test_a_region_adjective_in_the_post_is_its_region(
    pipeline: Pipeline, text: str, title: str, region: str, status: str
) -> None:
    document = pipeline(text)
    [position] = document.positions
    names = {r.id: r.name for r in document.regions}
    assert (position.title, names.get(position.region or ""), position.status) == (title, region, status)


def test_attribute_list_has_no_duplicates() -> None:
    assert duplicates(load_table("role_attributes"), "word") == []


@pytest.mark.parametrize("table, column", [("role_place_heads", "lemma"), ("role_modifier_heads", "words")])
def test_head_lists_have_no_duplicates(table: str, column: str) -> None:
    assert duplicates(load_table(table), column) == []


def test_bound_modifiers_are_modifiers() -> None:
    modifiers = {tokens(row["words"]) for row in load_table("role_modifiers")}
    assert [row["words"] for row in load_table("role_modifier_heads") if tokens(row["words"]) not in modifiers] == []


def test_attributes_are_not_also_modifiers() -> None:
    modifiers = {tokens(row["words"]) for row in load_table("role_modifiers")}
    assert [row["word"] for row in load_table("role_attributes") if tokens(row["word"]) in modifiers] == []


def test_place_heads_are_heads() -> None:
    heads = {" ".join(head.words) for found in role_lexicon().heads.values() for head in found}
    assert sorted(role_lexicon().place_heads - heads) == []


@pytest.mark.parametrize("table, column", [("role_attributes", "heads"), ("role_modifier_heads", "heads")])
def test_bound_heads_begin_some_head(table: str, column: str) -> None:
    heads = {" ".join(head.words) for found in role_lexicon().heads.values() for head in found}
    starts = {norm(value) for row in load_table(table) for value in row[column].split("|") if value}
    assert sorted(s for s in starts if not any(h.startswith(s) for h in heads)) == []

"""ROLE mentions: head words, modifiers, complements, nested posts, dash-joined posts."""

from __future__ import annotations

from collections import Counter

import pytest

from ruskin import Pipeline
from ruskin.gazetteers.gazetteer import duplicates, load_table
from ruskin.roles.lexicon import role_lexicon
from ruskin.taggers.roles import RolePost

from .roles_flow import analyse, tagged


def roles(pipeline: Pipeline, text: str, *, outer: bool = True) -> list[tuple[str, str]]:
    analysis = analyse(pipeline, text)
    return [
        (text[f.start : f.stop], f.normal)
        for f in tagged(pipeline, analysis)
        if f.type == "ROLE" and isinstance(f.value, RolePost) and f.value.outer == outer
    ]


@pytest.mark.parametrize(
    "table, column",
    [
        ("roles", "lemma"), ("role_modifiers", "words"), ("role_places", "lemma"), ("role_frames", "lemma"),
        ("role_honorary", "lemma"), ("role_unheld", "lemma"), ("role_naming_verbs", "lemma"),
        ("role_succession", "lemma"), ("role_founders", "lemma"), ("role_offices", "way"),
        ("role_subordinates", "lemma"), ("role_leaving", "lemma"), ("role_held_verbs", "lemma"),
        ("role_leaving_verbs", "lemma"),
    ],  # fmt: skip
)
def test_lists_have_no_duplicates(table: str, column: str) -> None:
    assert duplicates(load_table(table), column) == []


def test_every_office_is_named_by_known_heads() -> None:
    keys = {" ".join(head.chain) for heads in role_lexicon().heads.values() for head in heads}
    ways = [row["way"] for row in load_table("role_offices")]
    assert [way for way in ways if way.split(":")[0] not in keys] == []
    named = Counter(row["office"] for row in load_table("role_offices"))
    assert [office for office, ways in named.items() if ways < 2] == []  # one wording refers to nothing


def test_every_head_has_a_known_kind() -> None:
    kinds = {head.kind for heads in role_lexicon().heads.values() for head in heads}
    assert kinds == {"post", "rank", "profession"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Заместитель губернатора Нижегородской области Андрей Гнеушев принял участие в форуме.",
            [("Заместитель губернатора Нижегородской области", "заместитель губернатора Нижегородской области")],
        ),
        (
            "В Нижнем Новгороде заместитель полномочного представителя президента РФ в ПФО Алексей Кузьмицкий "
            "открыл сессию.",
            [("заместитель полномочного представителя президента РФ в ПФО",) * 2],
        ),
        (
            "Совещание прошло под председательством губернатора Самарской области Дмитрия Азарова.",
            [("губернатора Самарской области", "губернатор Самарской области")],
        ),
        (
            "В рамках выполнения Указа Президента Российской Федерации Владимира Путина мы работаем.",
            [("Президента Российской Федерации", "Президент Российской Федерации")],
        ),
        (
            "Врио губернатора Иван Петров встретился с жителями.",
            [("Врио губернатора", "врио губернатора")],
        ),
        (
            "Исполняющего обязанности главы города назначили вчера.",
            [("Исполняющего обязанности главы города", "исполняющий обязанности главы города")],
        ),
        (
            "Первого заместителя министра обороны освободили от должности.",
            [("Первого заместителя министра обороны", "первый заместитель министра обороны")],
        ),
        (
            "Уполномоченный по правам человека выступил с докладом.",
            [("Уполномоченный по правам человека", "уполномоченный по правам человека")],
        ),
        (
            "Бывший мэр Москвы посетил выставку.",
            [("мэр Москвы", "мэр Москвы")],
        ),
        (
            "Экс-губернатор Самарской области дал интервью.",
            [("губернатор Самарской области", "губернатор Самарской области")],
        ),
        (
            "Экс-премьера Пакистана Беназир Бхутто вновь пытались убить.",
            [("премьера Пакистана", "премьер Пакистана")],
        ),
        (
            "Журналист и тренер пришли на матч.",
            [("Журналист", "журналист"), ("тренер", "тренер")],
        ),
        (
            "Об этом сообщил официальный представитель Следственного комитета при прокуратуре Владимир Маркин.",
            [("официальный представитель Следственного комитета при прокуратуре",) * 2],
        ),
        (
            "Об этом заявил координатор движения «Архнадзор» Константин Михайлов.",
            [("координатор движения «Архнадзор", "координатор движения «Архнадзор»")],
        ),
        (
            "Полузащитник футбольного клуба Челси Фрэнк Лэмпард снялся в фильме.",
            [("Полузащитник футбольного клуба Челси", "полузащитник футбольного клуба Челси")],
        ),
    ],
)
def test_outer_posts(pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert roles(pipeline, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Поединок выиграл боксёр-тяжеловес Иван Петров.", ["боксёр-тяжеловес"]),
        ("Фильм снял вместе с художником-постановщиком Иваном Петровым.", ["художником-постановщиком"]),
        ("На выборах победил шериф округа Иван Петров.", ["шериф округа"]),
        ("Медаль получила футболистка Анна Петрова.", ["футболистка"]),
        ("Об этом сообщил главный редактор Time Ричард Стенджел.", ["главный редактор Time"]),
        ("Его назначил глава администрации Радий Хабиров.", ["глава администрации"]),
        ("Указ подписал глава Федеральной таможенной службы (ФТС) Иван Петров.", ["глава Федеральной таможенной службы"]),
    ],
)
def test_outer_posts_more(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert [span for span, _ in roles(pipeline, text)] == expected


def test_dash_joins_two_posts(pipeline: Pipeline) -> None:
    text = (
        "С докладом выступила заместитель министра - руководитель департамента развития трудовых ресурсов "
        "министерства труда, занятости и миграционной политики Самарской области Юлия Бренер."
    )
    assert [span for span, _ in roles(pipeline, text)] == [
        "заместитель министра",
        "руководитель департамента развития трудовых ресурсов министерства труда, занятости и миграционной "
        "политики Самарской области",
    ]


def test_coordinated_posts_are_two(pipeline: Pipeline) -> None:
    text = "На встрече были губернатор и вице-губернатор Самарской области."
    assert [span for span, _ in roles(pipeline, text)] == ["губернатор", "вице-губернатор Самарской области"]


@pytest.mark.parametrize(
    "text, nested",
    [
        ("Губернатор Самарской области Дмитрий Азаров провёл совещание.", ["Губернатор"]),
        (
            "Заместитель губернатора Нижегородской области Андрей Гнеушев выступил.",
            ["губернатора Нижегородской области", "губернатора"],
        ),
        ("Министр финансов РФ Антон Силуанов выступил.", ["Министр финансов", "Министр"]),
        ("Исполняющий обязанности губернатора Иван Петров выступил.", ["губернатора"]),
        ("Глава региона выступил.", []),
    ],
)
def test_nested_posts(pipeline: Pipeline, text: str, nested: list[str]) -> None:
    assert [span for span, _ in roles(pipeline, text, outer=False)] == nested


@pytest.mark.parametrize(
    "text, status",
    [
        ("Врио губернатора Иван Петров выступил.", "acting"),
        ("Исполняющий обязанности мэра Иван Петров выступил.", "acting"),
        ("И. о. мэра Иван Петров выступил.", "acting"),
        ("Бывший губернатор Иван Петров выступил.", "former"),
        ("Экс-мэр Иван Петров выступил.", "former"),
        ("Первый заместитель мэра Иван Петров выступил.", "current"),
    ],
)
def test_status_from_modifiers(pipeline: Pipeline, text: str, status: str) -> None:
    analysis = analyse(pipeline, text)
    [post] = [f for f in tagged(pipeline, analysis) if f.type == "ROLE" and f.value.outer]
    assert post.value.status == status


@pytest.mark.parametrize(
    "text",
    [
        "Военный округ провёл учения.",
        "Рабочая группа собралась в среду.",
        "Андрей Король приехал в город.",
    ],
)
def test_no_post(pipeline: Pipeline, text: str) -> None:
    assert roles(pipeline, text) == []

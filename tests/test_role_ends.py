"""Where a post ends after its head: what its complement takes and where it stops."""

from __future__ import annotations

import pytest

from ruskin import Pipeline
from ruskin.gazetteers.gazetteer import duplicates, load_table

ROLE_TABLES = (
    "role_complement_stops",
    "role_titled_heads",
    "role_place_nouns",
    "role_person_heads",
    "role_hyphen_traits",
    "role_complement_preps",
)


def outer_roles(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    """(text, normal) of the ROLE mentions that no other ROLE mention holds."""
    roles = [m for m in pipeline(text).mentions if m.type == "ROLE"]
    inside = lambda m: any(o is not m and o.start <= m.start and m.stop <= o.stop for o in roles)
    return [(m.text, m.normal) for m in roles if not inside(m)]


def inner_roles(pipeline: Pipeline, text: str) -> list[str]:
    """Texts of the ROLE mentions that another ROLE mention holds."""
    roles = [m for m in pipeline(text).mentions if m.type == "ROLE"]
    return [m.text for m in roles if any(o is not m and o.start <= m.start and m.stop <= o.stop for o in roles)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the genitive phrase takes participles, ordinals and a number after "№"
        ("Депутаты избрали председателем правящей партии Ивана Петрова.",
         ("председателем правящей партии", "председатель правящей партии")),
        ("Начальник 12-го отдела полиции Иван Петров провёл приём граждан.",
         ("Начальник 12-го отдела полиции", "начальник 12-го отдела полиции")),
        ("Директор школы № 5 Анна Смирнова встретила учеников.", ("Директор школы № 5", "директор школы № 5")),
        # a place's name after its common noun
        ("Об этом заявил губернатор штата Техас Грег Эбботт.", ("губернатор штата Техас", "губернатор штата Техас")),
        ("Мэром города Тольятти избран Иван Петров.", ("Мэром города Тольятти", "мэр города Тольятти")),
        # a field after "по", joined by "и", and "с" with the instrumental after "связям"
        ("Председатель комитета по науке и образованию Иван Петров выступил в Думе.",
         ("Председатель комитета по науке и образованию", "председатель комитета по науке и образованию")),
        ("Директор по связям с инвесторами завода Олег Рябцев дал интервью.",
         ("Директор по связям с инвесторами завода", "директор по связям с инвесторами завода")),
        # "за" with the instrumental after "надзору", "о" with the locative after "законов"
        ("Помощник прокурора района по надзору за соблюдением законов о труде Олег Мартынов провёл проверку.",
         ("Помощник прокурора района по надзору за соблюдением законов о труде",
          "помощник прокурора района по надзору за соблюдением законов о труде")),
        # a place after a noun of the complement that takes it
        ("Сотрудник посольства России в Париже сообщил об этом.",
         ("Сотрудник посольства России в Париже", "сотрудник посольства России в Париже")),
        # an international body after a post that takes "в"
        ("Постоянный представитель России в ООН Василий Небензя выступил на заседании.",
         ("Постоянный представитель России в ООН", "постоянный представитель России в ООН")),
        # a person the post is held for
        ("Его назначили советником Медведева.", ("советником Медведева", "советник Медведева")),
        # a Latin name with "!"
        ("Главный исполнительный директор Yahoo! Кэтрин Уолш объявила об уходе.",
         ("Главный исполнительный директор Yahoo!", "главный исполнительный директор Yahoo!")),
        # a church title's see, in the nominative in the title
        ("Патриархом Сербским избран епископ Порфирий.", ("Патриархом Сербским", "патриарх Сербский")),
        ("Службу возглавил митрополит Казанский и Татарстанский Кирилл.",
         ("митрополит Казанский и Татарстанский", "митрополит Казанский и Татарстанский")),
    ],
)
def test_complement_takes(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert expected in outer_roles(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rank, a party member, a time or an origin said of the holder
        ("Президент назначил министром обороны генерала армии Сергея Шойгу.", ("министром обороны", "министр обороны")),
        ("Президент назначил губернатором области единоросса Ивана Петрова.",
         ("губернатором области", "губернатор области")),
        ("Его признали лучшим тренером года.", ("тренером", "тренер")),
        ("Она стала первой судьёй латиноамериканского происхождения.", ("судьёй", "судья")),
        # a second post after "и", an apposition after a name
        ("Суд вызвал мэра Самары и бывшего губернатора области Ивана Петрова.", ("мэра Самары", "мэр Самары")),
        ("Глава Казани, столицы Татарстана, Ильсур Метшин открыл мост.", ("Глава Казани", "глава Казани")),
        # the second half of a hyphenated post that says who holds it
        ("Сенатор-республиканец Джон Маккейн выступил против закона.", ("Сенатор", "сенатор")),
    ],
)
def test_complement_stops(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert expected in outer_roles(pipeline, text)


@pytest.mark.parametrize(
    "text, inner, not_inner",
    [
        ("Помощник президента РФ по экономике Максим Орешкин выступил на форуме.",
         "президента РФ", "президента РФ по экономике"),
        ("Об этом заявил губернатор штата Техас Грег Эбботт.", "губернатор", "губернатор штата"),
    ],
)
def test_nested_posts(pipeline: Pipeline, text: str, inner: str, not_inner: str) -> None:
    found = inner_roles(pipeline, text)
    assert inner in found and not_inner not in found


@pytest.mark.parametrize(
    "text, title",
    [
        ("Патриархом Сербским избран епископ Порфирий.", "патриарх Сербский"),
        ("Сенатор-республиканец Джон Маккейн выступил против закона.", "сенатор"),
        ("Об этом заявил губернатор штата Техас Грег Эбботт.", "губернатор штата Техас"),
    ],
)
def test_position_titles_stay_nominative(pipeline: Pipeline, text: str, title: str) -> None:
    assert title in [position.title for position in pipeline(text).positions]


@pytest.mark.parametrize("table", ROLE_TABLES)
def test_word_lists_have_no_duplicates(table: str) -> None:
    assert duplicates(load_table(table), "lemma") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Отчёт представил председатель контрольно-счетной палаты области Игорь Лунин.",
         "председатель контрольно-счетной палаты области"),
        ("Отчёт представил председатель контрольно-счётной палаты области Игорь Лунин.",
         "председатель контрольно-счётной палаты области"),
    ],
)  # fmt: skip
def test_a_genitive_adjective_written_with_e_for_yo_stays_in_the_title(pipeline: Pipeline, text: str, title: str) -> None:
    """The tagger gives no case to a rare form written with "е" for "ё"; its dictionary forms still say genitive."""
    assert [position.title for position in pipeline(text).positions] == [title]

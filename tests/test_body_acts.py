"""Acts of courts, investigators, legislatures and appointing bodies found as events by the whole pipeline."""

from __future__ import annotations

import pytest

from ruskin import Pipeline


def events(pipeline: Pipeline, text: str) -> set[tuple[str, str | None]]:
    """The (mention text, event kind) pairs of the document's events."""
    document = pipeline(text)
    texts = {m.id: m.text for m in document.mentions if m.type == "EVENT"}
    return {(texts[m], e.kind) for e in document.events for m in e.mentions}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Районный суд вынес приговор бывшему директору автобазы.", ("вынес приговор", "sentence")),
        ("Коллегия присяжных вынесла оправдательный приговор лесничему.", ("вынесла оправдательный приговор", "sentence")),
        ("Кассационный суд отменил приговор водителю маршрутки.", ("отменил приговор", "sentence")),
        ("Вечером охранника взяли под стражу прямо на проходной.", ("взяли под стражу", "arrest")),
        ("Бывшего казначея объявили в международный розыск.", ("объявили в международный розыск", "case")),
        ("Фермера выпустили под залог через два дня.", ("выпустили под залог", "release")),
        ("Рыбаков отпустили на свободу после проверки документов.", ("отпустили на свободу", "release")),
        ("Адвокат добился освобождения под залог своего клиента.", ("освобождения под залог", "release")),
        ("Губернатор снял с должности начальника дорожного управления.", ("снял с должности", "resignation")),
        ("Сенат утвердил на посту нового казначея.", ("утвердил на посту", "appointment")),
        ("Министра отстранили от исполнения обязанностей до конца проверки.",
         ("отстранили от исполнения обязанностей", "resignation")),
        ("Партия выдвинула кандидатуру агронома.", ("выдвинула кандидатуру", "nomination")),
        ("Накануне агроном снял свою кандидатуру.", ("снял свою кандидатуру", "nomination")),
        ("С водителя автобуса сняли все обвинения.", ("сняли все обвинения", "case")),
        ("Тренер объявил об уходе с поста наставника сборной.", ("уходе с поста", "resignation")),
        ("Про уход в отставку судья объявил весной.", ("уход в отставку", "resignation")),
        ("Весной в храме прошла интронизация нового патриарха.", ("интронизация", "ceremony")),
        ("Законопроект о пасеках одобрен во втором чтении.", ("одобрен во втором чтении", "signing")),
        ("Депутаты приняли в третьем чтении поправки о пасеках.", ("приняли в третьем чтении", "signing")),
        ("Сторожа освободили в зале суда после оглашения.", ("освободили в зале суда", "release")),
    ],
)
def test_acts_of_bodies_are_events(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Глава республики подписал закон о поддержке пчеловодов.", ("подписал закон", "signing")),
        ("Вчера премьер подписал указ о создании речного заповедника.", ("подписал указ", "signing")),
        ("Областная дума приняла закон о бесплатных парковках.", ("приняла закон", "signing")),
        ("Мэр подписал распоряжение о ремонте пешеходного моста.", ("подписал распоряжение", "signing")),
        ("Президент подписал федеральный закон о пасеках.", ("подписал федеральный закон", "signing")),
    ],
)
def test_a_verb_whose_object_opens_an_acts_name_is_an_event(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Президент подписал указ об отставке министра лесного хозяйства.", "resignation"),
        ("Губернатор подписал указ о награждении пожарных медалями.", "ceremony"),
    ],
)
def test_signing_an_act_that_names_an_event_is_no_event_of_its_own(pipeline: Pipeline, text: str, kind: str) -> None:
    assert {found for _, found in events(pipeline, text)} == {kind}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("В марте телеканал лишили лицензии на вещание.", ("лишили лицензии", "sanction")),
        ("Фотографа лишили всех наград.", ("лишили всех наград", "sanction")),
        ("Редакция газеты лишена парламентской аккредитации.", ("лишена парламентской аккредитации", "sanction")),
        ("Епархия лишила духовного сана бывшего настоятеля.", ("лишила духовного сана", "sanction")),
    ],
)
def test_taking_away_is_an_event_with_what_is_taken(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize("text", ["Отец лишил сына карманных денег.", "Такие правила лишают смысла всю работу."])
def test_taking_away_without_a_thing_taken_first_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == set()


@pytest.mark.parametrize(
    "text", ["Бывший казначей уже полгода находится под домашним арестом.", "Под арестом фермер провёл две недели."]
)
def test_an_arrest_one_is_kept_under_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == set()


def test_an_arrest_not_under_is_an_event(pipeline: Pipeline) -> None:
    assert ("Арест", "arrest") in events(pipeline, "Арест казначея удивил весь посёлок.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Мировой судья признал его виновным, а не соседа.", "признал его виновным"),
        ("Коллегия признала Марину Орлову виновной в подлоге.", "признала Марину Орлову виновной"),
    ],
)
def test_a_verdict_holds_the_one_judged(pipeline: Pipeline, text: str, expected: str) -> None:
    assert (expected, "sentence") in events(pipeline, text)


def test_a_verdict_told_by_a_gerund_is_no_event(pipeline: Pipeline) -> None:
    found = events(pipeline, "Судья оштрафовал сторожа, признав его виновным в порче забора.")
    assert not any(text.startswith("признав") for text, _ in found)

import pytest

from ruskin.nlp.clean import analysis_view, glued_breaks


@pytest.mark.parametrize(
    "text, view",
    [
        ("в\u00a0работе", "в работе"),
        ("инно\u00adвации", "инно вации"),
        ("строка\r\nвторая", "строка\n\nвторая"),
        ("NUL\x00байт и \x07звонок", "NUL байт и  звонок"),
        ("узкий\u202fпробел и\u2028перенос", "узкий пробел и\nперенос"),
        ("обычный текст — «цитата»", "обычный текст — «цитата»"),
    ],
)
def test_view_replaces_odd_characters_keeping_length(text: str, view: str) -> None:
    assert analysis_view(text) == view
    assert len(analysis_view(text)) == len(text)


@pytest.mark.parametrize(
    "text, pieces",
    [
        ("инноваций регионовЗаместитель губернатора", ["инноваций регионов", "Заместитель губернатора"]),
        ("подведены итогиСегодня губернатор", ["подведены итоги", "Сегодня губернатор"]),
        ("проектыНовости раздела", ["проекты", "Новости раздела"]),
        ("компания СберБанк и МегаФон", ["компания СберБанк и МегаФон"]),
        ("Заместитель губернатора", ["Заместитель губернатора"]),
        ("слова вРоссии", ["слова вРоссии"]),
    ],
)
def test_glued_headline_breaks(text: str, pieces: list[str]) -> None:
    cuts = [0, *glued_breaks(text), len(text)]
    assert [text[a:b] for a, b in zip(cuts, cuts[1:])] == pieces

import pytest

from ruskin.nlp.clean import glued_breaks
from ruskin.nlp.segment import MAX_TOKENS, segment


def sentences_of(text: str) -> list[str]:
    return [text[s.start : s.stop] for s in segment(text, glued_breaks(text))]


# Partition strings: "|" marks where one sentence ends and the next begins.
@pytest.mark.parametrize(
    "partition",
    [
        "Андрей Гнеушев принял участие в форуме.|Он выступил с докладом.",
        "Заголовок без точки|Первый абзац статьи.",
        "…социальных инноваций регионов|Заместитель губернатора Нижегородской области выступил.",
        "Фото:|Основными участниками стали руководители.",
        "Т. е. это одна фраза, а Н. Новгород — город.",
        "Аркадий Галицын 14 марта 2025 19:26 Вячеслав Федорищев заявил о работах|Альтернативы нет.",
    ],
)
def test_sentences(partition: str) -> None:
    expected = partition.split("|")
    text = partition.replace("|Заместитель", "Заместитель").replace("|", "\n")
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Губернатор посетил Москву.", ["Губернатор", "посетил", "Москву", "."]),
        ("А. Гнеушев", ["А", ".", "Гнеушев"]),
        ("с 19 по 21 июня 2019 года", ["с", "19", "по", "21", "июня", "2019", "года"]),
        ("«Повышение дохода» — отметил", ["«", "Повышение", "дохода", "»", "—", "отметил"]),
        ("регионовЗаместитель", ["регионов", "Заместитель"]),
    ],
)
def test_tokens(text: str, tokens: list[str]) -> None:
    pieces = [t for s in segment(text, glued_breaks(text)) for t in s.tokens]
    assert [p.text for p in pieces] == tokens
    assert all(text[p.start : p.stop] == p.text for p in pieces)


def test_long_run_without_punctuation_is_cut_into_bounded_pieces() -> None:
    text = " ".join(["слово"] * (MAX_TOKENS * 3 + 7))
    sentences = segment(text)
    assert [len(s.tokens) for s in sentences] == [MAX_TOKENS] * 3 + [7]
    assert sentences[-1].stop == len(text)

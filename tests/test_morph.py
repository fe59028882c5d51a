import pytest

from ruskin import Pipeline


@pytest.mark.parametrize(
    "sentence, word, lemma, pos",
    [
        ("Губернатор Самарской области Дмитрий Азаров посетил Москву.", "области", "область", "NOUN"),
        ("Губернатор Самарской области Дмитрий Азаров посетил Москву.", "Самарской", "самарский", "ADJ"),
        ("Губернатор Самарской области Дмитрий Азаров посетил Москву.", "посетил", "посетить", "VERB"),
        ("Губернатор Самарской области Дмитрий Азаров посетил Москву.", "Москву", "москва", "PROPN"),
        # "стали" is a noun (steel) out of context; here it is the verb "стать".
        ("Основными участниками стали руководители органов власти.", "стали", "стать", "VERB"),
        ("Производство стали выросло на пять процентов.", "стали", "сталь", "NOUN"),
        # "мы" vs "мыть": the pronoun.
        ("Мы отрабатываем все инновационные подходы.", "Мы", "мы", "PRON"),
        ("В рамках стратегической сессии Андрей Гнеушев рассказал о проекте.", "рамках", "рамка", "NOUN"),
        ("Он выступил с тематическим докладом на форуме.", "докладом", "доклад", "NOUN"),
        ("Работа в регионе ведется в тесном взаимодействии.", "ведется", "вестись", "VERB"),
    ],
)
def test_lemma_and_pos_in_context(pipeline: Pipeline, sentence: str, word: str, lemma: str, pos: str) -> None:
    document = pipeline(sentence)
    token = next(t for t in document.tokens if t.text == word)
    assert (token.lemma, token.pos) == (lemma, pos)


def test_tokens_carry_ud_features(pipeline: Pipeline) -> None:
    document = pipeline("Заместитель губернатора Нижегородской области выступил.")
    region = next(t for t in document.tokens if t.text == "Нижегородской")
    assert region.feats["Case"] == "Gen"
    assert region.feats["Gender"] == "Fem"

"""Quotes: direct speech layouts, quoted names that are not quotes, speakers, seed pages."""

from __future__ import annotations

from unittest.mock import patch

import pytest

from ruskin import Pipeline
from ruskin.gazetteers.gazetteer import duplicates, load_table
from ruskin.ids import RecordIds
from ruskin.nlp.zones import page_zones
from ruskin.quotes import build_quotes
from ruskin.quotes.marks import quoted_spans
from ruskin.quotes.posts import abbreviates

from .conftest import SEED_FORUM, SEED_SESSION

Said = list[tuple[str, str | None]]


def quotes_of(pipeline: Pipeline, text: str) -> Said:
    """(quote text, speaker's name) for each quote, over the pipeline's own mentions and persons."""
    import ruskin.pipeline as stage

    seen: dict[str, object] = {}
    real = stage.build_document

    def capture(*args: object, **kwargs: object) -> object:
        seen["args"] = args
        return real(*args, **kwargs)  # type: ignore[arg-type]

    with patch.object(stage, "build_document", capture):
        pipeline(text)
    analysis, found, persons = seen["args"][:3]  # type: ignore[index]
    analysis.zones = page_zones(analysis)
    ordered = sorted(found, key=lambda f: (f.start, -f.stop, f.type))
    index = RecordIds(mentions={id(f): f"m{n}" for n, f in enumerate(ordered, 1)})
    names = {}
    for number, group in enumerate(persons, 1):
        index.assign("persons", f"p{number}", group.mentions)
        names[f"p{number}"] = group.name.full
    return [(q.text, names.get(q.speaker or "")) for q in build_quotes(analysis, ordered, index)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # «…», — verb Name
        (
            "Губернатор Самарской области Дмитрий Азаров посетил завод. "
            "«Это важный шаг для региона», — отметил Дмитрий Азаров.",
            [("Это важный шаг для региона", "Дмитрий Азаров")],
        ),
        (
            "«Это важный шаг для региона», — отметил губернатор Самарской области Дмитрий Азаров.",
            [("Это важный шаг для региона", "Дмитрий Азаров")],
        ),
        # "…", - verb он
        (
            'Глава региона Дмитрий Азаров встретился с жителями. "Мы продолжим работу над проектом", - сообщил он.',
            [("Мы продолжим работу над проектом", "Дмитрий Азаров")],
        ),
        # Name verb: «…», also with the colon ending the line before.
        (
            "Андрей Гнеушев подчеркнул: «Форум дает возможность обмена опытом».",
            [("Форум дает возможность обмена опытом", "Андрей Гнеушев")],
        ),
        ("Глеб Никитин заявил:\n«Мы справимся с задачей».", [("Мы справимся с задачей", "Глеб Никитин")]),
        (
            "Как отметил Андрей Гнеушев, «форум дает возможность обмена опытом».",
            [("форум дает возможность обмена опытом", "Андрей Гнеушев")],
        ),
        # "По словам X, «…»": the speaker in any case, also a pronoun.
        (
            "По словам губернатора Самарской области Дмитрия Азарова, «регион справится».",
            [("регион справится", "Дмитрий Азаров")],
        ),
        (
            "Губернатор Дмитрий Азаров провёл совещание. По его словам, «регион выполнит все обязательства».",
            [("регион выполнит все обязательства", "Дмитрий Азаров")],
        ),
        # Reported speech quoted to the end of its sentence: "X заявил, что «…»".
        (
            "Министр труда Антон Котяков заявил, что «рынок труда восстановился».",
            [("рынок труда восстановился", "Антон Котяков")],
        ),
        # Dash dialogue, with the speech going on after the attribution.
        (
            "Губернатор Глеб Никитин посетил завод.\n— Это важно для всей области, — сказал Глеб Никитин. "
            "— Мы поддержим предприятие.",
            [("Это важно для всей области", "Глеб Никитин"), ("Мы поддержим предприятие.", "Глеб Никитин")],
        ),
        (
            "Губернатор Глеб Никитин посетил завод.\n— Это важно для всей области! — сказал губернатор.",
            [("Это важно для всей области!", "Глеб Никитин")],
        ),
        # A quote of several sentences.
        (
            "«Первое предложение здесь. Второе предложение тоже здесь», — добавил Андрей Гнеушев.",
            [("Первое предложение здесь. Второе предложение тоже здесь", "Андрей Гнеушев")],
        ),
        # Pronoun speakers agree in gender with the person they point to.
        (
            "Министр Юлия Бренер выступила с докладом. «Работа выстроена системно», — сообщила она.",
            [("Работа выстроена системно", "Юлия Бренер")],
        ),
        (
            "Глеб Никитин встретился с Юлией Бренер. «Мы договорились о сотрудничестве», — сказала она.",
            [("Мы договорились о сотрудничестве", "Юлия Бренер")],
        ),
        (
            "Глеб Никитин встретился с Юлией Бренер. «Мы договорились о сотрудничестве», — уверен он.",
            [("Мы договорились о сотрудничестве", "Глеб Никитин")],
        ),
        # Speakers named by their post alone.
        (
            "Заместитель полномочного представителя президента в ПФО Алексей Кузьмицкий открыл сессию. "
            "«Нужно работать вместе», — резюмировал замполпреда.",
            [("Нужно работать вместе", "Алексей Кузьмицкий")],
        ),
        (
            "Заместитель полномочного представителя президента в ПФО Алексей Кузьмицкий открыл сессию. "
            "«Нужно работать вместе», — сказал заместитель полпреда.",
            [("Нужно работать вместе", "Алексей Кузьмицкий")],
        ),
        (
            "Заместитель губернатора Андрей Гнеушев и губернатор Глеб Никитин посетили форум. "
            "«Форум прошел успешно», — сказал губернатор.",
            [("Форум прошел успешно", "Глеб Никитин")],
        ),
        (
            "Заместитель губернатора Андрей Гнеушев и губернатор Глеб Никитин посетили форум. "
            "«Форум прошел успешно», — сказал заместитель губернатора.",
            [("Форум прошел успешно", "Андрей Гнеушев")],
        ),
        # The page broke the attribution: the verb ends its line, the name stands alone on the next.
        (
            "Губернатор Олег Лунин записал обращение к жителям.\n\n"
            "Мы многое сделали вместе, и я благодарен вам, — сказал\n\nОлег Лунин.\n\nОн возглавлял область пять лет.",
            [("Мы многое сделали вместе, и я благодарен вам", "Олег Лунин")],
        ),
        # The sentence before the quote goes on with what was said: the verb of saying is one further back.
        (
            "Полпред Олег Лунин назвал дороги и школы главными задачами области. "
            "Для этого нужно вовремя закончить ремонт.\n"
            "«Уверен, что у команды всё получится», — добавил он.",
            [("Уверен, что у команды всё получится", "Олег Лунин")],
        ),
        (
            "Полпред Олег Лунин назвал дороги и школы главными задачами области. "
            "Для этого нужно вовремя закончить ремонт.\n"
            "«Уверен, что у команды всё получится",
            [("Уверен, что у команды всё получится", "Олег Лунин")],
        ),
        # A quote glued to the full stop before it; the one spoken to ("у губернатора") is not the speaker.
        (
            'Президент встретился с губернатором Олегом Петровым."Олег Иванович, здравствуйте, давно не виделись. '
            'С чего начнём?" - спросил у губернатора на встрече президент Иван Сомов.',
            [("Олег Иванович, здравствуйте, давно не виделись. С чего начнём?", "Иван Сомов")],
        ),
        # "по словам X" opens the sentence, another "по" comes before the quoted words.
        (
            'Вице-премьер Иван Сомов посетил область. По словам Ивана Сомова, по многим показателям '
            'область "замыкает рейтинг регионов округа".',
            [("замыкает рейтинг регионов округа", "Иван Сомов")],
        ),
        # The text stops inside quoted words after "по словам".
        (
            'Вице-премьер Иван Сомов посетил область. По словам Ивана Сомова, по многим показателям '
            'область "замыкает рейтинг регионов округа',
            [("замыкает рейтинг регионов округа", "Иван Сомов")],
        ),
        # A name quoted at the end of a cut text is no speech.
        ('Вчера в Омске прошло шоу "Голос', []),
        # A document speaks: "говорится в указе, который подписал ..." names no speaker.
        (
            "Президент подписал указ. «Назначить Петрова Олега Ивановича министром "
            "культуры области», — говорится в указе, который подписал Иван Сомов.",
            [("Назначить Петрова Олега Ивановича министром культуры области", None)],
        ),
        # Speech without a person: a quote with no speaker.
        (
            "«Мы не будем повышать тарифы в этом году», — говорится в сообщении пресс-службы.",
            [("Мы не будем повышать тарифы в этом году", None)],
        ),
        # A quoted name inside a quote stays part of it.
        (
            'Он сказал: "Проект "Народный бюджет" будет продолжен".',
            [('Проект "Народный бюджет" будет продолжен', None)],
        ),
    ],
)
def test_quote_layouts(pipeline: Pipeline, text: str, said: Said) -> None:
    assert quotes_of(pipeline, text) == said


@pytest.mark.parametrize(
    "text",
    [
        "В рамках стратегической сессии «Инновационные проекты и технологии в реализации национальных проектов» "
        "Андрей Гнеушев рассказал о проекте «Повышение реального дохода граждан и снижение бедности в 2 раза».",
        'Вячеслав Федорищев заявил о возобновлении строительных работ на станции метро "Театральная"',
        "Компания «Газпром» — крупнейший налогоплательщик региона, сообщил Андрей Гнеушев.",
        "Премьера нового спектакля с участием Ирины Вольской «Пусть зажгутся огни!» прошла в Самаре.",
        "Задачи программы:\n- Развитие инфраструктуры, - подготовка кадров;\n- Поддержка бизнеса.",
        "Министр Юлия Бренер рассказала о проекте «Народный бюджет», — добавили в пресс-службе",
        "Министр сообщил, что «Роснефть» увеличила добычу.",
        "Губернатор заявил, что «Народный бюджет», по его словам, будет продолжен.",
        "По данным Росстата, «Газпром» увеличил добычу.",
    ],
)
def test_quoted_names_are_not_quotes(pipeline: Pipeline, text: str) -> None:
    assert quotes_of(pipeline, text) == []


def test_forum_page_quotes(pipeline: Pipeline) -> None:
    said = quotes_of(pipeline, SEED_FORUM.read_text(encoding="utf-8"))
    assert [(text[:40], speaker) for text, speaker in said] == [
        ("На сегодняшний день социальные инновации", "Андрей Гнеушев"),
        ("Нижегородская область здесь далеко не в ", "Андрей Гнеушев"),
    ]
    assert said[0][0].endswith("которые сами не пришли к нам за социальной помощью")
    assert said[1][0].endswith("мы отрабатываем все инновационные подходы для реализации социального контракта")


def test_session_page_quotes(pipeline: Pipeline) -> None:
    said = quotes_of(pipeline, SEED_SESSION.read_text(encoding="utf-8"))
    assert [(text[:25], speaker) for text, speaker in said] == [
        ("Регионы округа активно уч", "Алексей Кузьмицкий"),  # - сообщил он
        ("При реализации ключевых п", "Алексей Кузьмицкий"),  # - подчеркнул заместитель полномочного представителя
        ("Региональным командам сов", "Алексей Кузьмицкий"),  # - резюмировал замполпреда
    ]


def test_quote_offsets_and_zone(pipeline: Pipeline) -> None:
    text = SEED_SESSION.read_text(encoding="utf-8")
    [analysis] = __import__("ruskin.nlp.analysis", fromlist=["analyze_many"]).analyze_many(
        [text], pipeline.models, pipeline.morph
    )
    analysis.zones = page_zones(analysis)
    quotes = build_quotes(analysis, [], RecordIds())
    assert [q.id for q in quotes] == ["q1", "q2", "q3"]
    for quote in quotes:
        assert text[quote.start : quote.stop] == quote.text
        assert text[quote.start - 1] == '"' and text[quote.stop] == '"'
        assert quote.zone == "body" and quote.speaker is None


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("«Да», — сказал он.", ["Да"]),
        ("«Он сказал: „Нет“ и ушёл»", ["Он сказал: „Нет“ и ушёл"]),
        ('на станции метро "Театральная"', ["Театральная"]),
        ('"Проект "Народный бюджет" продолжен"', ['Проект "Народный бюджет" продолжен']),
        ("“Hello”, — said he", ["Hello"]),
        ("«Открыта\nи не закрыта", []),
    ],
)
def test_quoted_spans(text: str, quoted: list[str]) -> None:
    assert [text[o + 1 : c] for o, c in quoted_spans(text)] == quoted


@pytest.mark.parametrize(
    ("short", "words", "used"),
    [
        ("замполпред", ["заместитель", "полномочный", "представитель", "президент"], 3),
        ("замполпреда", ["заместитель", "полномочный", "представитель"], 3),
        ("полпред", ["полномочный", "представитель"], 2),
        ("замгубернатора", ["заместитель", "губернатор", "нижегородский"], 2),
        ("губернатор", ["заместитель", "губернатор"], 0),
        ("полпред", ["заместитель", "полномочный"], 0),
    ],
)
def test_compound_abbreviations(short: str, words: list[str], used: int) -> None:
    assert abbreviates(short, words) == used


def test_speech_verbs_table_has_no_duplicates() -> None:
    rows = load_table("speech_verbs")
    assert len(rows) > 50
    assert duplicates(rows, "word") == []


def test_speech_sources_table_has_no_duplicates() -> None:
    rows = load_table("speech_sources")
    assert {row["word"] for row in rows} >= {"слово", "мнение"}
    assert duplicates(rows, "word") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Губернатор Нижегородской области Глеб Никитин посетил завод. "
            "«Мы поддержим предприятие», — сказал глава региона.",
            "Глеб Никитин",
        ),
        (
            "Глава Минтруда России Антон Котяков посетил Самару. "
            "«Регион показывает хорошие результаты», — заявил глава ведомства.",
            "Антон Котяков",
        ),
    ],
)
def test_a_post_named_in_other_words_speaks_for_its_holder(pipeline: Pipeline, text: str, speaker: str) -> None:
    doc = pipeline(text)
    names = {person.id: person.name for person in doc.persons}
    assert [names.get(quote.speaker or "") for quote in doc.quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # an interview turn: a line opening with a name and a colon
        (
            "Губернатор Иван Петров ответил на вопросы.\nПетров: Мы закончим ремонт школ к осени.",
            [("Мы закончим ремонт школ к осени.", "Иван Петров")],
        ),
        # a name and its post before a colon, no verb
        (
            "Иван Петров, министр финансов области: «Бюджет будет исполнен полностью».",
            [("Бюджет будет исполнен полностью", "Иван Петров")],
        ),
        # a dash clause opened by a verb that is not one of saying
        (
            "«Он знает город и его проблемы», — представил нового заместителя Иван Петров.",
            [("Он знает город и его проблемы", "Иван Петров")],
        ),
        # words with a small letter quoted after a verb of saying
        (
            "Иван Петров подчеркнул, что для него это «большая честь и огромная ответственность».",
            [("большая честь и огромная ответственность", "Иван Петров")],
        ),
        # a quote with its full stop after the mark, named by the sentence before
        (
            "Министр сельского хозяйства Иван Петров приехал в район. Министр отметил рост урожая.\n"
            "«Мы собрали на треть больше зерна, чем год назад».",
            [("Мы собрали на треть больше зерна, чем год назад", "Иван Петров")],
        ),
        # a quote going on in the next paragraph keeps its speaker
        (
            "«Дороги отремонтируем к осени», — сказал Иван Петров.\n«Денег на это хватит».",
            [("Дороги отремонтируем к осени", "Иван Петров"), ("Денег на это хватит", "Иван Петров")],
        ),
    ],
)
def test_government_news_quote_layouts(pipeline: Pipeline, text: str, said: Said) -> None:
    assert quotes_of(pipeline, text) == said


def test_quoted_name_after_a_verb_of_saying_is_no_quote(pipeline: Pipeline) -> None:
    assert quotes_of(pipeline, "Иван Петров сообщил, что компания «Роснефть» увеличила добычу.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Иван Петров встретился с Анной Сидоровой. «Мы начнём ремонт школ», — сказал губернатор Андрей Козлов.\n"
            "По его словам, власти «выделят на это деньги».",
            "Андрей Козлов",
        ),
        (
            "Иван Петров встретился с губернатором. «Мы начнём ремонт школ», — сказал Андрей Козлов.\n"
            "По её словам, власти «выделят на это деньги».",
            None,
        ),
    ],
)
def test_a_pronoun_after_a_quote_points_to_its_speaker(pipeline: Pipeline, text: str, speaker: str | None) -> None:
    said = quotes_of(pipeline, text)
    assert said[-1] == ("выделят на это деньги", speaker)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Губернатор Иван Петров выступил перед депутатами. Сроки, по его словам, «пока не сорваны».",
            [("пока не сорваны", "Иван Петров")],
        ),
        (
            "Губернатор Иван Петров посетил лицей и назвал его «уникальным».",
            [("уникальным", "Иван Петров")],
        ),
    ],
)
def test_small_letter_fragments_after_a_source_or_a_naming_verb(pipeline: Pipeline, text: str, said: Said) -> None:
    assert quotes_of(pipeline, text) == said


def test_an_interview_turn_by_a_surname_read_as_a_name_elsewhere(pipeline: Pipeline) -> None:
    text = (
        "Глава республики Ильяс Махаматов доложил президенту Владимиру Путину о работе.\n"
        "Путин: Что вы хотели бы обсудить сегодня?\n"
        "Махаматов: Особое внимание мы уделяем строительству школ."
    )
    assert quotes_of(pipeline, text) == [
        ("Что вы хотели бы обсудить сегодня?", "Владимир Путин"),
        ("Особое внимание мы уделяем строительству школ.", "Ильяс Махаматов"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Депутаты обсудили бюджет с председателем думы Ольгой Карповой.\n"
            "Семён Гаврилов попросил ускорить ремонт дорог. «Мы выполним все обещания», — согласился мэр.",
            "Семён Гаврилов",
        ),
        (
            "Семён Гаврилов ответил на вопросы жителей.\n«Новая школа откроется в сентябре», — уточнил глава района.",
            "Семён Гаврилов",
        ),
        # someone named in a list, not as the subject opening a sentence, is not the one meant
        (
            "Департаментом культуры руководит Семён Гаврилов.\n«Документы подписаны», — пояснил председатель комитета.",
            None,
        ),
    ],
)
def test_a_bare_post_stands_for_the_subject_named_without_a_post(
    pipeline: Pipeline, text: str, speaker: str | None
) -> None:
    doc = pipeline(text)
    names = {person.id: person.name for person in doc.persons}
    assert [names.get(quote.speaker or "") for quote in doc.quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the attribution set off by dashes inside the marks
        (
            "Мэр Иван Громов открыл новый сквер.\n"
            "«Здесь раньше был пустырь, а теперь гуляют семьи, — отметил Громов. — Следующий сквер появится летом».",
            [("Здесь раньше был пустырь, а теперь гуляют семьи, — отметил Громов. — Следующий сквер появится летом", "Иван Громов")],
        ),
        # an excerpt that stops inside a quote, named by the sentence before
        (
            "Министр Иван Громов рассказал о строительстве моста.\n«Работы идут с опережением графика. Мост откроют к",
            [("Работы идут с опережением графика. Мост откроют к", "Иван Громов")],
        ),
        # an excerpt that stops inside a quote with its attribution inside the marks
        (
            "Открылась новая больница.\n«Врачи начнут принимать пациентов в понедельник, — сказал министр Иван Громов. — Сначала",
            [("Врачи начнут принимать пациентов в понедельник, — сказал министр Иван Громов. — Сначала", "Иван Громов")],
        ),
    ],
)
def test_attributions_inside_the_marks_and_quotes_cut_off_by_the_excerpt(
    pipeline: Pipeline, text: str, said: Said
) -> None:
    assert quotes_of(pipeline, text) == said


def test_a_mark_left_open_before_the_last_line_is_no_quote(pipeline: Pipeline) -> None:
    text = "«Открыта строка без конца и без закрывающей кавычки\nИван Громов провёл совещание в Казани."
    assert quotes_of(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Мэр Иван Громов подвёл итоги года.\nГород отремонтировал двадцать дворов. Летом займёмся набережной, — сказал Иван Громов.",
            [("Город отремонтировал двадцать дворов. Летом займёмся набережной", "Иван Громов")],
        ),
        # a dash that sets off a clause with no verb of saying makes no speech
        ("Иван Громов приехал в Казань, — после этого он уехал в Самару.", []),
    ],
)
def test_a_paragraph_of_speech_closed_by_its_attribution(pipeline: Pipeline, text: str, said: Said) -> None:
    assert quotes_of(pipeline, text) == said

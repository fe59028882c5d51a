"""Who holds a post, from cues in the post's own grammar: case forms, dashes, copulas, passives,
candidacies, honorary titles, lists, predecessors, nested posts; and how holders become WORKS_AS."""

from __future__ import annotations

import pytest

from ruskin import Pipeline
from ruskin.evaluation.convert import document_prediction

from .roles_flow import document


def held(doc) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(holder mention as written, title, status) of every position."""
    return {(doc.mention(p.holder).text if p.holder else "", p.title, p.status) for p in doc.positions}


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "президента" is accusative and genitive alike, so the genitive name agrees with it
            "Сенатор обгоняет действующего президента Чили Мануэля Ривероса по рейтингу.",
            ("Мануэля Ривероса", "президент Чили", "current"),
        ),
        ("Министр обороны — Ицунори Онодэра.", ("Ицунори Онодэра", "министр обороны", "current")),
        (
            "Первым вице-мэром останется Фёдор Климов, начальником управления культуры — Вера Гладких.",
            ("Вера Гладких", "начальник управления культуры", "current"),
        ),
        (  # the post's field runs on past "за" and "о" up to the name
            "Проверку провела заместитель начальника отдела по надзору за качеством лекарств Нина Рябова.",
            ("Нина Рябова", "заместитель начальника отдела по надзору за качеством лекарств", "current"),
        ),
        (
            "Минфин возглавит Эдвард Тэлбот, а министром юстиции станет Найджел Пирс.",
            ("Найджел Пирс", "министр юстиции", "current"),
        ),
        ("Папа Римский Иннокентий XIV отслужил мессу.", ("Иннокентий XIV", "папа Римский", "current")),
        (
            "Степан Коржук стал мэром Житомира весной 2012-го, сменив на этом посту Аркадия Мельника.",
            ("Аркадия Мельника", "мэр Житомира", "former"),
        ),
        ("Его назначили советником канцлера Австрии Марты Шёнбергер.", ("Марты Шёнбергер", "канцлер Австрии", "current")),
        ("Скончался народный артист России Валентин Крылатов.", ("Валентин Крылатов", "артист", "current")),
        (  # a name in the genitive after the post is whose post it is; the next name holds it
            "Осенью 2015 года адвокат Моррисона Дэниел Фарбер заявил, что его клиент невиновен.",
            ("Дэниел Фарбер", "адвокат", "current"),
        ),
        (  # two names in a row after the post: the first is the client, the second the holder
            "Врач Маргарет Колвин Джейн Ривз сообщила, что пациентка чувствует себя хорошо.",
            ("Джейн Ривз", "врач", "current"),
        ),
        (  # a dash after a post inside the sentence
            "По сведениям полиции водитель — Павел Зимин уверяет, что ничего не видел.",
            ("Павел Зимин", "водитель", "current"),
        ),
        (  # the name after a comma, with an age between; gone into retirement, he held it before
            "Ушел в отставку вице-губернатор Курганской области, 41-летний Дмитрий Ветлугин.",
            ("Дмитрий Ветлугин", "вице-губернатор Курганской области", "former"),
        ),
        ("Его адвокат, Гордон Меллиш, отказался комментировать.", ("Гордон Меллиш", "адвокат", "current")),
        (  # "исполняющим обязанности" is singular although "обязанности" is plural
            "Ранее В.Трошин был исполняющим обязанности главы Росгидромета.",
            ("В.Трошин", "исполняющий обязанности главы Росгидромета", "acting"),
        ),
        (  # the case of the post is the participle's, after "Временно"
            "Временно исполняющим обязанности главы города назначен Тимур Ясенев.",
            ("Тимур Ясенев", "временно исполняющий обязанности главы города", "acting"),
        ),
        (  # a post after "обязанности" is held as acting
            "Семён Ракитин будет исполнять обязанности главы округа до осени.",
            ("Семён Ракитин", "глава округа", "acting"),
        ),
        (  # an adverb of time between the name's comma and the post
            "В 2011 году — по ходатайству Олега Сурмина, тогда губернатора Омской области.",
            ("Олега Сурмина", "губернатор Омской области", "current"),
        ),
        (  # the appointee after a rank
            "Президент Эквадора Хорхе Альварадо назначил министром энергетики страны адмирала Лусию Пердомо.",
            ("Лусию Пердомо", "министр энергетики страны", "current"),
        ),
        (  # the one who appoints is not the holder: the name after the post is
            "Путин назначил министром обороны Сергея Шойгу.",
            ("Сергея Шойгу", "министр обороны", "current"),
        ),
        (  # an abbreviation in brackets between the post and the name
            "Неясно пока, принял ли отставку глава Конголезского агентства развития (КАРП) Фелисьен Мбемба.",
            ("Фелисьен Мбемба", "глава Конголезского агентства развития", "current"),
        ),
        (  # a rank after the post, and the post's aside in brackets: both are the name's (dismissed: former)
            "Он уволил начальника управления морской авиации (УМА) генерал-лейтенанта Павла Горелова.",
            ("Павла Горелова", "начальник управления морской авиации", "former"),
        ),
        (  # a name tagged genitive after a genitive complement, though it can only be nominative
            "Открывший симпозиум председатель правления Шведского химического общества Ларс-Эрик Виклунд напомнил об этом.",
            ("Ларс-Эрик Виклунд", "председатель правления Шведского химического общества", "current"),
        ),
        (  # a chain of posts before the name, "общественный деятель" among them
            "Популярная теле- и радиоведущая, певица, общественный деятель и блогер Алина Вершинина вышла замуж.",
            ("Алина Вершинина", "певица", "current"),
        ),
        (  # a plural post introducing a list with "как"
            "Она сотрудничала с такими режиссерами, как Эрик Ломбарди, Тед Ван Бюрен и Майкл Торнтон.",
            ("Майкл Торнтон", "режиссёр", "current"),
        ),
        (  # a plural post introducing a list with a colon
            "В связи с кончиной Степана Огнева его защитники: Вадим Рожков, Артур Егиазарян - продолжат работу.",
            ("Артур Егиазарян", "защитник", "current"),
        ),
        (  # a name, a comma, "one of" and a plural post
            "Умер пианист Томас Эренберг, один из крупнейших пианистов в мире.",
            ("Томас Эренберг", "пианист", "current"),
        ),
        (  # "one of" a plural post: held by the one name, titled in the singular
            "Об этом рассказала одна из солисток группы «Бумажный город» Арина Светлова.",
            ("Арина Светлова", "солистка группы «Бумажный город»", "current"),
        ),
    ],
)
def test_holder_found_by_a_cue(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in held(document(pipeline, text))


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Минфин возглавит Эдвард Тэлбот, а министром юстиции станет Найджел Пирс.", ("Эдвард Тэлбот", "министр юстиции")),
        (
            "Глава Минтруда Антон Котяков провёл совещание с губернатором Самарской области.",
            ("Антон Котяков", "губернатор Самарской области"),
        ),
        (
            "Советник канцлера Австрии Марты Шёнбергер выступил в парламенте.",
            ("Марты Шёнбергер", "советник канцлера Австрии"),
        ),
        ("Путин назначил министром обороны Сергея Шойгу.", ("Путин", "министр обороны")),
        (  # a verb left out before the dash: the name after it holds the post, not the one before the comma
            "Первым вице-мэром останется Фёдор Климов, начальником управления культуры — Вера Гладких.",
            ("Фёдор Климов", "начальник управления культуры"),
        ),
        (  # the appointer again, with a rank between the post and the appointee
            "Президент Эквадора Хорхе Альварадо назначил министром энергетики страны адмирала Лусию Пердомо.",
            ("Хорхе Альварадо", "министр энергетики страны"),
        ),
        ("Президент Рональд Моррис-младший назначил его послом в Малайзии.", ("Рональд Моррис-младший", "посол в Малайзии")),
        (  # a plural post is not held by the one name of a singular post beside it
            "В церемонии приняли участие представители Госдумы, председатель Совета муфтиев России Равиль Гайнутдин.",
            ("Равиль Гайнутдин", "представитель Госдумы"),
        ),
        ("Кандидат в президенты США Хиллари Клинтон отменила турне.", ("Хиллари Клинтон", "президент США")),
        (
            "Дочь президента Киргизии Нурлана Осмонова Айгуль Осмонова рассказала об этом.",
            ("Айгуль Осмонова", "президент Киргизии"),
        ),
    ],
)
def test_no_wrong_holder(pipeline: Pipeline, text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in {(name, title) for name, title, _ in held(document(pipeline, text))}


@pytest.mark.parametrize(
    "text",
    [
        "Иван Петров был задержан полицейским.",  # the agent of a passive, not a post he holds
        "Хубер снова решил баллотироваться на пост канцлера Австрии.",  # a candidacy
        "На пост мэра выдвигались кандидатуры Ивана Петрова и Анны Сидоровой.",  # a candidacy after the post
        "Вчера Артур Зуев утвердил распоряжение «О прекращении полномочий губернатора».",
        "Тэцуо Хориэ родом из семьи дипломатов. Его дедушка служил премьер-министром.",  # "его" is no subject
    ],
)
def test_no_holder_for_these(pipeline: Pipeline, text: str) -> None:
    titles = {title for _, title, _ in held(document(pipeline, text))}
    assert not titles - {"президент"}


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "На встречу приедут лётчики-космонавты Глеб Ракушин, Олег Вязов, Виталий Турбин.",
            {"Глеб Ракушин", "Олег Вязов", "Виталий Турбин"},
        ),
        (
            "Выдвинулись сенаторы Гэри Линдквист из Айовы и Даррен Холт из Невады.",
            {"Гэри Линдквист", "Даррен Холт"},
        ),
        (
            "Премии удостоены учёные из Канады Роберт Эшфилд, Нил Гарретт и Оуэн Мейсон.",
            {"Роберт Эшфилд", "Нил Гарретт", "Оуэн Мейсон"},
        ),
        (  # a numeral puts the post in the genitive; the names stand in the numeral's accusative
            "Партия выдвинула трёх действующих депутатов областной думы Ольгу Панову, Игоря Лунина и Петра Сизова.",
            {"Ольгу Панову", "Игоря Лунина", "Петра Сизова"},
        ),
        (
            "Комиссия утвердила двух представителей края в Совете Федерации Марину Осипову и Глеба Ракитина.",
            {"Марину Осипову", "Глеба Ракитина"},
        ),
    ],
)
def test_every_name_of_a_list_holds_the_plural_post(pipeline: Pipeline, text: str, names: set[str]) -> None:
    assert {name for name, _, _ in held(document(pipeline, text))} == names


def test_a_name_in_the_next_paragraph_is_not_the_holder(pipeline: Pipeline) -> None:
    text = "Стив Джобс ушёл с поста гендиректора Apple\n\nСтив Джобс, глава компании Apple, заявил об уходе."
    doc = document(pipeline, text)
    [position] = [p for p in doc.positions if p.title == "гендиректор Apple"]
    assert doc.mention(position.holder).start == 0


def test_a_post_that_only_refers_back_has_no_holder_mention(pipeline: Pipeline) -> None:
    text = "Губернатор Самарской области Дмитрий Азаров открыл форум. Затем губернатор посетил завод."
    doc = document(pipeline, text)
    [office] = doc.positions
    later = [m for m in office.mentions if doc.mention(m).start > text.index("Затем")]
    assert len(later) == 1 and later[0] != office.mention
    assert [doc.mention(h).text for h in office.holders] == ["Дмитрий Азаров"]


@pytest.mark.parametrize(
    "text, links",
    [
        # the referring post is in another sentence than any mention of the person: no WORKS_AS
        ("Губернатор Самарской области Дмитрий Азаров открыл форум. Затем губернатор посетил завод.", 1),
        # in the same sentence, after a mention of the person: linked to that mention
        ("Губернатор Самарской области Дмитрий Азаров открыл форум, а затем губернатор посетил завод.", 2),
    ],
)
def test_works_as_for_a_referring_post_stays_in_its_sentence(pipeline: Pipeline, text: str, links: int) -> None:
    prediction = document_prediction(pipeline(text))
    assert sum(r.type == "WORKS_AS" for r in prediction.relations) == links


def test_works_as_of_a_post_held_by_he_goes_to_the_name_of_the_sentence_before(pipeline: Pipeline) -> None:
    """"Он занимал пост ..." after a sentence naming the person: NEREL links that name to the post,
    also when the post is one more mention of an office named earlier."""
    text = (
        "Бывший губернатор Тверской области Олег Рыбин скончался в больнице. Рыбин родился в 1950 году. "
        "Он занимал пост губернатора Тверской области дважды."
    )
    relations = document_prediction(pipeline(text)).relations
    linked = {(text[r.head[0] : r.head[1]], text[r.tail[0] : r.tail[1]]) for r in relations if r.type == "WORKS_AS"}
    assert ("Рыбин", "губернатора Тверской области") in linked


def test_a_founder_is_a_position_but_no_works_as(pipeline: Pipeline) -> None:
    doc = pipeline("Основатель Flowlane Кевин Абрамс женился.")
    assert [p.title for p in doc.positions] == ["основатель Flowlane"]
    assert not [r for r in document_prediction(doc).relations if r.type == "WORKS_AS"]


def test_a_name_on_the_next_line_does_not_take_the_post(pipeline: Pipeline) -> None:
    doc = document(pipeline, "Умер клоун Олег Попов\n\nОлег Попов в 1979 году")
    [position] = doc.positions
    assert doc.mention(position.holder).start == len("Умер клоун ")


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "врио" has no case of its own: after "назначен" the post is what the subject becomes
            "Иван Петров назначен врио губернатора Тверской области.",
            {("Иван Петров", "врио губернатора Тверской области", "acting")},
        ),
        ("Иван Петров стал и. о. министра финансов области.", {("Иван Петров", "и. о. министра финансов области", "acting")}),
        (  # a name after "вместо" held the post before: it is no holder of the post before it
            "Иван Петров назначен врио губернатора Тверской области вместо Олега Рыбина.",
            {
                ("Иван Петров", "врио губернатора Тверской области", "acting"),
                ("Олега Рыбина", "губернатор Тверской области", "former"),
            },
        ),
        (  # a predecessor of an acting holder held the post itself
            "Иван Петров назначен временно исполняющим обязанности губернатора области, сменив на этом посту Олега Рыбина.",
            {
                ("Иван Петров", "временно исполняющий обязанности губернатора области", "acting"),
                ("Олега Рыбина", "губернатор области", "former"),
            },
        ),
        (  # "на этом посту" names the post of the sentences before
            "Ранее Андрей Лунин был назначен министром здравоохранения области. Указ подписал губернатор "
            "Пётр Гусев. На этом посту Лунин сменил Ивана Сомова.",
            {
                ("Андрей Лунин", "министр здравоохранения области", "current"),
                ("Пётр Гусев", "губернатор", "current"),
                ("Ивана Сомова", "министр здравоохранения области", "former"),
            },
        ),
        (  # "на его место": the post of the one "его" stands for
            "Губернатор принял отставку главы района Ивана Сомова и назначил на его место Олега Рыбина.",
            {("Олега Рыбина", "глава района", "current")},
        ),
    ],
)
def test_appointments_acting_posts_and_who_held_them_before(pipeline: Pipeline, text: str, expected: set) -> None:  # type: ignore[type-arg]
    assert expected <= held(pipeline(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Губернатор принял отставку главы района Ивана Сомова.", ("Ивана Сомова", "глава района", "former")),
        ("Губернатор освободил от должности главу района Ивана Сомова.", ("Ивана Сомова", "глава района", "former")),
        ("Губернатор отправил в отставку министра финансов Ивана Сомова.", ("Ивана Сомова", "министр финансов", "former")),
        ("Иван Сомов ушёл с поста мэра Твери.", ("Иван Сомов", "мэр Твери", "former")),
        (  # an age between the leaving word and the post
            "Губернатор принял отставку 63-летнего главы района Ивана Сомова.",
            ("Ивана Сомова", "глава района", "former"),
        ),
        (  # the second part of a post joined by a dash is left too
            "Депутаты приняли отставку главы поселка — председателя совета Ивана Сомова.",
            ("Ивана Сомова", "председатель совета", "former"),
        ),
        (  # the future tense of another's verb leaves the leaving in the past
            "Место уволенного с должности министра финансов Ивана Сомова займёт его заместитель.",
            ("Ивана Сомова", "министр финансов", "former"),
        ),
        ("Иван Сомов назначен на пост мэра Твери.", ("Иван Сомов", "мэр Твери", "current")),
        (  # a leaving still to come leaves the post held
            "С 16 марта от должности министра финансов будет освобождён Иван Сомов.",
            ("Иван Сомов", "министр финансов", "current"),
        ),
        (  # an acting post stays acting
            "Губернатор уволил и. о. министра финансов Ивана Сомова.",
            ("Ивана Сомова", "и. о. министра финансов", "acting"),
        ),
    ],
)
def test_a_post_named_as_left_was_held_before(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in held(pipeline(text))


def test_the_head_who_accepts_a_resignation_still_holds_the_post(pipeline: Pipeline) -> None:
    assert ("Олег Рыбин", "глава области", "current") in held(pipeline("Неясно, принял ли отставку глава области Олег Рыбин."))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Игорь Сомов, который раньше занимал пост заместителя мэра Твери, назначен министром транспорта области.",
            {("Игорь Сомов", "министр транспорта области", "current"), ("Игорь Сомов", "заместитель мэра Твери", "former")},
        ),
        ("Пост губернатора занял Олег Рыбин, ранее занимавший пост мэра Рязани.", {("Олег Рыбин", "мэр Рязани", "former")}),
        ("До этого Игорь Сомов работал главным врачом областной больницы.", {("Игорь Сомов", "главный врач областной больницы", "former")}),
        ("С 2009 по 2014 год Игорь Сомов был министром финансов Тверской области.", {("Игорь Сомов", "министр финансов Тверской области", "former")}),
        (  # the present and an appointment name a post still held
            "Игорь Сомов работает главным врачом областной больницы.",
            {("Игорь Сомов", "главный врач областной больницы", "current")},
        ),
        ("Ранее Андрей Лунин был назначен министром здравоохранения области.", {("Андрей Лунин", "министр здравоохранения области", "current")}),
    ],
)
def test_a_post_held_in_the_past_is_former(pipeline: Pipeline, text: str, expected: set) -> None:  # type: ignore[type-arg]
    assert expected <= held(pipeline(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Председатель думы Иван Петров ушёл в отставку.", ("Иван Петров", "председатель думы", "former")),
        ("Мэр Рязани Иван Петров досрочно сложил полномочия.", ("Иван Петров", "мэр Рязани", "former")),
        ("Вице-губернатор Анна Котова ушла с занимаемой должности в мае.", ("Анна Котова", "вице-губернатор", "former")),
        ("Министр финансов Иван Петров уволен.", ("Иван Петров", "министр финансов", "former")),
        (
            "Петров сменил на посту мэра Твери Ивана Сомова, который ушёл в отставку весной.",
            ("Ивана Сомова", "мэр Твери", "former"),
        ),
        # a leaving to come, one only asked for, or leaving a room keeps the post held
        ("Министр финансов Иван Петров уйдёт в отставку.", ("Иван Петров", "министр финансов", "current")),
        ("Глава района Иван Петров подал в отставку.", ("Иван Петров", "глава района", "current")),
        ("Министр финансов Иван Петров покинул зал.", ("Иван Петров", "министр финансов", "current")),
    ],
)
def test_a_holder_told_to_leave_held_the_post_before(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in held(pipeline(text))

"""Position records: apposition in both orders, dash-joined and coordinated posts, regions, zones."""

from __future__ import annotations

import pytest

from ruskin import Pipeline

from .conftest import SEED_FORUM, SEED_SESSION
from .roles_flow import document, office_mentions, positions


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Губернатор Самарской области Дмитрий Азаров провёл совещание.",
            {("Дмитрий Азаров", "губернатор Самарской области", "Самарская область", "current")},
        ),
        (
            "Совещание провёл Дмитрий Азаров, губернатор Самарской области.",
            {("Дмитрий Азаров", "губернатор Самарской области", "Самарская область", "current")},
        ),
        (
            "Врио губернатора Нижегородской области Глеб Никитин посетил завод.",
            {("Глеб Никитин", "врио губернатора Нижегородской области", "Нижегородская область", "acting")},
        ),
        (
            "На открытии выступили губернатор Самарской области Дмитрий Азаров и мэр Самары Елена Лапушкина.",
            {
                ("Дмитрий Азаров", "губернатор Самарской области", "Самарская область", "current"),
                ("Елена Лапушкина", "мэр Самары", "Самарская область", "current"),
            },
        ),
        (
            "Иван Петров назначен заместителем министра финансов.",
            {("Иван Петров", "заместитель министра финансов", None, "current")},
        ),
    ],
)
def test_apposition_and_predicate(pipeline: Pipeline, text: str, expected: set) -> None:
    assert positions(document(pipeline, text)) == expected


def test_dash_joined_posts_share_person_and_region(pipeline: Pipeline) -> None:
    text = (
        "С докладом выступила заместитель министра - руководитель департамента развития трудовых ресурсов "
        "министерства труда, занятости и миграционной политики Самарской области Юлия Бренер."
    )
    assert positions(document(pipeline, text)) == {
        ("Юлия Бренер", "заместитель министра", "Самарская область", "current"),
        (
            "Юлия Бренер",
            "руководитель департамента развития трудовых ресурсов министерства труда, занятости и миграционной "
            "политики Самарской области",
            "Самарская область",
            "current",
        ),
    }


def test_region_stand_in_resolves_to_the_last_region(pipeline: Pipeline) -> None:
    text = (
        "Нижегородская область работает над проектом. "
        "По поручению губернатора региона Глеба Никитина мы отрабатываем новые подходы."
    )
    assert positions(document(pipeline, text)) == {
        ("Глеб Никитин", "губернатор Нижегородской области", "Нижегородская область", "current")
    }


def test_role_only_reference_is_a_position_of_the_holder(pipeline: Pipeline) -> None:
    text = (
        "Заместитель полномочного представителя президента РФ в ПФО Алексей Кузьмицкий открыл сессию. "
        "Заместитель полпреда отметил её значение. Работу надо продолжать, резюмировал замполпреда."
    )
    doc = document(pipeline, text)
    assert positions(doc) == {
        ("Алексей Кузьмицкий", "заместитель полномочного представителя президента РФ в ПФО",
         "Приволжский федеральный округ", "current")
    }  # fmt: skip
    [mentions] = office_mentions(doc, "Алексей Кузьмицкий")
    assert mentions == [
        "Заместитель полномочного представителя президента РФ в ПФО", "Заместитель полпреда", "замполпреда"
    ]


def test_posts_outside_the_article_make_no_position(pipeline: Pipeline) -> None:
    text = "Губернатор Самарской области Дмитрий Азаров провёл совещание.\nИванов Денис 02 декабря 2024 13:26 Мэр Самары Елена Лапушкина ушла."
    zones = ["body", "comments"]
    assert positions(document(pipeline, text, zones)) == {
        ("Дмитрий Азаров", "губернатор Самарской области", "Самарская область", "current")
    }


def test_forum_seed_page(pipeline: Pipeline) -> None:
    found = positions(document(pipeline, SEED_FORUM.read_text(encoding="utf-8")))
    assert found == {
        ("Андрей Гнеушев", "заместитель губернатора Нижегородской области", "Нижегородская область", "current"),
        ("Владимир Путин", "Президент Российской Федерации", "Российская Федерация", "current"),
        ("Глеб Никитин", "губернатор Нижегородской области", "Нижегородская область", "current"),
    }


def test_session_seed_page(pipeline: Pipeline) -> None:
    doc = document(pipeline, SEED_SESSION.read_text(encoding="utf-8"))
    found = positions(doc)
    assert {
        ("Алексей Кузьмицкий", "заместитель полномочного представителя президента РФ в ПФО",
         "Приволжский федеральный округ", "current"),
        ("Юлия Бренер", "заместитель министра", "Самарская область", "current"),
        ("Юлия Бренер", "руководитель департамента развития трудовых ресурсов министерства труда, занятости и "
         "миграционной политики Самарской области", "Самарская область", "current"),
        ("Дмитрий Азаров", "губернатор Самарской области", "Самарская область", "current"),
    } <= found  # fmt: skip
    commenters = {"Аркадий Галицын", "Елизавета Зее", "Денис Иванов", "Артём Календарёв", "Александр Калинов"}
    assert {p.name for p in doc.persons} & commenters
    assert not {name for name, *_ in found} & commenters


def holders_of(doc) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(person, title) of every position."""
    names = {p.id: p.name for p in doc.persons}
    return {(names[p.person], p.title) for p in doc.positions}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Полузащитник футбольного клуба Челси Фрэнк Лэмпард снялся в фильме.",
            {("Фрэнк Лэмпард", "полузащитник футбольного клуба Челси")},
        ),
        (
            "Новым главкомом назначен командующий войсками округа генерал-полковник Виктор Сомов.",
            {
                ("Виктор Сомов", "главком"),
                ("Виктор Сомов", "командующий войсками округа"),
                ("Виктор Сомов", "генерал-полковник"),
            },
        ),
        (
            "Губернатор освободил Олега Ремезова от должности уполномоченного по защите прав предпринимателей.",
            {("Олег Ремезов", "уполномоченный по защите прав предпринимателей")},
        ),
        (
            "Дарио Фо (род. 1926) — итальянский драматург.",
            {("Дарио Фо", "драматург")},
        ),
        (
            "Юрий Солошенко, бывший директор предприятия, получил шесть лет.",
            {("Юрий Солошенко", "директор предприятия")},
        ),
    ],
)
def test_more_ways_to_name_the_holder(pipeline: Pipeline, text: str, expected: set) -> None:
    assert holders_of(document(pipeline, text)) == expected


@pytest.mark.parametrize(
    "text",
    ["Адвокаты Берлускони обжалуют приговор.", "Первый заместитель Сомова остался в штабе."],
)
def test_a_name_in_the_genitive_is_not_the_holder(pipeline: Pipeline, text: str) -> None:
    assert document(pipeline, text).positions == ()


@pytest.mark.parametrize(
    "text, organization, place",
    [
        ("Координатор движения «Архнадзор» Константин Михайлов выступил против.", "Архнадзор", None),
        ("Президент Перу Рикардо Эспиноса прибыл в Казань.", None, "Перу"),
    ],
)
def test_workplace_without_a_record_is_kept_as_a_mention(
    pipeline: Pipeline, text: str, organization: str | None, place: str | None
) -> None:
    doc = document(pipeline, text)
    [position] = doc.positions
    named = [doc.mention(key).text if key is not None else None for key in (position.organization, position.place)]
    assert named == [organization, place]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Американские сенаторы Дуглас Хартли и Кевин Монро победили на праймериз.",
            {("Дуглас Хартли", "сенатор"), ("Кевин Монро", "сенатор")},
        ),
        (
            "Мигалки положены первым зампредам Сергею Гаврилину и Павлу Осокину.",
            {("Сергей Гаврилин", "первый зампред"), ("Павел Осокин", "первый зампред")},
        ),
        (
            "Сенатор Дуглас Хартли и Кевин Монро победили на праймериз.",
            {("Дуглас Хартли", "сенатор")},
        ),
    ],
)
def test_a_plural_post_is_held_by_each_name_listed(pipeline: Pipeline, text: str, expected: set) -> None:
    assert holders_of(document(pipeline, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Сенатор от штата Небраска Гордон Уиллис избран старшим членом комитета.",
            ("Гордон Уиллис", "сенатор"),
        ),
        (
            "Министр иностранных дел Словакии чех Томаш Вондрак наблюдал за переговорами.",
            ("Томаш Вондрак", "министр иностранных дел Словакии"),
        ),
        (
            "Карен Карапетян ранее возглавлял компанию, а в 2010 году был мэром Еревана.",
            ("Карен Карапетян", "мэр Еревана"),
        ),
        (
            "Скончался актёр Омского драмтеатра, народный артист Бурятии Геннадий Пастухов.",
            ("Геннадий Пастухов", "актёр Омского драмтеатра"),
        ),
    ],
)
def test_holders_a_few_words_away(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    assert expected in holders_of(document(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Клуб сообщил об уходе главного тренера, а Игорь Кравцов промолчал.",
        "Он встретился с мэром Еревана.",
    ],
)
def test_no_holder_across_a_verb_or_without_a_subject(pipeline: Pipeline, text: str) -> None:
    assert document(pipeline, text).positions == ()


def test_title_keeps_a_complement_the_tagger_reads_as_adjectives(pipeline: Pipeline) -> None:
    text = "Экс-председатель Верховного народного собрания КНДР Хван Чжан Еп скончался."
    [position] = document(pipeline, text).positions
    assert (position.title, position.status) == ("председатель Верховного народного собрания КНДР", "former")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Президент России Владимир Путин провёл совещание. Глава государства поручил подготовить доклад.",
            ("Владимир Путин", "глава государства", "Российская Федерация"),
        ),
        (
            "Губернатор Самарской области Дмитрий Азаров провёл совещание. "
            "Глава региона поручил министерству здравоохранения подготовить программу.",
            ("Дмитрий Азаров", "глава Самарской области", "Самарская область"),
        ),
        (
            "В Казани президент Татарстана Рустам Минниханов открыл завод. Глава республики рассказал о планах.",
            ("Рустам Минниханов", "глава Республики Татарстан", "Республика Татарстан"),
        ),
        (
            "Мэр Москвы Сергей Собянин открыл новую станцию метро. Градоначальник отметил, что стройка продолжится.",
            ("Сергей Собянин", "градоначальник", "Москва"),
        ),
        (
            "Председатель правительства Михаил Мишустин посетил Казань. "
            "Глава правительства заявил о продлении программы.",
            ("Михаил Мишустин", "глава правительства", None),
        ),
        (
            "Глава Минтруда России Антон Котяков посетил Самару. Глава ведомства отметил рост занятости.",
            ("Антон Котяков", "глава ведомства", "Российская Федерация"),
        ),
    ],
)
def test_a_post_named_in_other_words_is_the_holders(pipeline: Pipeline, text: str, expected: tuple) -> None:
    doc = document(pipeline, text)
    name, _, region = expected
    names, regions = {p.id: p.name for p in doc.persons}, {r.id: r.name for r in doc.regions}
    [office] = doc.positions
    assert (names[office.person], regions.get(office.region or "")) == (name, region)
    second_sentence = text.index(". ") + 2
    [reference] = [m for m in office.mentions if doc.mention(m).start >= second_sentence]
    assert reference != office.mention and len(office.holders) == 1  # stated once, at the other post


def test_a_post_named_in_other_words_takes_the_referents_agency(pipeline: Pipeline) -> None:
    text = "Глава Минтруда России Антон Котяков посетил Самару. Глава ведомства отметил рост занятости."
    doc = document(pipeline, text)
    [office] = doc.positions
    assert len(office.mentions) == 2 and office.agency is not None


def test_a_repeated_post_takes_the_region_of_the_post_it_repeats(pipeline: Pipeline) -> None:
    text = (
        "Губернатор Самарской области Дмитрий Азаров провёл совещание. Губернатор также отметил важность "
        "нацпроекта. Губернатор поручил подготовить программу."
    )
    doc = document(pipeline, text)
    assert positions(doc) == {("Дмитрий Азаров", "губернатор Самарской области", "Самарская область", "current")}
    assert office_mentions(doc, "Дмитрий Азаров") == [["Губернатор Самарской области", "Губернатор", "Губернатор"]]
    assert doc.positions[0].seat_basis == "title"


@pytest.mark.parametrize(
    "text",
    [
        # two heads of state: "глава государства" stands for Russia's, named here
        "Президент Франции Эммануэль Макрон провёл переговоры. Глава государства отметил итоги.",
        # two governors: which one "глава региона" means is not known
        "Губернатор Самарской области Дмитрий Азаров и губернатор Нижегородской области Глеб Никитин "
        "подписали соглашение. Глава региона отметил его значение.",
        # an office a body is attached to, not a person
        "Президент России Владимир Путин выступил на заседании Совета при Президенте "
        "по развитию гражданского общества.",
    ],
)
def test_no_holder_for_a_post_in_other_words_when_the_office_is_not_one_persons(pipeline: Pipeline, text: str) -> None:
    doc = document(pipeline, text)
    assert all(p.holder is not None for p in doc.positions), [p.title for p in doc.positions]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Министр здравоохранения Самарской области Армен Бенян и его заместитель Елена Чернова "
            "посетили больницу.",
            ("Елена Чернова", "заместитель министра здравоохранения Самарской области", "Самарская область"),
        ),
        (
            "Губернатор Нижегородской области Глеб Никитин посетил завод. "
            "Его первый заместитель Андрей Гнеушев остался в Нижнем Новгороде.",
            ("Андрей Гнеушев", "первый заместитель губернатора Нижегородской области", "Нижегородская область"),
        ),
        (
            "Министр финансов Татьяна Иванова и её помощник Олег Сидоров приняли участие в совещании.",
            ("Олег Сидоров", "помощник министра финансов", None),
        ),
    ],
)
def test_a_post_after_a_possessive_is_under_the_owners_post(pipeline: Pipeline, text: str, expected: tuple) -> None:
    name, title, region = expected
    assert (name, title, region, "current") in positions(document(pipeline, text))


@pytest.mark.parametrize(
    "text, title",
    [
        # the owner holds no post
        ("Иван Петров и его заместитель Сергей Сидоров открыли выставку.", "заместитель"),
        # "его" is not "её": the minister is a woman, and no man holds a post
        ("Министр финансов Татьяна Иванова и его заместитель Олег Сидоров открыли выставку.", "заместитель"),
        # the post has its own complement
        (
            "Губернатор Глеб Никитин и его заместитель по экономике Андрей Гнеушев открыли выставку.",
            "заместитель по экономике",
        ),
    ],
)
def test_a_possessed_post_keeps_its_title_without_an_owner(pipeline: Pipeline, text: str, title: str) -> None:
    titles = {t for _, t, _, _ in positions(document(pipeline, text))}
    assert title in titles, titles

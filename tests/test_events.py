"""Events in real sentences and on the seed pages: mentions, kinds, places, dates and people."""

from __future__ import annotations

import dataclasses

import pytest

from ruskin import Pipeline
from ruskin.found import Found
from ruskin.gazetteers.gazetteer import duplicates, load_table
from ruskin.ids import RecordIds
from ruskin.linking.events import build_events
from ruskin.linking.persons import group_persons
from ruskin.nlp.analysis import Analysis, analyze_many
from ruskin.records import Event
from ruskin.resolve import resolve_overlaps
from ruskin.taggers.dates import date_mentions
from ruskin.taggers.entities import entity_mentions
from ruskin.taggers.events import event_mentions
from ruskin.taggers.places import place_mentions

from .conftest import SEED_FORUM, SEED_SESSION


@dataclasses.dataclass
class Built:
    analysis: Analysis
    found: list[Found]
    index: RecordIds
    events: tuple[Event, ...]
    persons: dict[str, str]

    def text(self, mention_id: str | None) -> str | None:
        """The text of a mention by id."""
        return next((self.analysis.text[f.start : f.stop] for f in self.found if self.index.mention(f) == mention_id), None)

    def event(self, kind: str) -> Event:
        return next(e for e in self.events if e.kind == kind)

    def people(self, event: Event) -> set[tuple[str, str]]:
        return {(self.persons[p.person], p.part) for p in event.participants}


def analyse(pipeline: Pipeline, text: str) -> Analysis:
    [analysis] = analyze_many([text], pipeline.models, pipeline.morph)
    return analysis


def build(pipeline: Pipeline, text: str, zones: list[str] | None = None, extra: list[Found] = ()) -> Built:
    """The existing taggers, the event tagger, overlap resolution and the event builder."""
    analysis = analyse(pipeline, text)
    if zones is not None:
        analysis.zones = zones
    found = resolve_overlaps(
        entity_mentions(analysis, pipeline.morph) + place_mentions(analysis) + date_mentions(analysis, None)
        + event_mentions(analysis) + list(extra),
        analysis.text,
    )  # fmt: skip
    found.sort(key=lambda f: (f.start, -f.stop, f.type))
    index = RecordIds(mentions={id(f): f"m{n}" for n, f in enumerate(found, 1)})
    groups = group_persons([f for f in found if f.type == "PERSON"])
    for number, group in enumerate(groups, 1):
        index.assign("persons", f"p{number}", group.mentions)
    for number, date in enumerate((f for f in found if f.type == "DATE"), 1):
        index.assign("dates", f"d{number}", [date])
    for f in extra:
        index.assign("agencies", "a1", [f])
    names = {f"p{n}": g.name.full for n, g in enumerate(groups, 1)}
    return Built(analysis, found, index, build_events(analysis, found, index), names)


def spans(pipeline: Pipeline, sentence: str) -> set[tuple[str, str]]:
    analysis = analyse(pipeline, sentence)
    return {(sentence[f.start : f.stop], f.value.kind) for f in event_mentions(analysis)}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Делегация приняла участие в работе Петербургского международного экономического форума.",
         ("Петербургского международного экономического форума", "forum")),
        ("Губернатор выступил на съезде партии.", ("съезде партии", "congress")),
        ("В Казани открылась научная конференция.", ("научная конференция", "conference")),
        ("Вопросы обсудили на круглом столе в Общественной палате.", ("круглом столе", "conference")),
        ("Об этом он сказал на пресс-конференции в Самаре.", ("пресс-конференции", "press conference")),
        ("Участники стратегической сессии по развитию туризма обсудили маршруты.",
         ("стратегической сессии по развитию туризма", "session")),
        ("Вопрос рассмотрели на совещании в правительстве области.", ("совещании", "meeting")),
        ("Решение приняли на заседании регионального правительства.", ("заседании регионального правительства", "meeting")),
        ("Глава региона провёл встречу с жителями.", ("встречу", "meeting")),
        ("Канцлер пробудет с официальным визитом в Чили два дня.", ("официальным визитом", "visit")),
        ("В музее открылась выставка «Русский авангард».", ("выставка «Русский авангард»", "exhibition")),
        ("Явка на президентских выборах составила 67 процентов.", ("президентских выборах", "election")),
        ("Он проиграл на выборах президента.", ("выборах президента", "election")),
        ("Саммит прошёл в Дохе.", ("Саммит", "summit")),
        ("Фильм показали на Каннском кинофестивале.", ("Каннском кинофестивале", "festival")),
        ("Сборная выступит на чемпионате мира по хоккею.", ("чемпионате мира по хоккею", "championship")),
        ("Он завоевал золото на Олимпийских играх.", ("Олимпийских играх", "olympics")),
        ("Церемония награждения пройдёт в декабре.", ("Церемония награждения", "ceremony")),
        ("Памятник героям Первой мировой войны открыли в парке.", ("Первой мировой войны", "war")),
        ("Ответственность за теракт взяла группировка.", ("теракт", "attack")),
        ("В результате ДТП пострадали три человека.", ("ДТП", "accident")),
        ("Тысячи людей вышли на митинг в центре города.", ("митинг", "protest")),
        ("Известный актёр скончался в больнице.", ("скончался", "death")),
        ("Министр подал в отставку.", ("подал в отставку", "resignation")),
        ("Полиция арестовала подозреваемого.", ("арестовала", "arrest")),
        ("Против главы района возбуждено уголовное дело.", ("возбуждено уголовное дело", "case")),
        ("Суд приговорил бывшего мэра к пяти годам колонии.", ("приговорил", "sentence")),
        ("Генерал был уволен в запас.", ("уволен в запас", "resignation")),
        ("Он покинул свой пост в июле.", ("покинул свой пост", "resignation")),
        ("Берлускони ушёл в отставку.", ("отставку", "resignation")),
        ("Причиной его смерти врачи назвали инсульт.", ("смерти", "death")),
        ("Вчера на заседании Ивановской областной Думы приняли закон.", ("заседании Ивановской областной Думы", "meeting")),
        ("Премьер провёл заседание областного Правительства.", ("заседание областного Правительства", "meeting")),
        ("Выпускники сдали ЕГЭ по биологии.", ("ЕГЭ", "exam")),
        ("После паводка началась эвакуация жителей.", ("эвакуация", "disaster")),
        ("Студенты устроили флешмоб у библиотеки.", ("флешмоб", "protest")),
        ("В соборе прошло венчание молодых.", ("венчание", "ceremony")),
        ("Полиция расследует поджог склада.", ("поджог", "crime")),
        ("Художник покончил жизнь самоубийством.", ("покончил жизнь самоубийством", "death")),
        ("Актёры поженились прошлой осенью.", ("поженились", "ceremony")),
        ("Журналист вышел на свободу в понедельник.", ("вышел на свободу", "release")),
        ("Катер затонул у причала.", ("затонул", "accident")),
        ("Водитель впал в кому.", ("впал в кому", "injury")),
        ("Полиция задержала 4 человека у вокзала.", ("задержала 4 человека", "arrest")),
        ("В семье фермера родился третий сын.", ("родился третий сын", "birth")),
        ("Ольга Кравец родилась в Омске.", ("родилась", "birth")),
        ("Билеты на ЧМ-2030 уже продают.", ("ЧМ-2030", "championship")),
        ("Он вспоминал Олимпиаду-80 в Москве.", ("Олимпиаду-80", "olympics")),
        ("Сборная готовится к Евро-2028.", ("Евро-2028", "championship")),
        ("Ветераны встретили День Победы в парке.", ("День Победы", "festival")),
    ],
)
def test_event_mentions(pipeline: Pipeline, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in spans(pipeline, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Конгресс США принял поправки.",
        "Война — это страшно.",
        "Каждый сделал свой выбор.",
        "Он получил премию.",
        "Новый ректор университета так и не избран.",
        "Новый ректор должен быть избран до конца года.",
        "Постараюсь оправдать доверие избирателей.",
        "Он провёл в больнице неделю.",
        "Билет стоит 40 евро.",
        "В день приезда гостей шёл дождь.",
        "День выдался солнечным.",
    ],
)
def test_not_events(pipeline: Pipeline, sentence: str) -> None:
    assert spans(pipeline, sentence) == set()


@pytest.mark.parametrize(
    "sentence, part",
    [
        ("Иван Петров принял участие в работе форума.", "participant"),
        ("Иван Петров принял участие в открытии форума.", "opened"),
        ("Иван Петров выступил с докладом на конференции.", "speaker"),
        ("Иван Петров стал модератором стратегической сессии.", "moderator"),
        ("Совещание прошло под председательством губернатора Ивана Петрова.", "chair"),
        ("Губернатор Иван Петров провёл совещание с главами районов.", "chair"),
        ("Вчера губернатора Ивана Петрова назначили министром.", "appointee"),
        ("Губернатор Иван Петров подписал указ о награждении врачей.", "signer"),
    ],
)
def test_participant_parts(pipeline: Pipeline, sentence: str, part: str) -> None:
    built = build(pipeline, sentence)
    assert built.people(built.events[0]) == {("Иван Петров", part)}


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "Президент Иван Петров назначил Петра Сидорова послом.",
            {("Иван Петров", "signer"), ("Петр Сидоров", "appointee")},
        ),
        ("Петр Сидоров назначен послом.", {("Петр Сидоров", "appointee")}),
        ("Иван Петров застрелил Петра Сидорова.", {("Петр Сидоров", "participant")}),
        ("Иван Петров покончил с собой.", {("Иван Петров", "participant")}),
    ],
)
def test_agent_of_a_verb_takes_the_part_its_kind_gives(
    pipeline: Pipeline, sentence: str, people: set[tuple[str, str]]
) -> None:
    built = build(pipeline, sentence)
    assert built.people(built.events[0]) == people


@pytest.mark.parametrize(
    ("sentence", "kind", "person"),
    [
        ("Анна Ветрова, набравшая больше всех голосов на выборах мэра, вступила в должность.", "appointment", "Анна Ветрова"),
        (
            "Глава края Иван Громов в понедельник принял отставку министра Петра Сомова и назначил на его место"
            " Олега Белова.",
            "appointment",
            "Иван Громов",
        ),
        ("Мэр Иван Громов назначил Олега Белова начальником управления, отправив в отставку Петра Сомова.", "resignation", "Иван Громов"),
        (
            "Напомним, в среду мэр Иван Громов назначил Олега Белова начальником управления, отправив в отставку"
            " Петра Сомова.",
            "resignation",
            "Иван Громов",
        ),
    ],
)
def test_the_subject_of_a_sentence_takes_part_in_its_later_events(
    pipeline: Pipeline, sentence: str, kind: str, person: str
) -> None:
    built = build(pipeline, sentence)
    assert person in {name for name, _ in built.people(built.event(kind))}


def test_post_without_a_name_stands_for_its_holder(pipeline: Pipeline) -> None:
    document = pipeline(
        "Губернатор Самарской области Дмитрий Азаров прибыл в Тольятти. Губернатор провёл совещание с главами районов."
    )
    [event] = document.events
    [participant] = event.participants
    holder = next(p for p in document.persons if p.id == participant.person)
    position = next(p for p in document.positions if p.id == participant.position)
    assert (holder.name, participant.part, position.person) == ("Дмитрий Азаров", "chair", holder.id)
    assert [document.mention(m).text for m in position.mentions] == ["Губернатор Самарской области", "Губернатор"]


def test_a_post_named_again_stands_for_its_one_holder(pipeline: Pipeline) -> None:
    document = pipeline(
        "Экзамены обсудили 3 апреля с вице-губернатором НСО Иваном Громовым.\n\n"
        "Вечером вице-губернатор НСО провёл заседание штаба по паводку."
    )
    names = {p.id: p.name for p in document.persons}
    sitting = next(e for e in document.events if e.name.startswith("заседание"))
    assert [(names[p.person], p.part) for p in sitting.participants] == [("Иван Громов", "chair")]


def test_guest_of_a_meeting(pipeline: Pipeline) -> None:
    document = pipeline("Иван Петров провёл встречу с главой Татарстана Рустамом Миннихановым.")
    names = {p.id: p.name for p in document.persons}
    [event] = document.events
    assert {(names[p.person], p.part) for p in event.participants} == {
        ("Иван Петров", "chair"),
        ("Рустам Минниханов", "guest"),
    }


def test_relative_date_links(pipeline: Pipeline) -> None:
    built = build(pipeline, "Вчера в Казани прошёл форум молодых учёных.")
    event = built.events[0]
    assert (built.text(event.location), event.date, event.start) == ("Казани", "d1", None)


def test_own_place_keeps_its_own_record(pipeline: Pipeline) -> None:
    built = build(pipeline, "Выборы прошли в Москве. Следующие выборы пройдут в Казани.")
    assert [built.text(e.location) for e in built.events] == ["Москве", "Казани"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Глава района Семён Кожин проведёт встречу с фермерами 12 марта. "
            "Встреча с фермерами пройдёт 12 марта в доме культуры села Липки.",
            [("--03-12", 2)],
        ),
        (
            "Глава района Семён Кожин проведёт встречу с фермерами 12 марта. "
            "Встреча с фермерами пройдёт 19 марта в доме культуры села Липки.",
            [("--03-12", 1), ("--03-19", 1)],
        ),
        (
            "Депутаты избрали председателя комиссии в 2016 году. "
            "Новый председатель был избран в 2016 году, сообщил Пётр Гусев.",
            [("2016", 1), ("2016", 1)],
        ),
    ],
)
def test_one_day_written_twice_is_one_event_a_year_is_not(
    pipeline: Pipeline, text: str, days: list[tuple[str, int]]
) -> None:
    assert [(e.start, len(e.mentions)) for e in pipeline(text).events] == days


def test_the_body_that_holds_a_sitting_is_in_its_name_and_organizes_it(pipeline: Pipeline) -> None:
    document = pipeline("Вчера на заседании Ивановской областной Думы депутаты приняли закон.")
    event = next(e for e in document.events if e.kind == "meeting")
    [agency] = document.agencies
    assert (event.name, event.organizers) == ("заседание Ивановской областной Думы", (agency.id,))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Партии выдвинули кандидатов на выборы главы Республики Карелия.", "выборы главы Республики Карелия"),
        ("Вчера стало известно о назначении нового начальника ГУ МЧС по Ярославской области.",
         "назначение нового начальника ГУ МЧС по Ярославской области"),
    ],
)
def test_an_event_whose_complement_runs_into_a_name_takes_it_in(pipeline: Pipeline, text: str, name: str) -> None:
    assert [event.name for event in pipeline(text).events] == [name]


def test_organizer_person(pipeline: Pipeline) -> None:
    built = build(pipeline, "Фестиваль организовал Иван Петров.")
    assert built.events[0].organizers == ("p1",) and built.events[0].participants == ()


def test_organizer_agency(pipeline: Pipeline) -> None:
    text = "Прошла сессия, организованная Агентством стратегических инициатив."
    analysis = analyse(pipeline, text)
    first = next(w.index for w in analysis.words if w.text == "Агентством")
    agency = Found("AGENCY", first, first + 2, analysis.words[first].start, analysis.words[first + 2].stop,
                   "Агентство стратегических инициатив")  # fmt: skip
    built = build(pipeline, text, extra=[agency])
    assert built.events[0].organizers == ("a1",)


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("Министр Иван Громов рассказал о поездке в Ярославскую область.", "поездка в Ярославскую область", "поездке"),
        ("Мэр провёл встречу с жителями микрорайона.", "встреча с жителями микрорайона", "встречу"),
        ("Совещание директоров предприятий прошло в мэрии.", "Совещание директоров предприятий", "Совещание"),
        ("Мэрия готовится к празднованию 300-летия города.", "празднование 300-летия города", "празднованию"),
    ],
)
def test_what_names_an_event_past_its_mention_stays_out_of_it(
    pipeline: Pipeline, text: str, name: str, mention: str
) -> None:
    document = pipeline(text)
    [event] = document.events
    assert (event.name, [document.mention(m).text for m in event.mentions]) == (name, [mention])


def test_meetings_with_different_people_are_two_events(pipeline: Pipeline) -> None:
    document = pipeline(
        "Мэр провёл встречу с учителями школ. Затем прошла встреча с врачами поликлиники. "
        "На встрече обсудили зарплаты."
    )
    assert [(e.name, len(e.mentions)) for e in document.events] == [
        ("встреча с учителями школ", 1), ("встреча с врачами поликлиники", 2)
    ]


def test_a_meeting_with_ones_own_colleague_is_named_by_the_colleague(pipeline: Pipeline) -> None:
    document = pipeline(
        "Президент проведёт встречу с тверским губернатором Сомовым. "
        "Накануне Сомов провёл встречу со своим заместителем Олегом Петровым."
    )
    assert [e.name for e in document.events] == [
        "встреча с тверским губернатором Сомовым", "встреча со своим заместителем"
    ]


def test_a_visit_and_a_trip_of_one_story_are_one_event(pipeline: Pipeline) -> None:
    text = "Губернатор Иван Громов прибыл с рабочим визитом в Ивановку. В ходе поездки он осмотрел школу."
    built = build(pipeline, text)
    assert [(e.kind, len(e.mentions)) for e in built.events] == [("visit", 2)]


def test_one_verb_in_the_headline_and_the_text_is_one_event(pipeline: Pipeline) -> None:
    text = "Скончался бывший мэр Ивановки Пётр Сомов\nПётр Сомов скончался вчера в больнице после долгой болезни."
    built = build(pipeline, text, zones=["title", "body"])
    assert [e.kind for e in built.events] == ["death"]


@pytest.mark.parametrize(
    "text",
    [
        "Иван Громов двадцать лет руководил заводом. Весной министр назначил его директором департамента.",
        "Иван Громов двадцать лет руководил заводом. Весной его назначили директором департамента.",
    ],
)
def test_a_pronoun_object_of_an_event_verb_stands_for_the_person_before(pipeline: Pipeline, text: str) -> None:
    built = build(pipeline, text)
    assert ("Иван Громов", "appointee") in built.people(built.event("appointment"))


def test_one_appointed_at_a_sitting_takes_part_in_it(pipeline: Pipeline) -> None:
    built = build(pipeline, "Во время сессии районного собрания Пётр Сомов был избран председателем комитета.")
    assert "Пётр Сомов" in {name for name, _ in built.people(built.event("session"))}


def test_a_pronoun_after_where_stands_for_the_subject(pipeline: Pipeline) -> None:
    text = "Иван Громов вспомнил прошлую весну, когда он вёл переговоры с инвесторами из Самары."
    built = build(pipeline, text)
    assert "Иван Громов" in {name for name, _ in built.people(built.event("talks"))}


def test_one_who_speaks_after_an_address_speaks_at_the_gathering_before_it(pipeline: Pipeline) -> None:
    text = (
        "Иван Громов провёл круглый стол с депутатами. Обсуждали послание президента Федеральному собранию. "
        "Пётр Сомов отметил, что бюджет выполнен."
    )
    built = build(pipeline, text)
    assert ("Пётр Сомов", "speaker") in built.people(built.event("conference"))
    assert built.event("address").participants == ()


def test_those_who_report_in_the_next_sentence_speak(pipeline: Pipeline) -> None:
    text = (
        "Министр проведёт совещание с директорами школ. "
        "Докладывать о подготовке к учебному году будут Пётр Сомов и Иван Громов."
    )
    built = build(pipeline, text)
    assert {("Пётр Сомов", "speaker"), ("Иван Громов", "speaker")} <= built.people(built.event("meeting"))


def test_those_who_took_part_in_the_next_sentence_take_part(pipeline: Pipeline) -> None:
    text = (
        "Губернатор Иван Громов провёл совещание в Ивановке. "
        "В нём приняли участие мэр Ивановки Пётр Сомов и министр финансов Анна Белова."
    )
    built = build(pipeline, text)
    names = {name for name, _ in built.people(built.event("meeting"))}
    assert {"Иван Громов", "Пётр Сомов", "Анна Белова"} <= names


def test_one_who_reports_after_the_event_speaks_at_it(pipeline: Pipeline) -> None:
    text = "Министр Иван Громов провёл приём граждан в Ивановке. Начальник управления Пётр Сомов доложил о ходе ремонта моста."
    built = build(pipeline, text)
    assert ("Пётр Сомов", "speaker") in built.people(built.events[0])


def test_speech_after_the_event(pipeline: Pipeline) -> None:
    built = build(pipeline, "В Самаре прошла стратегическая сессия. Иван Петров в своём выступлении отметил успехи.")
    assert built.people(built.events[0]) == {("Иван Петров", "speaker")}


def test_place_and_dates(pipeline: Pipeline) -> None:
    built = build(pipeline, "Форум, который проходит в Казани с 19 по 21 июня 2019 года, собрал гостей.")
    event = built.events[0]
    assert (built.text(event.location), event.start, event.end) == ("Казани", "2019-06-19", "2019-06-21")


def test_place_far_from_the_event_is_not_the_events(pipeline: Pipeline) -> None:
    text = "На сессии Иван Петров подробно рассказал о ходе реализации в Самарской области нового проекта."
    built = build(pipeline, text)
    assert built.events[0].location is None


def test_comments_are_not_the_article(pipeline: Pipeline) -> None:
    text = "Иван Петров открыл форум в Казани. Пётр Сидоров тоже был на форуме в Москве."
    built = build(pipeline, text, zones=["body", "comments"])
    article, comment = built.events
    assert built.people(article) == {("Иван Петров", "opened")}
    assert (comment.zone, comment.participants, comment.location) == ("comments", (), None)


def test_forum_page(pipeline: Pipeline) -> None:
    built = build(pipeline, SEED_FORUM.read_text(encoding="utf-8"))
    forum, session = built.event("forum"), built.event("session")
    assert (forum.name, built.text(forum.location), forum.start, forum.end) == (
        "Третий форум социальных инноваций регионов", "Москве", "2019-06-19", "2019-06-21"
    )
    assert ("Андрей Гнеушев", "participant") in built.people(forum)
    assert [built.text(m) for m in forum.mentions][-1] == "форум"
    assert session.name.startswith("стратегическая сессия «Инновационные проекты")
    assert session.part_of == forum.id


def test_session_page(pipeline: Pipeline) -> None:
    built = build(pipeline, SEED_SESSION.read_text(encoding="utf-8"))
    session = built.event("session")
    assert session.name == (
        "стратегическая сессия по реализации ключевых проектов Национальной социальной инициативы"
        " в Приволжском федеральном округе"
    )
    assert (built.text(session.location), session.start) == ("Нижнем Новгороде", "--04-23")
    assert built.people(session) >= {
        ("Алексей Кузьмицкий", "opened"), ("Алексей Кузьмицкий", "speaker"), ("Юлия Бренер", "speaker")
    }
    texts = [built.text(m) for m in session.mentions]
    assert texts.count("стратегической сессии") >= 2 and "стратегическая сессия" in texts
    assert session.part_of is None


@pytest.mark.parametrize("table, column", [("event_words", "phrase"), ("event_verbs", "phrase"),
                                           ("event_modifiers", "lemma"), ("event_parts", "lemma"),
                                           ("event_kinds", "kind"), ("event_undergone", "phrase")])  # fmt: skip
def test_event_tables_have_no_duplicates(table: str, column: str) -> None:
    assert duplicates(load_table(table), column) == []


def test_every_verb_undergone_is_an_event_verb() -> None:
    verbs = {row["phrase"] for row in load_table("event_verbs")}
    assert {row["phrase"] for row in load_table("event_undergone")} <= verbs


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Самара. 9 сентября. Губернатор Иван Петров провёл совещание с главами районов.", "--09-09"),
        ("САМАРА, 9 сентября 2024. Сегодня губернатор Иван Петров провёл совещание с главами районов.", "2024-09-09"),
        ("9 сентября 2024, 18:07\nГубернатор Иван Петров провёл совещание с главами районов.", None),
        ("9 сентября губернатор Иван Петров провёл совещание с главами районов.", "--09-09"),
    ],
)
def test_an_event_in_the_dateline_paragraph_takes_its_date(pipeline: Pipeline, text: str, start: str | None) -> None:
    [event] = pipeline(text).events
    assert event.start == start


def test_a_dateline_does_not_date_a_later_paragraph_or_another_day(pipeline: Pipeline) -> None:
    document = pipeline(
        "Самара. 9 сентября. Вчера губернатор Иван Петров провёл совещание с главами районов.\n"
        "В Тольятти прошёл форум молодёжи."
    )
    assert [(e.name, e.start) for e in document.events] == [("совещание с главами районов", None), ("форум молодёжи", None)]


def test_an_event_of_today_takes_the_datelines_day_in_any_paragraph(pipeline: Pipeline) -> None:
    document = pipeline(
        "Самара. 9 сентября. Губернатор Иван Петров подписал указ о бюджете.\n"
        "Сегодня вечером он провёл встречу с главами районов."
    )
    assert [(e.kind, e.start) for e in document.events if e.kind == "meeting"] == [("meeting", "--09-09")]


def test_an_event_after_another_takes_its_day(pipeline: Pipeline) -> None:
    document = pipeline(
        "Совещание директоров школ прошло 14 октября в мэрии.\n"
        "После совещания мэр Иван Громов провёл заседание комиссии по чрезвычайным ситуациям."
    )
    assert [(e.kind, e.start) for e in document.events] == [("meeting", "--10-14"), ("meeting", "--10-14")]


def test_the_speaker_of_a_quote_speaks_at_its_event(pipeline: Pipeline) -> None:
    document = pipeline(
        "Губернатор Иван Петров провёл совещание с главами районов. "
        "«Мы завершим ремонт школ к осени», — сказал Иван Петров."
    )
    names = {p.id: p.name for p in document.persons}
    [event] = document.events
    assert ("Иван Петров", "speaker") in {(names[p.person], p.part) for p in event.participants}


def test_a_decree_on_an_appointment(pipeline: Pipeline) -> None:
    document = pipeline("Губернатор Олег Рябцев подписал указ о назначении Ивана Петрова министром финансов.")
    names = {p.id: p.name for p in document.persons}
    appointment = next(e for e in document.events if e.kind == "appointment")
    assert appointment.name == "назначение"
    assert {(names[p.person], p.part) for p in appointment.participants} == {
        ("Олег Рябцев", "signer"),
        ("Иван Петров", "appointee"),
    }


def test_a_purpose_is_no_appointment(pipeline: Pipeline) -> None:
    assert pipeline("Средства использованы не по назначению.").events == ()


def test_a_date_opening_the_sentence_of_a_verbal_event(pipeline: Pipeline) -> None:
    document = pipeline("Сегодня, 12 марта, глава региона Олег Сомов подписал указ о поощрении учителей.")
    [event] = document.events
    assert event.start == "--03-12"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Губернатор Иван Петров прибыл в Тольятти. Он провёл совещание с главами районов.", {("Иван Петров", "chair")}),
        ("Губернатор Иван Петров прибыл в Тольятти. Она провела совещание с главами районов.", set()),
    ],
)
def test_a_pronoun_opening_the_clause_stands_for_the_person_before(
    pipeline: Pipeline, text: str, people: set[tuple[str, str]]
) -> None:
    document = pipeline(text)
    names = {p.id: p.name for p in document.persons}
    [event] = document.events
    assert {(names[p.person], p.part) for p in event.participants} == people


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор Иван Петров назначен указом президента Владимира Путина.",
        "Указом президента Владимира Путина Иван Петров назначен губернатором.",
    ],
)
def test_the_signer_of_an_appointing_decree(pipeline: Pipeline, text: str) -> None:
    document = pipeline(text)
    names = {p.id: p.name for p in document.persons}
    [event] = document.events
    assert {(names[p.person], p.part) for p in event.participants} == {
        ("Владимир Путин", "signer"),
        ("Иван Петров", "appointee"),
    }



@pytest.mark.parametrize(
    "text",
    [
        "Олег Белов избран мэром Ивановки. За него проголосовали 20 депутатов. "
        "Кандидат от партии Ольга Сомова набрала 3 голоса. За представителя профсоюза Павла Громова — 2.",
        "Олег Белов победил на выборах мэра Ивановки. Итоги подвёл избирком. "
        "Ольга Сомова, выдвинутая садоводами, получила 12% голосов. "
        "На пятом месте оказался Павел Громов, его поддержали рыбаки.",
    ],
)
def test_those_who_ran_in_a_vote_told_of_after_it_take_part_in_it(pipeline: Pipeline, text: str) -> None:
    built = build(pipeline, text)
    names = {name for name, _ in built.people(built.events[0])}
    assert {"Олег Белов", "Ольга Сомова", "Павел Громов"} <= names


def test_votes_told_of_after_a_meeting_make_no_one_take_part_in_it(pipeline: Pipeline) -> None:
    built = build(pipeline, "Мэр Олег Белов провёл совещание. Ольга Сомова набрала больше всех голосов на конкурсе чтецов.")
    assert "Ольга Сомова" not in {name for name, _ in built.people(built.event("meeting"))}


def test_those_who_vote_at_a_sitting_after_a_vote_take_part_in_both(pipeline: Pipeline) -> None:
    text = (
        "Олег Белов переизбран главой района. "
        "Его соперники Ольга Сомова и Павел Громов на сессии совета проголосовали за него."
    )
    built = build(pipeline, text)
    voted = next(e for e in built.events if e.kind == "appointment")
    assert {"Ольга Сомова", "Павел Громов"} <= {name for name, _ in built.people(voted)}
    assert {"Ольга Сомова", "Павел Громов"} <= {name for name, _ in built.people(built.event("session"))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Губернатор Иван Громов встретился с министром финансов Павлом Сомовым.",
        "В понедельник Иван Громов встретился с Павлом Сомовым в Ивановке.",
        "Министр Иван Громов приехал в Ивановку и встретился с её главой Павлом Сомовым.",
        "В прошлый раз Иван Громов встречался с Павлом Сомовым в мае.",
    ],
)
def test_meeting_a_person_named_after_the_verb_is_a_meeting(pipeline: Pipeline, sentence: str) -> None:
    built = build(pipeline, sentence)
    meeting = built.event("meeting")
    assert meeting.name == "встреча"
    assert {"Иван Громов", "Павел Сомов"} <= {name for name, _ in built.people(meeting)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Отряды северян встретились с дозорными соседей у переправы.",
        "Путешественник встретился с медведем Павлом в лесу.",
    ],
)
def test_meeting_no_person_or_post_is_no_event(pipeline: Pipeline, sentence: str) -> None:
    assert not any(e.kind == "meeting" for e in build(pipeline, sentence).events)


def test_a_holiday_a_celebration_names_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    assert spans(pipeline, "Празднование Дня посёлка перенесли.") == {("Празднование", "ceremony")}


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        (
            "В Ивановке открылась III региональная выставка-форум «Мосты завтрашнего дня».",
            "exhibition",
            "III региональная выставка-форум «Мосты завтрашнего дня»",
        ),
        ("Губернатор Иван Громов наградил победителей конкурса-фестиваля юных чтецов.", "contest", None),
    ],
)
def test_two_event_words_joined_by_a_hyphen_are_one_event(
    pipeline: Pipeline, sentence: str, kind: str, name: str | None
) -> None:
    built = build(pipeline, sentence)
    event = built.event(kind)
    assert name is None or event.name == name


def test_an_event_near_the_dateline_happens_at_its_place(pipeline: Pipeline) -> None:
    text = "Губернатор провёл заседание\n\nТВЕРЬ, 8 августа. Губернатор Иван Сомов провёл заседание правительства."
    doc = pipeline(text)
    (event,) = doc.events
    assert doc.get(event.location or "").text == "ТВЕРЬ"


def test_an_events_own_place_beats_the_datelines(pipeline: Pipeline) -> None:
    text = "Губернатор провёл заседание\n\nТВЕРЬ, 8 августа. Губернатор Иван Сомов провёл заседание правительства в Конаково."
    doc = pipeline(text)
    (event,) = doc.events
    assert doc.get(event.location or "").text == "Конаково"


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "eponym"),
    [
        (
            "В Казани завершился VII Международный конкурс имени Сергея Рахманинова.",
            "contest", "VII Международный конкурс имени Сергея Рахманинова", "Сергей Рахманинов",
        ),
        (
            "Лауреаты фестиваля им. Ф. И. Шаляпина выступили в Уфе.",
            "festival", "фестиваль им. Ф. И. Шаляпина", "Ф. И. Шаляпин",
        ),
    ],
)  # fmt: skip
def test_the_person_an_event_is_named_after_is_in_its_name_and_takes_no_part(
    pipeline: Pipeline, sentence: str, kind: str, name: str, eponym: str
) -> None:
    doc = pipeline(sentence)
    event = next(e for e in doc.events if e.kind == kind)
    assert event.name == name
    names = {p.id: p.name for p in doc.persons}
    assert eponym in names.values()
    assert not any(names.get(p.person) == eponym for e in doc.events for p in e.participants)


def test_quoted_words_in_the_instrumental_do_not_name_an_event(pipeline: Pipeline) -> None:
    doc = pipeline("Лидер оппозиции Павел Громов назвал выборы «позорным фарсом». Фестиваль «Белые ночи» открылся.")
    assert {e.name.lower() for e in doc.events} == {"выборы", "фестиваль «белые ночи»"}

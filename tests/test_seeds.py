"""Golden end-to-end checks on the two sample pages (copies of ../shared/seeds)."""

from ruskin import Document


def persons(document: Document) -> dict[str, tuple[str | None, str | None, str | None, int]]:
    return {p.name: (p.first, p.middle, p.last, len(p.mentions)) for p in document.persons}


def test_forum_page_persons(forum_page: Document) -> None:
    assert persons(forum_page) == {
        "Андрей Гнеушев": ("Андрей", None, "Гнеушев", 6),
        "Владимир Путин": ("Владимир", None, "Путин", 1),
        "Глеб Никитин": ("Глеб", None, "Никитин", 1),
    }


def test_forum_page_glued_headline_is_two_sentences(forum_page: Document) -> None:
    text = forum_page.text
    glued = text.index("регионовЗаместитель") + len("регионов")
    assert any(s.stop == glued for s in forum_page.sentences)
    assert any(s.start == glued for s in forum_page.sentences)
    assert any(t.text == "Заместитель" and t.start == glued for t in forum_page.tokens)


def test_session_page_persons(session_page: Document) -> None:
    found = persons(session_page)
    assert found["Алексей Кузьмицкий"] == ("Алексей", None, "Кузьмицкий", 2)
    assert found["Юлия Бренер"] == ("Юлия", None, "Бренер", 1)
    assert found["Дмитрий Азаров"] == ("Дмитрий", None, "Азаров", 1)
    # Reader comments at the foot of the page name people too.
    for commenter in ["Аркадий Галицын", "Елизавета Зее", "Денис Иванов", "Артём Календарёв", "Александр Калинов"]:
        assert commenter in found
    assert found["Вячеслав Федорищев"][3] == 2
    assert found["Елена Лапушкина"] == ("Елена", None, "Лапушкина", 1)


def test_seed_mentions_in_the_nominative(forum_page: Document, session_page: Document) -> None:
    normals = {(m.text, m.normal) for d in (forum_page, session_page) for m in d.mentions}
    for pair in [
        ("Нижегородской области", "Нижегородская область"),
        ("Самарской области", "Самарская область"),
        ("Нижнем Новгороде", "Нижний Новгород"),
        ("Приволжском федеральном округе", "Приволжский федеральный округ"),
        ("Агентством стратегических инициатив", "Агентство стратегических инициатив"),
        ("Глеба Никитина", "Глеб Никитин"),
        ("Дмитрия Азарова", "Дмитрий Азаров"),
    ]:
        assert pair in normals


def test_every_seed_mention_has_valid_offsets(forum_page: Document, session_page: Document) -> None:
    for document in (forum_page, session_page):
        assert document.mentions
        for mention in document.mentions:
            assert 0 <= mention.start < mention.stop <= len(document.text)
            assert document.text[mention.start : mention.stop] == mention.text

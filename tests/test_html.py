"""Tests for ruskin.io.html: news pages to one-paragraph-a-line text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ruskin.io.html import html_to_text

NEWS_PAGE = """<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>Гнеушев принял участие в форуме &mdash; Новости</title>
  <style>body { font-family: sans-serif; } p { margin: 0 }</style>
  <script>window.dataLayer = []; document.write("<p>реклама</p>");</script>
</head>
<body>
  <nav><a href="/">Главная</a></nav>
  <article>
    <h1>Гнеушев принял участие в&nbsp;форуме</h1>
    <!-- счётчик посещений: <p>не текст</p> -->
    <p>Заместитель губернатора Нижегородской области Андрей Гнеушев принял участие
       в работе Третьего форума социальных инноваций регионов.</p>
    <p>Во вторник, 23 апреля, в Нижнем Новгороде заместитель полномочного представителя
       президента РФ в ПФО Алексей Кузьмицкий принял участие в открытии
       стратегической сессии &laquo;Регионы&raquo;.</p>
  </article>
  <noscript><img src="/pixel.gif">Включите JavaScript</noscript>
  <script type="text/javascript">var counter = "Губернатор";</script>
</body>
</html>
"""

NEWS_TEXT = (
    "Гнеушев принял участие в форуме — Новости\n"
    "Главная\n"
    "Гнеушев принял участие в форуме\n"
    "Заместитель губернатора Нижегородской области Андрей Гнеушев принял участие"
    " в работе Третьего форума социальных инноваций регионов.\n"
    "Во вторник, 23 апреля, в Нижнем Новгороде заместитель полномочного представителя"
    " президента РФ в ПФО Алексей Кузьмицкий принял участие в открытии"
    " стратегической сессии «Регионы»."
)


def test_news_page() -> None:
    text = html_to_text(NEWS_PAGE)
    assert text == NEWS_TEXT
    for hidden in ("реклама", "font-family", "dataLayer", "не текст", "JavaScript", "counter"):
        assert hidden not in text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Первый абзац.</p><p>Второй абзац.</p>", "Первый абзац.\nВторой абзац."),
        ("<div>Раз<span>дел</span> <b>и</b><i>тог</i></div>", "Раздел итог"),
        ("Губернатор<br>Самарской области", "Губернатор\nСамарской области"),
        ("Губернатор<br/>Самарской<br />области", "Губернатор\nСамарской\nобласти"),
        ("Первый<br><br><br><br>Второй", "Первый\n\nВторой"),
        ("<h1>Заголовок</h1>Текст<h2>Подзаголовок</h2>", "Заголовок\nТекст\nПодзаголовок"),
        ("<ul><li>Самара</li><li>Москва</li></ul>", "Самара\nМосква"),
        ("<table><tr><th>Должность</th><td>Губернатор</td></tr>"
         "<tr><td>ФИО</td><td>Азаров</td></tr></table>", "Должность\nГубернатор\nФИО\nАзаров"),
        ("<section><header>Шапка</header><footer>Подвал</footer></section>", "Шапка\nПодвал"),
        ("&laquo;Единая Россия&raquo; &mdash; &#1040;&#x411;", "«Единая Россия» — АБ"),
        ("Дмитрий&nbsp;&nbsp;&nbsp;Азаров", "Дмитрий Азаров"),
        ("   <p>  много \t   пробелов\n\n  и строк  </p>  ", "много пробелов и строк"),
        ("<script>var a = '<p>x</p>';</script>Текст", "Текст"),
        ("<style>p{}</style><noscript>Включите JS</noscript><template><p>т</p></template>Текст",
         "Текст"),
        ("<!-- комментарий -->Текст<!---->", "Текст"),
        ("<head><title>Заголовок</title><meta charset=utf-8></head><body><p>Текст</p></body>",
         "Заголовок\nТекст"),
        ("<title>Заголовок</title><svg><title>иконка</title></svg><p>Текст</p>",
         "Заголовок\nТекст"),
        ("<title>  </title><p>Текст</p>", "Текст"),
        ("<pre>строка 1\n\n\n\nстрока 2</pre>", "строка 1\n\nстрока 2"),
        ("Просто текст без разметки.", "Просто текст без разметки."),
        ("", ""),
    ],
)  # fmt: skip
def test_html_to_text(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<div><p>незакрытый абзац", "незакрытый абзац"),
        ("</div></p>текст</span></li>", "текст"),
        ("<p>один<p>два<p>три", "один\nдва\nтри"),
        ("<b><i>перепутано</b></i>", "перепутано"),
        ("<script>alert('без конца')", ""),
        ("<noscript>без конца<p>", ""),
        ("&#xZZ; &amp &bogus; &#99999999;", "&#xZZ; & &bogus; \ufffd"),
        ("<table><td>1<td>2</table></table>", "1\n2"),
    ],
)
def test_malformed_html(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


@pytest.mark.parametrize(
    "markup",
    ["<", "<!", "<!-", "<![", "<![CDATA[x", "</", "</>", "<a", "<a href=", '<a href="x>z',
     "<!DOCTYPE", "<?", "<?php echo 1; ?>", "<!-- unclosed", "&", "&#", "&#x", "<div <p>",
     "<<<>>>", "\x00<p>\x00</p>", "<p\x00>", "<td>", "<br></br></br>", "<svg><title>",
     "<head><title>Без закрытия<body><p>Текст"],
)  # fmt: skip
def test_broken_markup_does_not_crash(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)


_SOUP = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<title>", "</title>",
     "<head>", "<body>", "<!--", "-->", "&nbsp;", "&laquo;", "&#1040;", "&", "<", ">", " ",
     "\n", "Азаров", "Москва", "<pre>", "</pre>", "<![CDATA[", "]]>", "<!DOCTYPE html>"]
)  # fmt: skip


@given(st.lists(_SOUP).map("".join))
def test_tag_soup_gives_tidy_lines(markup: str) -> None:
    text = html_to_text(markup)
    assert text == text.strip()
    assert "\n\n\n" not in text
    assert all(line == line.strip() and "  " not in line for line in text.split("\n"))


@given(st.text())
def test_any_text_does_not_crash(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)


def test_page_structure_gives_zones_to_lines_outside_the_article() -> None:
    from ruskin.io.html import html_page

    page = html_page(
        "<header><a>Главная</a></header><article><header><h1>Заголовок</h1></header><p>Текст.</p>"
        "<figure><figcaption>Фото: пресс-служба</figcaption></figure><div class='share-buttons'>ВК</div>"
        "</article><aside><div><p>Читайте</p></div><p>Ещё</p></aside><div id=comments><div>Имя</div>"
        "<p>Отзыв</p></div><nav role=navigation>Меню</nav><p>После</p>"
    )
    zoned = {page.text[start:stop]: zone for start, stop, zone in page.zones}
    assert zoned == {
        "Главная": "navigation", "Фото: пресс-служба": "caption", "ВК": "navigation", "Читайте": "links",
        "Ещё": "links", "Имя": "comments", "Отзыв": "comments", "Меню": "navigation",
    }  # fmt: skip
    assert page.text.split("\n") == [
        "Главная", "Заголовок", "Текст.", "Фото: пресс-служба", "ВК", "Читайте", "Ещё", "Имя", "Отзыв", "Меню", "После",
    ]  # fmt: skip


def test_an_author_block_is_a_byline_and_a_comment_author_a_comment() -> None:
    from ruskin.io.html import html_page

    page = html_page(
        "<article><h1>Заголовок</h1><p>Текст.</p><div class='article__author'>Анна Лаптева</div>"
        "<span class='byline'>Пётр Лаптев</span></article>"
        "<div class='comment-author'>Иван</div>"
    )
    zoned = {page.text[start:stop]: zone for start, stop, zone in page.zones}
    assert zoned == {"Анна Лаптева": "byline", "Пётр Лаптев": "byline", "Иван": "comments"}

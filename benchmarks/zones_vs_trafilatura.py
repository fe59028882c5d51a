"""ruskin's page zones against trafilatura's main-text extraction, on pages made here.

    PYTHONPATH=TRAFILATURA_DIR python benchmarks/zones_vs_trafilatura.py

Each page has one article naming Дмитрий Азаров and, around it, people named in a menu, an
aside, comments and a footer, marked up four ways (HTML5 elements, classes and ids on divs,
ARIA roles, and no hints at all). For ruskin: the people of the article zones (title, body)
of the Document; for trafilatura: the people ruskin finds in the text ``trafilatura.extract``
keeps. A page scores right when the article's person is kept and no other.
"""

from __future__ import annotations

from ruskin import Pipeline
from ruskin.io.html import html_page

ARTICLE = (
    "<h1>На стратсессии АСИ представили опыт Самарской области</h1>"
    "<p>Результаты рейтинга качества жизни рассматриваются на оперативных совещаниях под председательством "
    "губернатора Самарской области Дмитрия Азарова. С 2023 года к работе с показателями рейтинга подключены "
    "органы местного самоуправления, а работа в регионе ведется в тесном взаимодействии с агентством.</p>"
    "<p>Особое внимание уделяется взаимодействию с гражданами через информирование о государственных "
    "программах и национальных проектах, реализуемых на местах, проведение опросов и встреч с жителями.</p>"
)
MENU = "<ul><li><a href='/'>Главная</a></li><li><a href='/gov'>Губернатор Вячеслав Федорищев</a></li></ul>"
ASIDE = "<h3>Читайте также</h3><p><a href='/1'>Елена Лапушкина посетила школу в Самаре</a></p>"
COMMENTS = "<p>Аркадий Галицын 14 марта 2025 19:26</p><p>Альтернативы метрополитену нет</p>"
FOOTER = "<p>&copy; Правительство Самарской области. Пресс-секретарь Алексей Кузьмицкий</p>"
PAGES = {
    "html5": f"<header><nav>{MENU}</nav></header><main><article>{ARTICLE}</article></main><aside>{ASIDE}</aside>"
    f"<section class='comments'>{COMMENTS}</section><footer>{FOOTER}</footer>",
    "classes": f"<div id='header'><div class='menu'>{MENU}</div></div><div class='content'>{ARTICLE}</div>"
    f"<div class='sidebar'>{ASIDE}</div><div id='comments'>{COMMENTS}</div><div class='footer'>{FOOTER}</div>",
    "roles": f"<div role='navigation'>{MENU}</div><div role='main'>{ARTICLE}</div>"
    f"<div role='complementary'>{ASIDE}</div><div class='comment-list'>{COMMENTS}</div><div role='contentinfo'>{FOOTER}</div>",
    "no-hints": f"<div>{MENU}</div><div>{ARTICLE}</div><div>{ASIDE}</div><div>{COMMENTS}</div><div>{FOOTER}</div>",
}
WANTED = {"Дмитрий Азаров"}


def main() -> None:
    """Print one row per page: the article's people by ruskin's zones and by trafilatura."""
    import trafilatura

    pipeline = Pipeline()
    print("| page | ruskin zones (title, body) | right | trafilatura main text | right |\n| --- | --- | --- | --- | --- |")
    for name, body in PAGES.items():
        markup = f"<!DOCTYPE html><html><head><title>Новости</title></head><body>{body}</body></html>"
        page = html_page(markup)
        ours = _people(pipeline(page.text, zone_hints=page.zones).keep_zones())
        kept = trafilatura.extract(markup, include_comments=False) or ""
        theirs = _people(pipeline(kept))
        print(f"| {name} | {', '.join(sorted(ours))} | {ours == WANTED} | {', '.join(sorted(theirs))} | {theirs == WANTED} |")


def _people(document) -> set[str]:  # type: ignore[no-untyped-def]
    return {person.name for person in document.persons}


if __name__ == "__main__":
    main()

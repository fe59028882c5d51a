"""Posts listed with their head left out after the first ("gapping"): the later names hold the
first post's head with their own complement; a clause with a post or verb of its own takes none."""

from __future__ import annotations

import pytest

from ruskin import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def held(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str]]:
    """Each holder's name as written, with the title and status of their position."""
    doc = pipeline(text)
    return {doc.mention(p.holder).text: (p.title, p.status) for p in doc.positions if p.holder}


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Главой отдела кадров утверждена Зоя Пескова, отдела закупок — Тимур Гаранин.",
            "Тимур Гаранин",
            "глава отдела закупок",
        ),
        (
            "Директором департамента лесов остаётся Семён Ручьёв, департамента дорог — Лада Осинина, "
            "департамента связи — Глеб Марков.",
            "Глеб Марков",
            "директор департамента связи",
        ),
        (
            "Первым заместителем директора департамента финансов стал Борис Лыков, а департамента "
            "транспорта — Нина Жаркова.",
            "Нина Жаркова",
            "первый заместитель директора департамента транспорта",
        ),
        (
            "Дума одобрила назначение Кирилла Зотова директором департамента туризма, а Инны Белкиной — "
            "департамента молодёжи.",
            "Инны Белкиной",
            "директор департамента молодёжи",
        ),
    ],
)
def test_gapped_post_goes_to_later_name(pipeline: Pipeline, text: str, name: str, title: str) -> None:
    assert held(pipeline, text).get(name) == (title, "current")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Главой отдела кадров утверждена Зоя Пескова, а отдел закупок возглавит Тимур Гаранин.", "Тимур Гаранин"),
        ("Главой отдела кадров утверждена Зоя Пескова, а в отделе закупок трудится Тимур Гаранин.", "Тимур Гаранин"),
    ],
)
def test_full_clause_takes_no_copied_post(pipeline: Pipeline, text: str, name: str) -> None:
    titles = [title for holder, (title, _) in held(pipeline, text).items() if holder == name]
    assert not any(title.startswith("глава отдела") for title in titles)


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Комитетом по туризму по-прежнему будет руководить Вера Сомова, а комитетом по лесу — Глеб Уткин.",
            "Глеб Уткин",
            "руководитель комитета по лесу",
        ),
        (
            "Марат Ленский возглавит управление архивов, управление связи — Лада Осинина, управление "
            "торговли — Пётр Гусев.",
            "Пётр Гусев",
            "руководитель управления торговли",
        ),
    ],
)
def test_heading_verb_left_out_goes_to_later_name(pipeline: Pipeline, text: str, name: str, title: str) -> None:
    assert held(pipeline, text).get(name) == (title, "current")


def test_heading_verb_takes_its_own_clause_object(pipeline: Pipeline) -> None:
    doc = pipeline("Управление архивов возглавит Марат Ленский, управление связи — Лада Осинина.")
    titles = {doc.mention(p.holder).text: p.title for p in doc.positions if p.holder}
    assert titles.get("Марат Ленский", "").lower() == "руководитель управления архивов"


def test_heading_gap_needs_the_verbs_case(pipeline: Pipeline) -> None:
    text = "Комитетом по туризму будет руководить Вера Сомова, а комитет по лесу — Глеб Уткин."
    assert "Глеб Уткин" not in held(pipeline, text)

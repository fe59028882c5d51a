"""Record-level evaluation on government news: each matching rule, the counting, the command."""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path

import pytest

from ruskin import Pipeline
from ruskin.errors import CorpusError
from ruskin.evaluation.command import run_evaluate
from ruskin.evaluation.govnews import GoldDate, GoldEvent, GoldOfficial, GoldQuote, GovnewsDoc, load_govnews
from ruskin.evaluation.govnews_evaluate import evaluate_govnews
from ruskin.evaluation.matching import (
    agency_matches,
    date_matches,
    holds_keys,
    name_matches,
    office_synonyms,
    quote_matches,
    region_matches,
)
from ruskin.evaluation.record_score import CATEGORIES, score_document, total
from ruskin.evaluation.records_view import ArticleRecords, PredictedEvent, PredictedOfficial, PredictedQuote
from ruskin.gazetteers.gazetteer import duplicates, load_table

from .conftest import SHARED_CORPORA

FIXTURE = Path(__file__).parent / "fixtures" / "govnews"
GOVNEWS_DEV = SHARED_CORPORA / "govnews-dev"


# --- names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "gold, predicted",
    [
        ("Глеб Никитин", "Глеб Никитин"),
        ("Глеб Никитин", "Никитин"),  # every word of the shorter is in the longer
        ("Глеб Сергеевич Никитин", "Глеб Никитин"),  # the patronymic is dropped
        ("Никитин Глеб Сергеевич", "Глеб Никитин"),  # surname first
        ("А. Иванов", "Андрей Иванов"),  # an initial matches a word it begins
        ("Андрей Иванов", "А. Иванов"),
        ("Артём Жога", "Артем Жога"),  # ё as е
        ("Махмуд-Али Калиматов", "Калиматова"),  # first five letters: case forms agree
    ],
)
def test_names_that_match(gold: str, predicted: str) -> None:
    assert name_matches(gold, predicted)


@pytest.mark.parametrize(
    "gold, predicted",
    [
        ("Глеб Никитин", "Глеб Петров"),
        ("Андрей Иванов", "А."),  # the longest word of the shorter must match whole, not as an initial
        ("Мурат Кумпилов", "Мурат Каральбиевич"),  # a two-word name keeps every word
        ("Алий Мусуков", "Алия Мусукова"),  # short words are compared whole
        ("Иванов", ""),
    ],
)
def test_names_that_do_not_match(gold: str, predicted: str) -> None:
    assert not name_matches(gold, predicted)


# --- posts, events: key stems ------------------------------------------------------------


@pytest.mark.parametrize(
    "keys, title, expected",
    [
        (("губернатор",), "губернатор Самарской области", True),
        (("заместител", "губернатор"), "заместитель губернатора", True),
        (("губернатор",), "вице-губернатор Приморского края", True),  # a stem anywhere in the title
        (("зам", "пред", "правительств"), "зампред правительства Ставропольского края", True),
        (("пред", "президент"), "полпред президента в ДФО", True),
        (("заместител", "губернатор"), "губернатор", False),  # every stem is needed
        (("министр", "здравоохранен"), "Министр здравоохранения", True),  # case aside
        (("глав",), "губернатор Нижегородской области", True),  # office synonyms
        (("глав",), "руководитель Карачаево-Черкесской Республики", True),
        (("руководител",), "глава департамента", True),
        (("губернатор",), "глава региона", True),
        (("спикер",), "председатель Народного собрания", True),
        (("вице-премьер",), "заместитель председателя правительства", True),
        (("полпред",), "полномочный представитель президента", True),
        (("представител",), "полпред", True),
        (("министр",), "губернатор", False),
    ],
)
def test_key_stems_in_a_title(keys: tuple[str, ...], title: str, expected: bool) -> None:
    assert holds_keys(keys, title) is expected


def test_office_synonyms_are_written_down_once_and_both_ways() -> None:
    rows = load_table("eval_office_synonyms")
    assert not duplicates(rows, "stem")
    synonyms = office_synonyms()
    for stem, others in synonyms.items():
        assert others, stem
        for other in others:
            assert stem in synonyms.get(other, ()), f"{other} does not name {stem} back"


# --- regions, agencies, dates, quotes -----------------------------------------------------


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [
        ("Республика Татарстан", "Татарстан", True),
        ("Татарстан", "Республика Татарстан", True),
        ("Нижегородская область", "Нижегородской области", True),
        ("Нижегородская область", "Новгородская область", False),
        ("Приволжский федеральный округ", "Уральский федеральный округ", False),
    ],
)
def test_region_names(gold: str, predicted: str, expected: bool) -> None:
    assert region_matches(gold, predicted) is expected


@pytest.mark.parametrize(
    "forms, name, abbreviation, expected",
    [
        (("Минтруд России",), "Министерство труда", "Минтруд России", True),  # equals the abbreviation
        (("правительство Ингушетии",), "Правительство Ингушетии", None, True),  # equal, case aside
        (("Правительство Республики Ингушетия",), "правительство республики", None, True),  # contained, in order
        (("Министерство здравоохранения",), "Министерство здравоохранения Самарской области", None, True),
        (("Минздрав",), "Министерство здравоохранения", "Минздрав России", True),  # 8 letters, contained
        (("Минтруд",), "Министерство труда", "Минтруд России", False),  # under 8 letters, not equal
        (("Правительство Республики Ингушетия",), "республика правительство", None, False),  # order counts
        (("Государственная дума",), "Народное собрание", None, False),
    ],
)
def test_agency_forms(forms: tuple[str, ...], name: str, abbreviation: str | None, expected: bool) -> None:
    assert agency_matches(forms, name, abbreviation) is expected


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [
        ("2024-03-15", "2024-03-15", True),
        ("--03-15", "2024-03-15", True),  # a year-less date matches on month and day
        ("2024-03-15", "--03-15", True),
        ("--03-15", "--03-16", False),
        ("2024-03-15", "2023-03-15", False),
        ("2024-03-15", "2024-03-15T10:00", True),  # minutes aside
        ("--03-15", "2024-03", False),
        (None, None, True),
        (None, "2024-03-15", False),
    ],
)
def test_dates(gold: str | None, predicted: str | None, expected: bool) -> None:
    assert date_matches(gold, predicted) is expected


@pytest.mark.parametrize(
    "starts, text, expected",
    [
        ("На сегодняшний день", "На сегодняшний день мы завершили ремонт", True),
        ("на сегодняшний день", "«На сегодняшний, день» ...", True),  # punctuation and case aside
        ("Спасибо, Владимир Владимирович", "Спасибо, Владимир Владимирович.", True),  # a full stop ends no word
        ("На сегодняшний день", "Сегодня мы завершили ремонт", False),
        ("", "Что угодно", False),
    ],
)
def test_quote_beginnings(starts: str, text: str, expected: bool) -> None:
    assert quote_matches(starts, text) is expected


# --- counting ------------------------------------------------------------------------------


def gold_doc(**records: object) -> GovnewsDoc:
    fields: dict[str, object] = dict(
        id="x", text="", doc_date=None, persons=(), officials=(), regions=(), agencies=(), events=(), dates=(), quotes=()
    )
    fields.update(records)
    return GovnewsDoc(**fields)  # type: ignore[arg-type]


def found(**records: object) -> ArticleRecords:
    fields: dict[str, object] = dict(
        persons=(), officials=(), regions=(), agencies=(), events=(), dates=(), quotes=()
    )
    fields.update(records)
    return ArticleRecords(**fields)  # type: ignore[arg-type]


GOVERNOR = GoldOfficial("Глеб Никитин", "губернатор Нижегородской области", ("губернатор",), "Нижегородская область", None, "current")


def test_each_gold_item_is_matched_once() -> None:
    score = score_document(gold_doc(persons=("Глеб Никитин",)), found(persons=("Глеб Никитин", "Никитин")))
    assert (score["persons"].gold, score["persons"].predicted, score["persons"].correct) == (1, 2, 1)
    assert score["persons"].extra == ("Никитин",)


def test_several_right_titles_for_one_post_count_once() -> None:
    predicted = (
        PredictedOfficial("Глеб Никитин", "губернатор Нижегородской области", ("Нижегородская область",)),
        PredictedOfficial("Глеб Никитин", "губернатор", ()),
        PredictedOfficial("Глеб Никитин", "министр", ()),  # wrong: counts once per person and title
    )
    score = score_document(gold_doc(officials=(GOVERNOR,)), found(officials=predicted))
    assert (score["officials"].gold, score["officials"].predicted, score["officials"].correct) == (1, 2, 1)
    assert score["officials"].extra == ("Глеб Никитин: министр",)


def test_officials_with_place_need_the_gold_region() -> None:
    unplaced = PredictedOfficial("Глеб Никитин", "губернатор", ())
    elsewhere = PredictedOfficial("Никитин", "губернатор", ("Самарская область",))
    for guess, right in [(unplaced, False), (elsewhere, False)]:
        score = score_document(gold_doc(officials=(GOVERNOR,)), found(officials=(guess,)))
        assert score["officials"].correct == 1
        assert (score["officials+place"].correct == 1) is right
    federal = GoldOfficial("Антон Котяков", "министр труда", ("министр", "труд"), None, None, "current")
    score = score_document(gold_doc(officials=(federal,)), found(officials=(PredictedOfficial("Котяков", "министр труда", ()),)))
    assert score["officials+place"].correct == 1  # no gold region: none is needed


def test_officials_with_status_need_the_gold_status() -> None:
    """A post held now and held before are told apart: the gold status must be among the post's."""
    former = PredictedOfficial("Глеб Никитин", "губернатор", (), ("former",))
    both = PredictedOfficial("Глеб Никитин", "губернатор", (), ("former", "current"))
    for guess, right in [(former, False), (both, True)]:
        score = score_document(gold_doc(officials=(GOVERNOR,)), found(officials=(guess,)))
        assert score["officials"].correct == 1
        assert (score["officials+status"].correct == 1) is right


def test_events_when_and_who() -> None:
    gold = GoldEvent(("совещан",), "--03-15", None, None, ("Глеб Никитин", "Армен Бенян"))
    dated = PredictedEvent("совещание", "2024-03-15", None, ("Никитин",))
    attended = PredictedEvent("оперативное совещание", None, None, ("Глеб Никитин", "Бенян", "Иванов"))
    for guess, when, who in [(dated, 1, 0), (attended, 0, 1)]:
        score = score_document(gold_doc(events=(gold,)), found(events=(guess,)))
        assert (score["events"].correct, score["events+when"].correct, score["events+who"].correct) == (1, when, who)
    undated = GoldEvent(("форум",), None, None, None, ())
    score = score_document(gold_doc(events=(undated,)), found(events=(PredictedEvent("форум", "2024-01-01", None, ()),)))
    assert score["events+when"].correct == 1  # no gold date: none is needed


def test_dates_need_start_and_end() -> None:
    gold = (GoldDate("2019-06-19", "2019-06-21"),)
    assert score_document(gold_doc(dates=gold), found(dates=(("2019-06-19", "2019-06-21"),)))["dates"].correct == 1
    assert score_document(gold_doc(dates=gold), found(dates=(("2019-06-19", None),)))["dates"].correct == 0


def test_quotes_and_speakers() -> None:
    gold = (GoldQuote("Глеб Никитин", "Мы завершим ремонт"), GoldQuote(None, "Работа продолжится"))
    predicted = (
        PredictedQuote("Мы завершим ремонт к осени", "Никитин"),
        PredictedQuote("Работа продолжится", "Глеб Никитин"),  # the gold has no speaker: a named one is wrong
    )
    score = score_document(gold_doc(quotes=gold), found(quotes=predicted))
    assert (score["quotes"].correct, score["quotes+speaker"].correct) == (2, 1)


def test_scores_are_summed_over_documents() -> None:
    first = score_document(gold_doc(persons=("А. Б.", "Глеб Никитин")), found(persons=("Глеб Никитин",)))
    second = score_document(gold_doc(persons=("Армен Бенян",)), found(persons=("Бенян", "Иванов")))
    summed = total([first, second])["persons"]
    assert (summed.gold, summed.predicted, summed.correct) == (3, 3, 2)
    assert (round(summed.precision, 3), round(summed.recall, 3), round(summed.f1, 3)) == (0.667, 0.667, 0.667)


# --- the corpus, the pipeline and the command ------------------------------------------------


def test_load_the_fixture_corpus() -> None:
    [doc] = load_govnews(FIXTURE)
    assert doc.id == "g001" and str(doc.doc_date) == "2024-03-15"
    assert doc.officials[1].keys == ("министр", "здравоохранен")
    assert doc.quotes == (GoldQuote("Дмитрий Азаров", "Мы завершим ремонт"),)


def test_a_gold_file_without_its_text(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "copy")
    (tmp_path / "copy" / "texts" / "g001.txt").unlink()
    with pytest.raises(CorpusError, match="g001.txt"):
        list(load_govnews(tmp_path / "copy"))


def test_a_gold_record_without_keys(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "copy")
    gold = tmp_path / "copy" / "gold" / "g001.json"
    data = json.loads(gold.read_text(encoding="utf-8"))
    del data["officials"][0]["keys"]
    gold.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CorpusError, match="keys"):
        list(load_govnews(tmp_path / "copy"))


def test_the_pipeline_on_the_fixture(pipeline: Pipeline) -> None:
    result = evaluate_govnews(FIXTURE, pipeline)
    assert result.ids == ("g001",)
    scores = result.total
    for category in ("persons", "officials", "officials+place", "officials+status", "regions", "dates", "quotes", "quotes+speaker"):
        assert scores[category].correct == scores[category].gold, category
    assert scores["events"].correct == 1


def govnews_args(**options: object) -> argparse.Namespace:
    fields: dict[str, object] = dict(
        corpus="govnews", path=str(FIXTURE), dump=None, limit=None, markdown=False, json=False, misses=False
    )
    fields.update(options)
    return argparse.Namespace(**fields)


def test_command_json(pipeline: Pipeline, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_evaluate(govnews_args(json=True), pipeline) == 0
    scores = json.loads(capsys.readouterr().out)
    assert list(scores) == list(CATEGORIES)
    assert set(scores["persons"]) == {"gold", "predicted", "correct", "precision", "recall", "f1"}
    assert scores["persons"]["gold"] == 2 and scores["persons"]["recall"] == 1.0


def test_command_markdown_misses_and_dump(pipeline: Pipeline, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dump = tmp_path / "pred.jsonl"
    assert run_evaluate(govnews_args(markdown=True, misses=True, dump=str(dump)), pipeline) == 0
    out = capsys.readouterr().out
    assert "| officials+place | 2 |" in out
    assert "== events\ng001\n  + совещание" in out  # the title's event is extra
    [line] = dump.read_text(encoding="utf-8").splitlines()
    records = json.loads(line)
    assert records["id"] == "g001"
    assert {
        "person": "Армен Бенян", "title": "министр здравоохранения Самарской области", "regions": ["Самарская область"],
        "statuses": ["current"],
    } in records["officials"]  # fmt: skip


def test_command_on_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_evaluate(govnews_args(path=str(tmp_path / "none"))) == 2
    assert "govnews folder not found" in capsys.readouterr().err


@pytest.mark.skipif(not GOVNEWS_DEV.is_dir(), reason="../shared/corpora/govnews-dev is not here")
def test_every_govnews_dev_gold_file_reads() -> None:
    docs = list(load_govnews(GOVNEWS_DEV))
    assert len(docs) == 110
    assert sum(len(doc.officials) for doc in docs) > 300
    assert sum(doc.doc_date is not None for doc in docs) > 0


@pytest.mark.skipif(not GOVNEWS_DEV.is_dir(), reason="../shared/corpora/govnews-dev is not here")
def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """``ruskin evaluate govnews ... --misses | head -1``: one line on stderr, status 2."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "ruskin", "evaluate", "govnews", str(GOVNEWS_DEV), "--misses"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()
    _, err = process.communicate(timeout=600)
    assert "Traceback" not in err and err.count("\n") == 1
    assert process.returncode == 2

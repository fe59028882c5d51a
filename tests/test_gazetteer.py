"""The data loader and the place gazetteers' consistency: keys, districts, codes, aliases."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from ruskin.gazetteers.gazetteer import conflicts, duplicates, load_table, split_values
from ruskin.gazetteers.places import adjective_aliases, ambiguous_forms, canonical_form, place_aliases, regions, world_aliases

SUBJECT_KINDS = {"oblast", "krai", "republic", "federal city", "autonomous oblast", "autonomous okrug"}


@pytest.mark.parametrize(
    "cell, values",
    [("", []), ("РФ", ["РФ"]), ("Россия|РФ", ["Россия", "РФ"]), (" Татарстан | Татария |", ["Татарстан", "Татария"])],
)
def test_split_values(cell: str, values: list[str]) -> None:
    assert split_values(cell) == values


def test_load_table_reads_header_and_skips_comments() -> None:
    rows = load_table("regions")
    assert list(rows[0]) == ["key", "name", "kind", "code", "federal_district", "aliases", "adjectives", "colloquial", "capital"]
    assert not any(row["key"].startswith("#") or not row["key"] for row in rows)


def test_load_table_returns_copies() -> None:
    load_table("regions")[0]["name"] = "changed"
    assert load_table("regions")[0]["name"] == "Российская Федерация"


def test_load_table_of_a_missing_file() -> None:
    with pytest.raises(FileNotFoundError):
        load_table("no_such_table")


@pytest.mark.parametrize(
    "values, repeated", [(["a", "b", "c"], []), (["a", "b", "a", "a", "c", "c"], ["a", "c"])]
)
def test_duplicates(values: list[str], repeated: list[str]) -> None:
    assert duplicates([{"key": v} for v in values], "key") == repeated


def test_conflicts_reports_forms_with_two_keys_unless_allowed() -> None:
    pairs = [("москва", "RU-MOW"), ("москва", "RU-MOW"), ("алтай", "RU-AL"), ("алтай", "RU-ALT")]
    assert conflicts(pairs) == {"алтай": {"RU-AL", "RU-ALT"}}
    assert conflicts(pairs, allowed={"алтай"}) == {}


@pytest.mark.parametrize(
    "table, column",
    [("regions", "key"), ("cities", "name"), ("countries", "name"), ("world_regions", "name"), ("world_cities", "name")],
)
def test_no_duplicate_keys(table: str, column: str) -> None:
    assert duplicates(load_table(table), column) == []


def test_no_duplicate_place_words() -> None:
    """A word may have two roles ("город": generic and settlement), not one role twice."""
    rows = [{"pair": f"{row['word']}\t{row['role']}"} for row in load_table("place_words")]
    assert duplicates(rows, "pair") == []


def test_world_places_point_at_known_countries() -> None:
    countries = {row["name"] for row in load_table("countries")}
    states = {row["name"] for row in load_table("world_regions")}
    assert [r["name"] for r in load_table("world_regions") if r["country"] not in countries] == []
    assert [r["name"] for r in load_table("world_cities") if r["country"] not in countries | states] == []


def test_world_places_do_not_repeat_russian_cities() -> None:
    russian = {canonical_form(a) for a, _ in place_aliases()}
    assert [a for a, _ in world_aliases() if canonical_form(a) in russian] == []


def test_counts_of_subjects_districts_and_russia() -> None:
    kinds = Counter(entry.kind for entry in regions().values())
    assert sum(kinds[kind] for kind in SUBJECT_KINDS) == 89
    assert kinds["federal district"] == 8
    assert kinds["country"] == 1
    assert set(kinds) == SUBJECT_KINDS | {"federal district", "country"}


def test_every_subject_has_a_federal_district() -> None:
    table = regions()
    for entry in table.values():
        if entry.kind in SUBJECT_KINDS:
            assert table[entry.federal_district].kind == "federal district", entry.key  # type: ignore[index]
        else:
            assert entry.federal_district is None, entry.key


def test_iso_codes() -> None:
    codes = [entry.code for entry in regions().values() if entry.code]
    assert len(codes) == 83
    assert all(re.fullmatch(r"RU-[A-Z]{2,3}", code) for code in codes)
    assert all(entry.key == entry.code for entry in regions().values() if entry.code)


def test_cities_point_at_subjects() -> None:
    table = regions()
    assert all(table[row["region"]].kind in SUBJECT_KINDS for row in load_table("cities"))


def test_every_capital_is_a_city() -> None:
    cities = {row["name"] for row in load_table("cities")}
    missing = [e.capital for e in regions().values() if e.kind in SUBJECT_KINDS and e.capital not in cities]
    assert missing == []


def test_enough_countries() -> None:
    names = {row["name"] for row in load_table("countries")}
    assert len(names) >= 190
    assert {"США", "Китай", "Германия", "Великобритания", "ОАЭ", "Белоруссия", "Украина", "Казахстан"} <= names


def test_no_conflicting_aliases() -> None:
    assert conflicts(((canonical_form(a), t.key) for a, t in place_aliases()), ambiguous_forms()) == {}


def test_no_conflicting_adjectives() -> None:
    assert conflicts(((canonical_form(a), t.key) for a, t in adjective_aliases()), ambiguous_forms()) == {}


def test_every_allowed_ambiguity_is_real() -> None:
    pairs = [*place_aliases(), *adjective_aliases()]
    real = conflicts((canonical_form(a), t.key) for a, t in pairs)
    assert ambiguous_forms() <= set(real)

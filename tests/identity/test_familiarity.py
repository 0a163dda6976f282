"""Helpers remembered by identity key on this computer (issue 16): counts and new keys."""

from __future__ import annotations

from pathlib import Path

from assist_agent.history import Familiarity, HelpRecord, History

ANNA, OTHER, THIRD = "aa" * 32, "bb" * 32, "cc" * 32


def history_with(tmp_path: Path, *records: HelpRecord) -> History:
    history = History(tmp_path / "history.jsonl", memory=False)
    for record in records:
        history.add(record)
    return history


def helped(name: str, key: str, organisation: str = "") -> HelpRecord:
    return HelpRecord(name, 1.0, 60.0, 0.0, supporter_key=key, verified_by=organisation)


def test_the_same_key_counts_up_and_a_stranger_is_new(tmp_path: Path) -> None:
    """Three sessions by one key: "helped you 3 times"; another name and key: first time."""
    history = history_with(tmp_path, *[helped("Anna", ANNA)] * 3)
    assert history.familiarity("Anna", ANNA) == Familiarity(3, False)
    assert history.familiarity("Pekka", OTHER) == Familiarity(0, False)


def test_a_known_name_with_a_new_key_is_called_out(tmp_path: Path) -> None:
    """ "Anna" (any letter case) with a key that never helped: not the Anna from before."""
    history = history_with(tmp_path, helped("Anna", ANNA))
    assert history.familiarity("ANNA", OTHER) == Familiarity(0, True)


def test_the_same_organisation_vouching_for_a_new_key_is_not_called_out(tmp_path: Path) -> None:
    """Anna got a new computer; Espoo vouched for both keys: no alarm. Another organisation
    (or none) vouching for the new key: called out."""
    history = history_with(tmp_path, helped("Anna Virtanen", ANNA, "Espoo digital support"))
    assert history.familiarity("Anna Virtanen", OTHER, "Espoo digital support").name_taken is False
    assert history.familiarity("Anna Virtanen", OTHER, "Vantaa help").name_taken is True
    assert history.familiarity("Anna Virtanen", OTHER).name_taken is True


def test_records_from_before_keys_were_kept_call_nobody_out(tmp_path: Path) -> None:
    """Old records (no key) neither count nor raise an alarm."""
    history = history_with(tmp_path, HelpRecord("Anna", 1.0, 60.0, 0.0))
    assert history.familiarity("Anna", THIRD) == Familiarity(0, False)

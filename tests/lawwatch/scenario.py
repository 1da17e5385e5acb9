"""One scenario on the real law data, as DILA would export it, written as full and daily archives.

As of 1 December 2026 (the date of the last archive):
- 226-8     unchanged: the version held (LEGIARTI000049571542) with the stored words;
- 226-2-1   text changed: a new version from 1 November 2026, one phrase reworded;
- 226-8-1   penalty changed: a new version from 15 October 2026, paragraph 3 reads four years;
- 226-1     new version announced from 1 January 2027, the version held still in force;
- 223-1-1   repealed on 1 September 2026 (the data holds no id: found by its number);
- 226-6     (daily archives only) its file removed by a deletion list;
- every other article absent.
Texts of the versions held are the stored quotations themselves (they were read from LEGI).
"""

from __future__ import annotations

from pathlib import Path

from app.law import get_registry

from .legi_archives import CODE_PENAL, Article, Export, Version, amending_link, article_path

CHANGED_WORDING = ("en l'absence d'accord de la personne",
                   "en l'absence d'accord écrit de la personne")
LAW_2026 = amending_link("LOI n°2026-101 du 2 octobre 2026 - art. 3", "2026-10-02")


def stored_text(rule_id: str) -> str:
    return get_registry().offence(rule_id).current.text["fr"]


def _226_8() -> list[Article]:
    versions = (Version("LEGIARTI000006417938", "2002-01-01", "2024-05-23", "MODIFIE"),
                Version("LEGIARTI000049571542", "2024-05-23"))
    old_text = get_registry().offence("226-8").versions[0].text.get("fr", "Texte antérieur.")
    return [Article("LEGIARTI000006417938", "226-8", "2002-01-01", "2024-05-23", "MODIFIE",
                    old_text, versions=versions),
            Article("LEGIARTI000049571542", "226-8", "2024-05-23", text=stored_text("226-8"),
                    versions=versions)]


def _replaced(rule_id: str, held: Version, new_id: str, new_start: str, new_text: str,
              replaced: bool, new_state: str = "VIGUEUR", held_state: str = "MODIFIE"
              ) -> list[Article]:
    """The version held, alone, or ended by a new version (in force, or announced)."""
    text = stored_text(rule_id)
    if not replaced:
        return [Article(held.id, rule_id, held.start, text=text, versions=(held,))]
    assert new_text != text
    versions = (Version(held.id, held.start, new_start, held_state),
                Version(new_id, new_start, etat=new_state))
    return [Article(held.id, rule_id, held.start, new_start, held_state, text, versions=versions),
            Article(new_id, rule_id, new_start, etat=new_state, text=new_text, versions=versions,
                    links=(LAW_2026,))]


def _226_2_1(changed: bool) -> list[Article]:
    new_text = stored_text("226-2-1").replace(*CHANGED_WORDING)
    return _replaced("226-2-1", Version("LEGIARTI000033207318", "2016-10-09"),
                     "LEGIARTI000052600001", "2026-11-01", new_text, changed)


def _226_8_1(changed: bool) -> list[Article]:
    new_text = stored_text("226-8-1").replace("portées à trois ans", "portées à quatre ans")
    return _replaced("226-8-1", Version("LEGIARTI000049567458", "2024-05-23"),
                     "LEGIARTI000052500002", "2026-10-15", new_text, changed)


def _226_1(announced: bool) -> list[Article]:
    # The version held stays in force (state VIGUEUR, an end date) until the announced one.
    new_text = stored_text("226-1") + "\n\nLa tentative est punie des mêmes peines."
    return _replaced("226-1", Version("LEGIARTI000049312755", "2024-03-23"),
                     "LEGIARTI000052700003", "2027-01-01", new_text, announced,
                     new_state="VIGUEUR_DIFF", held_state="VIGUEUR")


def _223_1_1(repealed: bool) -> list[Article]:
    # The data holds no id for 223-1-1: the watch must find it by code and number.
    if not repealed:
        return [Article("LEGIARTI000049299999", "223-1-1", "2024-03-23",
                        text=stored_text("223-1-1"))]
    return [Article("LEGIARTI000049299999", "223-1-1", "2024-03-23", "2026-09-01", "ABROGE",
                    stored_text("223-1-1"), links=(amending_link(
                        "LOI n°2026-55 du 20 août 2026 - art. 9", "2026-08-20",
                        "ABROGATION"),))]


def _226_6() -> list[Article]:
    return [Article("LEGIARTI000033219748", "226-6", "2016-10-09", text=stored_text("226-6"))]


def articles_on_1_december_2026() -> list[Article]:
    return _226_8() + _226_2_1(True) + _226_8_1(True) + _226_1(True) + _223_1_1(True)


def full_archive(folder: Path) -> Path:
    """Everything in one full export of 1 December 2026."""
    return Export("20261201-120000", True, articles_on_1_december_2026()).write(folder)


def full_then_daily(folder: Path) -> tuple[Path, Path]:
    """A full export of 1 July 2026 holding the versions held, then the daily export of
    1 December 2026 that brings the changes and removes 226-6's file."""
    before = (_226_8() + _226_2_1(False) + _226_8_1(False) + _226_1(False) + _223_1_1(False)
              + _226_6())
    full = Export("20260701-120000", True, before).write(folder)
    changed = (_226_2_1(True) + _226_8_1(True) + _226_1(True) + _223_1_1(True))
    removal = article_path(CODE_PENAL, "LEGIARTI000033219748")
    daily = Export("20261201-210000", False, changed, deleted=[removal]).write(folder)
    return full, daily


EXPECTED = {
    "226-8": "unchanged",
    "226-2-1": "changed",
    "226-8-1": "changed",
    "226-1": "future",
    "223-1-1": "repealed_or_moved",
}

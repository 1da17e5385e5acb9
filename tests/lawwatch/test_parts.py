"""The watch's parts on their own: LEGI XML in both of DILA's markups, penalties stated in the
stored quotations, word diffs that ignore layout, deletion lists and the order of archives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.law import get_registry
from app.lawwatch.archive import ArchiveInfo, parse_deletions
from app.lawwatch.legi_xml import LegiXmlError, parse_article
from app.lawwatch.penalties import stated
from app.lawwatch.report import order
from app.lawwatch.textdiff import diff

from .legi_archives import Article, Version, article_path

OLD_MARKUP = b"""<?xml version="1.0" encoding="UTF-8"?>
<ARTICLE><META><META_COMMUN><ID>LEGIARTI000006291810</ID><NATURE>Article</NATURE></META_COMMUN>
<META_SPEC><META_ARTICLE><NUM>D215-16</NUM><ETAT>MODIFIE</ETAT><DATE_DEBUT>2007-10-18</DATE_DEBUT>
<DATE_FIN>2012-11-11</DATE_FIN><TYPE>AUTONOME</TYPE></META_ARTICLE></META_SPEC></META>
<CONTEXTE><TEXTE cid="LEGITEXT000006069565"/></CONTEXTE>
<BLOC_TEXTUEL><CONTENU>
      <br/>   Premier alin\xc3\xa9a,
      sur deux lignes.<br/>
      <br/>   Second alin\xc3\xa9a.<br/>
</CONTENU></BLOC_TEXTUEL></ARTICLE>"""


def test_an_article_file_is_read_with_its_versions_and_dates():
    versions = (Version("LEGIARTI000049567458", "2024-05-23", "2026-10-15", "MODIFIE"),
                Version("LEGIARTI000052500002", "2026-10-15"))
    record = parse_article(Article("LEGIARTI000052500002", "226-8-1", "2026-10-15",
                                   text="Un.\n\nDeux & trois.", versions=versions).xml())
    assert (record.id, record.num, record.etat) == ("LEGIARTI000052500002", "226-8-1", "VIGUEUR")
    assert (record.start, record.end) == (date(2026, 10, 15), None)
    assert record.cid == "LEGITEXT000006070719"
    assert record.paragraphs == ("Un.", "Deux & trois.")
    assert record.family_ids() == {"LEGIARTI000049567458", "LEGIARTI000052500002"}
    assert record.in_force_on(date(2026, 10, 15)) and not record.in_force_on(date(2026, 10, 14))


def test_the_older_markup_with_line_breaks_gives_the_same_paragraphs():
    record = parse_article(OLD_MARKUP)
    assert record.paragraphs == ("Premier alinéa, sur deux lignes.", "Second alinéa.")
    assert record.end == date(2012, 11, 11)
    assert not record.in_force_on(date(2012, 11, 11))


@pytest.mark.parametrize("data", [b"<ARTICLE><META>", b"<TEXTE_VERSION/>",
                                  b'<!DOCTYPE a [<!ENTITY x "y">]><ARTICLE>&x;</ARTICLE>'])
def test_what_is_not_a_legi_article_is_refused(data):
    with pytest.raises(LegiXmlError):
        parse_article(data)


def _values(text):
    return [(s.alinea, s.years, s.fine_eur) for s in stated(text)]


def test_penalties_are_read_from_the_stored_quotations():
    law = get_registry()
    assert _values(law.offence("226-8-1").current.text["fr"]) == [(1, 2, 60000), (3, 3, 75000)]
    text = law.offence("227-23-1").current.text["fr"]
    assert (7, 100000) in [(y, f) for _, y, f in _values(text)]


@pytest.mark.parametrize("rule_id", [r.id for r in get_registry().all()
                                     if r.kind == "offence" and r.current.text])
def test_every_penalty_held_is_found_in_its_quotation(rule_id):
    version = get_registry().offence(rule_id).current
    found = {(y, f) for _, y, f in _values(version.text["fr"])}
    if not found:  # the article sets no penalty of its own (226-2: "puni des mêmes peines")
        assert "mêmes peines" in version.text["fr"], rule_id
        return
    held = [version.penalty] + [a.penalty for a in version.aggravations]
    held += [c.penalty for c in version.conducts]
    for penalty in held:
        assert (penalty.prison_years, penalty.fine_eur) in found, (rule_id, penalty)


def test_penalty_forms_of_the_codes():
    assert _values("Est puni d'un an d'emprisonnement et de 15 000 € d'amende.") == [
        (1, 1, 15000)]
    assert _values("portées à dix ans d'emprisonnement et à un million d'euros d'amende") == [
        (1, 10, 1_000_000)]
    two = "Est puni de six mois d'emprisonnement.\n\nEt de 7\u00a0500 euros d'amende."
    assert _values(two) == [(1, 0.5, None), (2, None, 7500)]
    assert _values("quinze ans de réclusion criminelle") == [(1, 15, None)]


def test_layout_apostrophes_and_spaces_are_not_changes():
    stored = "Est puni d'un an d'emprisonnement\n\net de 45 000 euros d'amende."
    archived = "Est puni d\u2019un an d\u2019emprisonnement et de 45\u00a0000 euros d'amende."
    assert diff(stored, archived) == []
    changed = diff(stored, archived.replace("45\u00a0000", "60\u00a0000"))
    assert [(c.before, c.after) for c in changed] == [("45", "60")]


def test_an_excerpt_is_compared_with_the_part_it_quotes():
    full = "I. - Premier paragraphe modifié.\n\nIII. - Les faits sont punis de deux ans."
    assert diff("III. - Les faits sont punis de deux ans.", full, excerpt=True) == []
    changes = diff("III. - Les faits sont punis de deux ans.", full.replace("deux", "trois"),
                   excerpt=True)
    assert [(c.before, c.after) for c in changes] == [("deux", "trois")]
    # Without the excerpt mark, the same quotation lacks the first paragraph.
    assert diff("III. - Les faits sont punis de deux ans.", full) != []


def test_deletion_lists_name_article_files_and_whole_texts():
    path = article_path("LEGITEXT000006070719", "LEGIARTI000033219748")
    found = parse_deletions(f"{path}\n{path.rsplit('/article/', 1)[0]} D\n"
                            "legi/global/x/section_ta/LEGI/SCTA/00/00/00/00/00/LEGISCTA000000000001\n"
                            .encode())
    assert [(d.cid, d.id) for d in found] == [("LEGITEXT000006070719", "LEGIARTI000033219748"),
                                             ("LEGITEXT000006070719", None)]


def test_archives_are_read_in_date_order_full_first():
    names = ["LEGI_20261202-210000.tar.gz", "Freemium_legi_global_20261201-120000.tar.gz",
             "LEGI_20261201-210000.tar.gz", "LEGI_20261130-210000.tar.gz"]
    ordered = [i.name for i in order([ArchiveInfo.of(Path(n)) for n in names])]
    assert ordered == ["LEGI_20261130-210000.tar.gz",
                       "Freemium_legi_global_20261201-120000.tar.gz",
                       "LEGI_20261201-210000.tar.gz", "LEGI_20261202-210000.tar.gz"]
    assert ArchiveInfo.of(Path(names[1])).full is True
    assert ArchiveInfo.of(Path(names[0])).stamp == date(2026, 12, 2)

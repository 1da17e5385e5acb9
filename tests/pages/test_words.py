"""The site's words, checked on every rendered page and every wording file (issue 17 items 2 and
4 to 7, docs/content-guide.md, "Words").

- no point médian anywhere, and no abbreviated agreement (« informé(e) »); no second-person
  sentence that gives the reader one gender (« vous êtes seul »);
- "deepfake" is the site's word: « hypertrucage » is named once, in the glossary and in the
  sexual deepfakes guide (and, as the EU regulation's own word, on the timeline);
- the plainte avec constitution de partie civile is never "a claim for damages";
- English victim text says "the person who did it" and "what happened", not "the author" and
  "the facts";
- wherever a page says that keeping or making a sexual image of a minor is an offence, the same
  paragraph (or, in the easy-read versions, the next lines) says the young person shown is the
  victim; and no page says, as a rule, that the law "does not target" the young person shown
  (article 227-23 has no exception for images a young person made of themselves);
- the 3114 on the pages the issue names; the complaint page says what the police interview is
  like and who can come.
"""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import pytest
import yaml

from app.pages.measure import LAWYERS_SECTION, is_victim_facing

ROOT = Path(__file__).resolve().parents[2]
WORDING = sorted((ROOT / "app").glob("**/wording/*.yaml"))
CATALOGUES = sorted((ROOT / "app" / "translations").glob("*/LC_MESSAGES/messages.po"))
# The removal guide is held to the minors rule once its own rewrite lands (issue 17 item 2).
MINORS_RULE_LATER: set[str] = set()


def _lang_of(path: Path) -> str:
    return "fr" if "fr" in path.name.split(".") or "/fr/" in str(path) else "en"


def _strings(value):
    """Every string a YAML wording file shows (its values, never its keys)."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def _msgstrs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return ["".join(re.findall(r'"((?:[^"\\]|\\.)*)"', block))
            for block in re.findall(r'msgstr((?:\s*"(?:[^"\\]|\\.)*")+)', text)]


def wording_strings(lang: str) -> list[tuple[str, str]]:
    """(where, text) for every user-facing string of the wording files and the catalogue."""
    found = []
    for path in WORDING:
        if _lang_of(path) == lang:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            found += [(path.relative_to(ROOT).as_posix(), s) for s in _strings(data)]
    for path in CATALOGUES:
        if path.parts[-3] == lang:
            found += [(path.relative_to(ROOT).as_posix(), s) for s in _msgstrs(path)]
    return found


def text_of(fragment: str) -> str:
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def readers_html(page) -> str:
    """The page's HTML before its lawyers' section, with the summary."""
    lawyers = re.search(rf'<h2[^>]*id="{LAWYERS_SECTION[page.lang]}"', page.html)
    body = page.html[:lawyers.start()] if lawyers else page.html
    return f"<p>{html_lib.escape(page.meta['summary'])}</p>{body}"


def paragraphs(fragment: str, blocks: str = r"p|li|h\d|td|dd") -> list[str]:
    return [t for t in (text_of(p) for p in re.split(rf"</(?:{blocks})>", fragment)) if t]


@pytest.fixture(scope="module")
def pages(app):
    site = app.extensions["recours.site"]
    return {lang: site.in_lang(lang) for lang in app.config["LANGUAGES"]}


def all_pages(pages):
    return [page for found in pages.values() for page in found]


# --- French agreement -------------------------------------------------------------------------

POINT_MEDIAN = re.compile(r"\w[·⋅•∙]\w")
SHORT_AGREEMENT = re.compile(r"\w\((?:e|es|ne|se|ive|rice)\)|\w\.(?:e|es)\b(?!\.)")
# "vous êtes seul", "vous serez informé"… with no feminine form after it.
GENDERED_YOU = re.compile(
    r"\bvous\s+(?:n['’])?(?:êtes|étiez|serez|soyez|sentez|restez|avez\s+été|seriez)"
    r"(?:\s+(?:pas|plus|jamais|peut-être|toujours|déjà|encore))*\s+"
    r"(seul|prêt|sûr|certain|inquiet|majeur|mineur|né|informé|harcelé|menacé|filmé|visé|"
    r"accompagné|convoqué|entendu|obligé|forcé|contraint|tenu|jugé|protégé|perdu|isolé)\b"
    r"(?!\s+ou\b)", re.I)


def test_no_point_median_or_abbreviated_agreement_anywhere(pages):
    found = [f"{p.lang}/{p.key}" for p in all_pages(pages)
             if POINT_MEDIAN.search(text_of(p.html)) or POINT_MEDIAN.search(p.meta["summary"])]
    found += [where for lang in pages for where, s in wording_strings(lang)
              if POINT_MEDIAN.search(s)]
    found += [f"fr/{p.key}" for p in pages["fr"] if SHORT_AGREEMENT.search(text_of(p.html))]
    found += [where for where, s in wording_strings("fr") if SHORT_AGREEMENT.search(s)]
    assert found == []


def test_no_sentence_gives_the_french_reader_one_gender(pages):
    found = [f"fr/{p.key}: {m.group(0)}" for p in pages["fr"]
             for m in GENDERED_YOU.finditer(text_of(readers_html(p)))]
    found += [f"{where}: {m.group(0)}" for where, s in wording_strings("fr")
              for m in GENDERED_YOU.finditer(s)]
    assert found == []


@pytest.mark.parametrize("sentence, caught", [
    ("Si vous êtes seul, appelez.", True),
    ("Vous n'êtes pas seul ou seule.", False),
    ("Vous serez informé de la suite.", True),
    ("Vous êtes la victime.", False),
    ("Les candidat·es", None),
])
def test_the_french_checks_catch_what_they_should(sentence, caught):
    if caught is None:
        assert POINT_MEDIAN.search(sentence)
    else:
        assert bool(GENDERED_YOU.search(sentence)) is caught
    assert SHORT_AGREEMENT.search("Vous serez informé(e).")


# --- One word for deepfake ---------------------------------------------------------------------

HYPERTRUCAGE = re.compile(r"hyper-?trucage", re.I)
# Where the official French term is named: once on each of these pages.
NAMED_ONCE = {"glossary", "sexual-deepfakes"}
# The EU regulation's own word, given as such.
REGULATION_WORD = {"legal-timeline"}


def test_hypertrucage_is_named_once_where_the_site_explains_its_word(pages):
    counts = {(p.lang, p.key): len(HYPERTRUCAGE.findall(text_of(p.html) + p.meta["summary"]))
              for p in all_pages(pages)}
    for lang in pages:
        for key in NAMED_ONCE:
            assert counts.pop((lang, key)) == 1, (lang, key)
    for (lang, key), count in counts.items():
        if key in REGULATION_WORD:
            page = next(p for p in pages[lang] if p.key == key)
            for paragraph in paragraphs(page.html):
                if HYPERTRUCAGE.search(paragraph):
                    assert re.search(r"règlement|Regulation", paragraph), paragraph
        else:
            assert count == 0, (lang, key)
    assert [where for lang in pages for where, s in wording_strings(lang)
            if HYPERTRUCAGE.search(s)] == []


def test_montage_is_only_the_law_s_word_in_victim_text(pages):
    """« montage » in a victim's text is the law's word: quoted, or said to be the law's word,
    or the glossary's entry for it."""
    found = []
    for page in all_pages(pages):
        if not is_victim_facing(page):
            continue
        for paragraph in paragraphs(readers_html(page)):
            for match in re.finditer(r"\bmontages?\b", paragraph, re.I):
                around = paragraph[max(0, match.start() - 2):match.end() + 2]
                quoted = re.search(r"[«\"“]\s*montages?|montages?\s*[»\"”]", around, re.I)
                said = re.search(r"mot de la loi|law's word|^Montage$", paragraph)
                if not (quoted or said or page.key == "glossary"):
                    found.append(f"{page.lang}/{page.key}: {paragraph[:120]}")
    for lang in pages:
        for where, s in wording_strings(lang):
            for match in re.finditer(r"\bmontages?\b", s, re.I):
                around = s[max(0, match.start() - 2):match.end() + 2]
                if not re.search(r"[«\"“]\s*montages?|montages?\s*[»\"”]", around, re.I):
                    found.append(f"{where}: {s[:120]}")
    assert found == []


# --- English as English ------------------------------------------------------------------------

LEGALESE = re.compile(r"\b(?:the|an|its|their|this|that)\s+authors?\b|\bthe\s+facts\b", re.I)


def test_english_victim_text_says_what_happened_and_who_did_it(pages):
    found = [f"en/{p.key}: {m.group(0)}" for p in pages["en"] if is_victim_facing(p)
             for m in LEGALESE.finditer(text_of(readers_html(p)))]
    found += [f"{where}: {m.group(0)}" for where, s in wording_strings("en")
              for m in LEGALESE.finditer(s)]
    assert found == []


def test_the_civil_party_complaint_is_never_a_claim_for_damages(pages):
    pattern = re.compile(r"claim(?:ing|s)?\s+(?:for\s+)?damages", re.I)
    found = [f"en/{p.key}" for p in pages["en"] if pattern.search(text_of(p.html))]
    found += [where for where, s in wording_strings("en") if pattern.search(s)]
    assert found == []


# --- Minors ------------------------------------------------------------------------------------

OFFENCE_ABOUT_MINORS = re.compile(
    r"(?:garder|détenir|détention|fabriquer|fabrication|keep(?:ing)?|hold(?:ing)?|mak(?:e|ing))"
    r"[^.]{0,120}(?:de mineurs?|d'une? (?:personne )?mineur|of (?:a )?minors?|under 18"
    r"|moins de 18 ans)", re.I)
IMAGE = re.compile(r"image|représentation|representation|contenu|content|photo|vid[ée]o", re.I)
VICTIM = re.compile(r"victime|victim", re.I)
# A rule that the law leaves the young person shown alone: not what 227-23 says.
NOT_TARGETED = re.compile(
    r"(?:ne vise pas|ne punit pas|does not (?:target|punish)|n'est pas visée?)\s+"
    r"(?:le ou la jeune|la personne mineure|votre enfant|vous|the young person|your child|you)\b"
    r"|(?:targets?|vise)\b[^.]{0,80},?\s+(?:not|jamais|pas)\s+(?:le ou la jeune|la personne"
    r" mineure|votre enfant|vous|the young person|your child|you)\b", re.I)


def test_a_sentence_on_images_of_minors_says_the_young_person_is_the_victim(pages):
    found = []
    for page in all_pages(pages):
        if not is_victim_facing(page) or page.key in MINORS_RULE_LATER:
            continue
        # A list is one paragraph here: what follows it says who the victim is.
        parts = paragraphs(readers_html(page), r"p|ul|ol|h\d|table|dl")
        # Easy-read pages put one sentence a line: the victim line may follow a few lines on.
        reach = 5 if page.meta.get("easy_read") else 2
        for i, paragraph in enumerate(parts):
            offence = OFFENCE_ABOUT_MINORS.search(paragraph)
            if offence and IMAGE.search(offence.group(0)) and not any(
                    VICTIM.search(p) for p in parts[max(0, i - 1):i + reach]):
                found.append(f"{page.lang}/{page.key}: {paragraph[:140]}")
    assert found == []


def test_no_page_says_the_law_leaves_the_young_person_shown_alone(pages):
    found = [f"{p.lang}/{p.key}: {m.group(0)}" for p in all_pages(pages)
             if p.key not in MINORS_RULE_LATER
             for m in NOT_TARGETED.finditer(text_of(p.html) + " " + p.meta["summary"])]
    found += [f"{where}: {m.group(0)}" for lang in pages for where, s in wording_strings(lang)
              for m in NOT_TARGETED.finditer(s)]
    assert found == []


@pytest.mark.parametrize("sentence", [
    "Elle vise les personnes qui exploitent ces images, pas votre enfant.",
    "The law targets the people who exploit such images, not the young person shown.",
    "La loi vise la personne qui vous menace, pas vous.",
    "It does not target your child.",
])
def test_the_minors_rule_check_catches_the_old_wording(sentence):
    assert NOT_TARGETED.search(sentence)


def test_when_the_image_shows_a_minor_not_for_a_minor(pages):
    pattern = re.compile(r"\b(?:pour un mineur|for a minor)\b[^.]{0,30}\b(?:la fabri|making)",
                         re.I)
    found = [f"{p.lang}/{p.key}" for p in all_pages(pages) if pattern.search(text_of(p.html))]
    found += [where for lang in pages for where, s in wording_strings(lang) if pattern.search(s)]
    assert found == []


MINORS_OPENING = ("minors", "offence-227-23", "offence-227-23-1", "offence-227-22-2",
                  "offence-222-33-2-3", "sextortion")


@pytest.mark.parametrize("key", MINORS_OPENING)
def test_pages_young_people_reach_open_with_the_victim_the_3018_and_do_not_forward(pages, key):
    for lang, found in pages.items():
        page = next(p for p in found if p.key == key)
        first = re.split(r"<h2", readers_html(page))
        opening = text_of("".join(first[:3]))  # the summary, the text before and the first part
        assert re.search(r"vous êtes la victime|you are the victim", opening, re.I), (lang, key)
        assert "3018" in opening and re.search(r"anonym", opening), (lang, key)
        do_not_forward = (r"ne (?:la |les )?transférez|n'envoyez les images à personne"
                          r"|do not (?:forward|pass the image on|send the images)"
                          r"|transférez les images elles-mêmes|not forward")
        assert re.search(do_not_forward, opening, re.I), (lang, key)


# --- Support -----------------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["offence-222-33-2-3", "sextortion", "what-to-do", "minors"])
def test_the_3114_is_on_the_pages_that_need_it(pages, key):
    for lang, found in pages.items():
        page = next(p for p in found if p.key == key)
        assert 'href="tel:3114"' in page.html, (lang, key)


def test_the_complaint_page_says_what_the_interview_is_like_and_who_can_come(pages):
    ids = {"fr": ("audition", "accompagnement"), "en": ("interview", "who-can-come")}
    for lang, found in pages.items():
        page = next(p for p in found if p.key == "complaint")
        for anchor in ids[lang]:
            assert f'id="{anchor}"' in page.html, (lang, anchor)

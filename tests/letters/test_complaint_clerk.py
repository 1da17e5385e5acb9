"""The complaint a clerk expects, read back from every format: the subject names the offences;
the requests ask to identify the account holders through the platforms, preserve their data and
remove the content, and say the person is available to be heard; witnesses are listed; the
circumstances the qualification found relevant are stated (a table of dated situations); the
"read before sending" notes are a page of their own; addresses and fingerprints break only at
safe places, fingerprints in monospace."""

from __future__ import annotations

import copy
import io
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.api.spec_documents import SCHEMAS
from app.letters import FILE_FORMATS
from app.letters.formats.breaks import ZWSP, address, fingerprint, soft
from tests.api.bodies import BODY, URL, post

from .cases import MINOR, PARENT, SHA
from .readback import docx_text, pdf_pages, squash, text_of

QUAL = {"facts_date": "2025-03-12", "content_type": "sexual_deepfake",
        "distribution": "public_online", "victim_age_at_facts": 29}
WITNESSES = [{"name": "Paul Durand", "contact": "paul@example.org",
              "saw": "a reçu le montage sur WhatsApp"},
             {"name": "Inès Moreau", "contact": "", "saw": ""}]


def body(qualification: dict | None = None, **changes) -> dict:
    data = copy.deepcopy(BODY)
    data["qualification"] = {**QUAL, **(qualification or {})}
    data.update(changes)
    return data


def letter_text(client, data: dict, fmt: str = "txt") -> str:
    response = post(client, f"{URL}/complaint?format={fmt}", data)
    assert response.status_code == 200, response.get_data(as_text=True)[:400]
    return " ".join(text_of(fmt, response.data).replace(ZWSP, "").split())


# (id, qualification changes, body changes, lines the letter states, lines it must not state)
CIRCUMSTANCES = [
    ("former_partner_repeated", {"author_relationship": "former_partner",
                                 "repeated_acts": True}, {},
     ["Circonstances", "L'auteur des faits est mon ancien conjoint, concubin ou partenaire "
      "lié par un pacte civil de solidarité."], []),
    ("partner_capture_aggravation", {"content_type": "real_intimate",
                                     "how_obtained": "captured_without_consent",
                                     "author_relationship": "partner"}, {},
     ["L'auteur des faits est mon conjoint, concubin ou partenaire lié par un pacte civil"],
     ["ancien conjoint"]),
    ("partner_one_share_not_relevant", {"author_relationship": "partner"}, {}, [],
     ["Circonstances", "pacte civil"]),
    ("stranger_nothing_said", {"author_relationship": "stranger", "repeated_acts": True}, {},
     [], ["pacte civil", "établissement scolaire"]),
    ("school_pupil_by_parent", {"author_relationship": "same_school", "repeated_acts": True,
                                "victim_age_at_facts": 14},
     {"victim": copy.deepcopy(MINOR), "representative": copy.deepcopy(PARENT)},
     ["L'auteur des faits étudie ou travaille dans l'établissement scolaire dont Léa BERNARD "
      "est élève.", "Je me tiens à votre disposition et à celle des enquêteurs, ainsi que Léa "
      "BERNARD, pour toute audition."], []),
    ("age_shown_16_at_20", {"content_type": "real_intimate", "how_obtained":
                            "given_or_self_made", "victim_age_at_facts": 20,
                            "age_shown_in_content": 16}, {},
     ["Le contenu me représente à l'âge de 16 ans, c'est-à-dire comme une personne mineure.",
      "(article 227-23 du Code pénal)"], []),
    ("age_shown_adult", {"content_type": "real_intimate", "how_obtained": "given_or_self_made",
                         "victim_age_at_facts": 20, "age_shown_in_content": 19}, {},
     [], ["à l'âge de", "227-23"]),
    ("threat_by_private_messages", {"distribution": "none", "threat": "money_or_other",
                                    "threat_channel": "private_messages"}, {},
     ["Les menaces ou le chantage ont été exprimés par messages privés", "(article 312-10"],
     ["publiquement"]),
    ("threat_public_online", {"threat": "sexual_content", "threat_channel": "public_online"}, {},
     ["Les menaces ou le chantage ont été exprimés publiquement en ligne"], ["messages privés"]),
    ("threat_offline", {"threat": "money_or_other", "threat_channel": "offline"}, {},
     ["Les menaces ou le chantage ont été exprimés hors ligne."], []),
    ("threat_channel_unknown", {"threat": "money_or_other", "threat_channel": "unknown"}, {},
     [], ["Les menaces ou le chantage"]),
    ("acts_spread_over_time", {"first_facts_date": "2025-01-05"}, {},
     ["Les faits se sont répétés dans le temps : le premier a eu lieu le 5 janvier 2025, le "
      "plus récent le 12 mars 2025."], []),
    ("one_day_only", {"first_facts_date": "2025-03-12"}, {}, [], ["répétés dans le temps"]),
    ("english_reading_copy", {"author_relationship": "former_partner", "repeated_acts": True,
                              "first_facts_date": "2025-01-05"}, {"letter_lang": "en"},
     ["The author of the facts is my former spouse, cohabiting partner or civil union (PACS) "
      "partner.", "The facts were repeated over time: the first took place on 5 January 2025, "
      "the most recent on 12 March 2025.", "Subject: complaint against a person or persons "
      "unknown (contre X) for "], ["Circonstances"]),
]


@pytest.mark.parametrize(("case", "qualification", "changes", "said", "not_said"),
                         CIRCUMSTANCES, ids=[c[0] for c in CIRCUMSTANCES])
def test_circumstances_the_qualification_found_relevant(client, case, qualification, changes,
                                                        said, not_said):
    text = letter_text(client, body(qualification, **changes))
    for line in said:
        assert " ".join(line.split()) in text, line
    for line in not_said:
        assert line not in text, line


@pytest.mark.parametrize("fmt", FILE_FORMATS)
def test_subject_requests_and_witnesses_in_every_format(client, fmt):
    data = body({"author_relationship": "former_partner", "repeated_acts": True},
                witnesses=copy.deepcopy(WITNESSES))
    text = squash(letter_text(client, data, fmt))
    for line in (
        "Objet : plainte contre X pour diffusion d'un montage ou d'un contenu généré par "
        "algorithme à caractère sexuel sans consentement (article 226-8-1 du Code pénal)",
        "et harcèlement par le conjoint, le concubin ou le partenaire de PACS, actuel ou ancien "
        "(article 222-33-2-1 du Code pénal)",
        "auprès des plateformes concernées (Instagram, WhatsApp) afin d'identifier les "
        "titulaires des comptes en cause (@faux.compte) et de faire conserver les données",
        "Je vous demande également de faire procéder au retrait des contenus en cause.",
        "Je me tiens à votre disposition et à celle des enquêteurs pour toute audition.",
        "Témoins", "Paul Durand (paul@example.org) : a reçu le montage sur WhatsApp",
        "Inès Moreau",
    ):
        assert squash(line) in text, (fmt, line)


def test_the_subject_names_each_article_once(client):
    text = letter_text(client, body({"first_facts_date": "2024-01-10"}))  # two laws apply
    subject = text[text.index("Objet"):text.index("Madame, Monsieur le Procureur de la "
                                                   "République,")]
    articles = re.findall(r"article (\d[\d-]*)", subject)
    assert articles and len(articles) == len(set(articles))


def test_the_notes_are_a_page_of_their_own(client):
    pdf = pdf_pages(post(client, f"{URL}/complaint?format=pdf", body()).data)
    assert pdf[-1].startswith("À lire avant d'envoyer : cette page ne fait pas partie")
    assert not any("À lire avant" in page for page in pdf[:-1])
    docx = post(client, f"{URL}/complaint?format=docx", body()).data
    xml = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode()
    assert xml.index('w:type="page"') < xml.index("À lire avant d")
    assert "À lire avant d'envoyer" in docx_text(docx)
    odt = post(client, f"{URL}/complaint?format=odt", body()).data
    content = zipfile.ZipFile(io.BytesIO(odt)).read("content.xml").decode()
    styles = content + zipfile.ZipFile(io.BytesIO(odt)).read("styles.xml").decode()
    assert 'text:style-name="Notes_20_page"' in content
    assert re.search(r'style:name="Notes_20_page".*?fo:break-before="page"', styles, re.S)
    txt = post(client, f"{URL}/complaint?format=txt", body()).get_data(as_text=True)
    assert "\n" + "=" * 78 + "\n\n\nÀ lire avant d'envoyer" in txt


LONG = ("https://www.example-platform.com/users/camille-martin/posts/"
        "2025-03-12-une-tres-longue-adresse?ref=partage&utm_source=messagerie")


def test_addresses_and_fingerprints_break_only_at_safe_places(client):
    data = body(exhibits=[{"description": "Capture", "seen_at": "2025-03-12", "url": LONG,
                           "sha256": SHA}])
    pdf = post(client, f"{URL}/complaint?format=pdf", data).data
    text = "\n".join(pdf_pages(pdf))
    start = text.index("https://www.example")
    pieces = text[start:text.index("messagerie", start) + len("messagerie")].split("\n")
    assert "".join(pieces) == LONG and len(pieces) > 2  # broken over lines of its cell
    for piece in pieces[:-1]:
        assert piece[-1] in "/?&=#.-_~+%,:@!", piece  # never inside a word
    lines = text.split("\n")
    groups = [line for line in lines if line and line in SHA and len(line) == 16]
    assert len(groups) == 4  # 64 characters in four groups of 16
    fonts = {str(font.get("/BaseFont")) for page in PdfReader(io.BytesIO(pdf)).pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("Mono" in name for name in fonts), fonts


def test_fingerprints_are_monospace_in_docx_and_odt(client):
    import docx

    document = docx.Document(io.BytesIO(post(client, f"{URL}/complaint?format=docx",
                                             body()).data))
    runs = [run for cell in document.tables[0].rows[1].cells for p in cell.paragraphs
            for run in p.runs if run.text.replace(ZWSP, "") == SHA]
    assert runs and runs[0].font.name == "Liberation Mono"
    odt = post(client, f"{URL}/complaint?format=odt", body()).data
    files = zipfile.ZipFile(io.BytesIO(odt))
    content = files.read("content.xml").decode()
    assert re.search(r'<text:span text:style-name="Fingerprint">3f3f', content)
    assert "Liberation Mono" in content + files.read("styles.xml").decode()


@pytest.mark.parametrize(("text", "expected"), [
    ("https://t.me/canal_x/43", f"https://t.{ZWSP}me/{ZWSP}canal_{ZWSP}x/{ZWSP}43"),
    ("http://a.fr/", f"http://a.{ZWSP}fr/"),
    ("https://x.com/" + "a" * 30, f"https://x.{ZWSP}com/{ZWSP}" + "a" * 24 + ZWSP + "a" * 6),
])
def test_address_break_points(text, expected):
    assert address(text) == expected


def test_soft_leaves_words_alone():
    sentence = "Adresse(s) exacte(s) : https://t.me/c/1 ; le harcèlement continue"
    out = soft(sentence)
    assert out.replace(ZWSP, "") == sentence
    assert "harcèlement" in out and "Adresse(s)" in out
    assert fingerprint(SHA).split(ZWSP) == [SHA[i:i + 16] for i in range(0, 64, 16)]


def test_openapi_declares_witnesses():
    complaint = SCHEMAS["ComplaintLetterInput"]["properties"]
    assert complaint["witnesses"]["items"] == {"$ref": "#/components/schemas/LetterWitness"}
    assert SCHEMAS["LetterWitness"]["required"] == ["name"]
    assert SCHEMAS["PartieCivileLetterInput"]["properties"]["witnesses"]


@pytest.mark.parametrize(("witnesses", "field", "code"), [
    ([{"name": ""}], "witnesses[0].name", "required"),
    ([{"name": "x" * 101}], "witnesses[0].name", "too_long"),
    ([{"name": "A", "saw": "x" * 501}], "witnesses[0].saw", "too_long"),
    ([{"name": "A", "phone": "1"}], "witnesses[0].phone", "unknown"),
    ([{"name": "A"}] * 11, "witnesses", "too_many"),
    ("Paul", "witnesses", "type"),
])
def test_bad_witnesses_are_refused_by_name(client, witnesses, field, code):
    response = post(client, f"{URL}/complaint?format=txt", body(witnesses=witnesses))
    assert response.status_code == 422
    found = [(e["field"], e["code"]) for e in response.get_json()["errors"]]
    assert any(f.endswith(field.split(".")[-1]) and c == code for f, c in found), found


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.sampled_from(["name", "contact", "saw", "x"]), inner,
                                      max_size=4), max_leaves=10)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(witnesses=JSON, kind=st.sampled_from(["complaint", "partie-civile"]))
def test_witnesses_never_5xx(client, witnesses, kind):
    data = body(witnesses=witnesses, first_complaint_to="procureur",
                first_complaint_date="2025-01-10") if kind == "partie-civile" else \
        body(witnesses=witnesses)
    response = post(client, f"{URL}/{kind}?format=txt", data)
    assert response.status_code in (200, 422)


def test_the_partie_civile_letter_states_the_same_circumstances_and_witnesses(client):
    data = body({"author_relationship": "former_partner", "repeated_acts": True,
                 "first_facts_date": "2025-01-05"}, witnesses=copy.deepcopy(WITNESSES),
                first_complaint_to="procureur", first_complaint_date="2025-03-20",
                signed_on="2025-06-23")
    response = post(client, f"{URL}/partie-civile?format=txt", data)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    text = " ".join(response.get_data(as_text=True).split())
    for line in ("L'auteur des faits est mon ancien conjoint", "Témoins",
                 "Paul Durand (paul@example.org) : a reçu le montage sur WhatsApp",
                 "le premier a eu lieu le 5 janvier 2025, le plus récent le 12 mars 2025"):
        assert line in text, line

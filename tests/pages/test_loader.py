"""A malformed content file stops start-up with a message naming the file and the field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import create_app
from app.pages.loader import ContentError
from app.pages.render import build_site

GOOD = {
    "key": "sample", "slug": "exemple", "title": "Titre", "summary": "Résumé.",
    "audience": "[victims]", "section": "guides", "order": "1", "updated": "2026-11-25",
    "legal_refs": "[]",
}


def front_matter(fields: dict) -> str:
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in fields.items()) + "---\nCorps.\n"


def write_pair(root: Path, fr_text: str, en_fields: dict | None = None) -> None:
    for lang in ("fr", "en"):
        (root / lang).mkdir(parents=True, exist_ok=True)
    (root / "fr" / "exemple.md").write_text(fr_text, encoding="utf-8")
    (root / "en" / "sample.md").write_text(
        front_matter(en_fields or {**GOOD, "slug": "sample"}), encoding="utf-8")


CASES = [
    ("missing title", {k: v for k, v in GOOD.items() if k != "title"}, "title", "missing"),
    ("unknown field", {**GOOD, "colour": "red"}, "colour", "unknown field"),
    ("bad date", {**GOOD, "updated": "yesterday"}, "updated", "type date"),
    ("bad section", {**GOOD, "section": "misc"}, "section", "must be one of"),
    ("bad audience", {**GOOD, "audience": "[everyone]"}, "audience", "unknown audience"),
    ("order not int", {**GOOD, "order": "first"}, "order", "type int"),
    ("slug with accent", {**GOOD, "slug": "protégé"}, "slug", "lowercase ASCII"),
    ("refs not list", {**GOOD, "legal_refs": "226-8-1"}, "legal_refs", "type list"),
]


@pytest.mark.parametrize(("name", "fields", "field", "words"), CASES, ids=[c[0] for c in CASES])
def test_bad_front_matter_names_file_and_field(tmp_path, name, fields, field, words):
    write_pair(tmp_path, front_matter(fields))
    with pytest.raises(ContentError) as error:
        build_site(tmp_path, ("fr", "en"), dt.date(2026, 11, 25))
    assert error.value.path.endswith("fr/exemple.md")
    assert error.value.field == field
    assert words in str(error.value) and "exemple.md" in str(error.value)


@pytest.mark.parametrize(("text", "words"), [
    ("no front matter\n", "must start"),
    ("---\ntitle: x\n", "no closing"),
    ("---\n- a\n- b\n---\n", "mapping"),
    ("---\ntitle: [unclosed\n---\n", "invalid YAML"),
])
def test_broken_front_matter_block(tmp_path, text, words):
    write_pair(tmp_path, text)
    with pytest.raises(ContentError, match=words):
        build_site(tmp_path, ("fr", "en"), dt.date(2026, 11, 25))


def test_unknown_legal_reference_in_body_stops_start_up(tmp_path):
    write_pair(tmp_path, front_matter(GOOD).replace("Corps.", '{{ penalty("999-9") }}'))
    with pytest.raises(ContentError, match="999-9") as error:
        build_site(tmp_path, ("fr", "en"), dt.date(2026, 11, 25))
    assert error.value.field == "body"


def test_unknown_page_key_stops_start_up(tmp_path):
    write_pair(tmp_path, front_matter(GOOD).replace("Corps.", '[x]({{ page("nowhere") }})'))
    with pytest.raises(ContentError, match="nowhere"):
        build_site(tmp_path, ("fr", "en"), dt.date(2026, 11, 25))


def test_duplicate_key_in_one_language(tmp_path):
    write_pair(tmp_path, front_matter(GOOD))
    (tmp_path / "fr" / "autre.md").write_text(front_matter({**GOOD, "slug": "autre"}))
    with pytest.raises(ContentError, match="also used by") as error:
        build_site(tmp_path, ("fr", "en"), dt.date(2026, 11, 25))
    assert error.value.field == "key"


def test_create_app_refuses_a_broken_content_dir(tmp_path):
    write_pair(tmp_path, front_matter({**GOOD, "section": "misc"}))
    with pytest.raises(ContentError, match="section"):
        create_app({"TESTING": True, "CONTENT_DIR": str(tmp_path)})


def test_a_good_pair_renders_with_facts(tmp_path):
    write_pair(tmp_path, front_matter(GOOD).replace(
        "Corps.", '## Titre {#t}\n\nPeine : {{ penalty("226-8-1") }}.'))
    site = build_site(tmp_path, ("fr", "en"), dt.date(2026, 11, 25))
    page = site.get("fr", "sample")
    assert '<h2 id="t">' in page.html and "d'emprisonnement" in page.html
    assert page.url == "/fr/exemple"


def test_the_application_renders_a_page_on_first_use(tmp_path):
    """create_app() checks the front matter only; the body is rendered when first served."""
    write_pair(tmp_path, front_matter(GOOD).replace("Corps.", 'Peine : {{ penalty("226-8-1") }}.'))
    app = create_app({"TESTING": True, "CONTENT_DIR": str(tmp_path)})
    page = app.extensions["recours.site"].get("fr", "sample")
    assert "_rendered" not in vars(page)
    html = app.test_client().get("/fr/exemple").get_data(as_text=True)
    assert "_rendered" in vars(page) and "d'emprisonnement" in html


def test_a_broken_body_stops_the_production_server_at_start(tmp_path):
    """The servers' factory renders every page before serving: a broken body stops it there,
    by its file's name, as it stops `flask content check`."""
    from app import create_served_app

    write_pair(tmp_path, front_matter(GOOD).replace("Corps.", '{{ penalty("999-9") }}'))
    create_app({"TESTING": True, "CONTENT_DIR": str(tmp_path)})  # front matter is fine
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RECOURS_CONTENT_DIR", str(tmp_path))
        with pytest.raises(ContentError, match="999-9") as error:
            create_served_app()
    assert error.value.path.endswith("fr/exemple.md") and error.value.field == "body"

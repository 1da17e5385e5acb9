"""Errors answer with the right status and a calm bilingual page, never a trace."""

from __future__ import annotations

import pytest

from tests.conftest import localized


@pytest.mark.parametrize(("path", "lang", "status", "words"), [
    ("/fr/page-inexistante", "fr", 404, "Page introuvable"),
    ("/en/no-such-page", "en", 404, "Page not found"),
    ("/nowhere", None, 404, "Page introuvable"),
])
def test_404_pages(client, path, lang, status, words):
    response = client.get(path)
    assert response.status_code == status
    html = response.get_data(as_text=True)
    assert words in html
    if lang is None:
        assert "Page not found" in html, "a page without language speaks both"


def test_405_lists_allowed_methods(client):
    response = client.post("/en/")
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
    assert "not allowed" in response.get_data(as_text=True)


def test_413_when_body_too_large(client, app):
    too_big = b"x" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    response = client.post("/fr/__test__/echo".replace("/fr", ""), data={"f": too_big.decode()})
    assert response.status_code == 413
    assert "trop" in response.get_data(as_text=True).lower()


def test_500_shows_no_trace(client, caplog):
    response = client.get("/__test__/boom")
    assert response.status_code == 500
    html = response.get_data(as_text=True)
    assert "secret-internal-detail" not in html and "Traceback" not in html
    assert "Something went wrong" in html and "Une erreur" in html
    assert "secret-internal-detail" not in caplog.text
    assert "RuntimeError" in caplog.text, "the failure is logged, without its content"


def test_api_errors_are_json_in_both_languages(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    body = response.get_json()
    assert set(body["message"]) == {"fr", "en"}


@pytest.mark.parametrize(("lang", "words"), [("fr", "La demande n'a pas pu être lue"),
                                             ("en", "The request could not be read")])
def test_400_page_in_the_language_of_the_url(client, lang, words):
    response = client.post(localized(f"/{lang}/qualify"),
                           data={"step": "no-such-step", "action": "next"})
    assert response.status_code == 400
    assert words in response.get_data(as_text=True).replace("&#39;", "'")
    assert "Cache-Control" in response.headers and "Set-Cookie" not in response.headers

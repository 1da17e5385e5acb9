"""security.txt follows RFC 9116: a contact, a future expiry, languages, canonical URL."""

from __future__ import annotations

import datetime as dt

import pytest


def test_security_txt(client, app):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    fields = dict(line.split(": ", 1) for line in response.get_data(as_text=True).splitlines())
    assert fields["Contact"].startswith(("https://", "http://", "mailto:"))
    expires = dt.datetime.strptime(fields["Expires"], "%Y-%m-%dT%H:%M:%SZ").date()
    assert dt.date.today() < expires <= dt.date.today() + dt.timedelta(days=366)
    assert fields["Preferred-Languages"] == "fr, en"
    assert fields["Canonical"].endswith("/.well-known/security.txt")
    assert client.get(fields["Policy"].replace(app.config["SITE_URL"], "")).status_code == 200


def test_security_contact_comes_from_the_configuration():
    from app import create_app
    from tests.conftest import FACTS_ON

    app = create_app({"TESTING": True, "FACTS_ON": FACTS_ON,
                      "SECURITY_CONTACT": "mailto:security@recours.example"})
    text = app.test_client().get("/.well-known/security.txt").get_data(as_text=True)
    assert "Contact: mailto:security@recours.example" in text.splitlines()


PUBLIC = {"FACTS_ON": None, "SITE_URL": "https://recours.fr"}


@pytest.mark.parametrize("contact", [None, "", "mailto:security@recours.fr",
                                     "http://recours.fr/security", "https://localhost/x",
                                     "https://127.0.0.1/x", "https://recours.example/security",
                                     "https://security.test/", "https:///nohost", "https://intranet/"])
def test_a_public_site_does_not_start_without_a_real_https_contact(contact):
    from app import create_app

    with pytest.raises(RuntimeError, match="RECOURS_SECURITY_CONTACT must be an https://"):
        create_app({**PUBLIC, "SECURITY_CONTACT": contact})


def test_a_public_site_starts_with_its_contact_in_security_txt():
    from app import create_app

    app = create_app({**PUBLIC, "SECURITY_CONTACT": "https://recours.fr/en/about#report-an-error"})
    text = app.test_client().get("/.well-known/security.txt").get_data(as_text=True)
    assert "Contact: https://recours.fr/en/about#report-an-error" in text.splitlines()


@pytest.mark.parametrize("site", ["http://127.0.0.1:5000", "http://localhost:8000",
                                  "http://[::1]:5000"])
def test_on_loopback_no_contact_is_needed(site):
    """`make run`, the production servers started by the tests and the benches."""
    from app import create_app

    app = create_app({"SITE_URL": site})
    assert "Contact: " in app.test_client().get("/.well-known/security.txt").get_data(as_text=True)

"""security.txt follows RFC 9116: a contact, a future expiry, languages, canonical URL."""

from __future__ import annotations

import datetime as dt


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

"""Every whole HTML page a test receives goes through the page checks (tests/conftest.py
`CheckedClient`): one h1, a language, labelled fields, unique ids, no inline script or style, the
size budget. These cases show each check fails."""

from __future__ import annotations

import pytest
from flask import Flask

GOOD = ('<!doctype html><html lang="fr"><title>t</title><h1>Titre</h1>'
        '<label for="a">A</label><input id="a" name="a"></html>')


@pytest.mark.parametrize(("html", "fault"), [
    (GOOD.replace("</h1>", "</h1><h1>Encore</h1>"), "2 h1"),
    (GOOD.replace('lang="fr"', ""), "lang"),
    (GOOD.replace('<label for="a">A</label>', ""), "no label"),
    (GOOD.replace("</html>", '<p id="a">x</p></html>'), "duplicate ids"),
    (GOOD.replace("</html>", "<script>alert(1)</script></html>"), "inline script"),
    (GOOD.replace("<h1>", '<h1 style="color:red">'), "inline script or style"),
    (GOOD.replace("<h1>", '<h1 onclick="x()">'), "inline script or style"),
    (GOOD.replace("</html>", "<p>" + "".join(f"{n:x}" for n in range(200_000)) + "</p></html>"),
     "bytes on the wire"),
])
def test_each_page_check_fails_on_its_fault(html, fault):
    app = Flask(__name__)
    app.add_url_rule("/page", "page", lambda: html, methods=["GET", "POST"])
    client = app.test_client()
    for send in (client.get, client.post):
        with pytest.raises(AssertionError, match=fault):
            send("/page")


def test_a_good_page_and_a_fragment_pass():
    app = Flask(__name__)
    app.add_url_rule("/page", "page", lambda: GOOD)
    app.add_url_rule("/part", "part", lambda: "<h1>a</h1><h1>b</h1>")
    client = app.test_client()
    assert client.get("/page").status_code == 200 and client.get("/part").status_code == 200

"""A page of another site posting to this one, in a real browser: the print view must not show
the other site's text under this site's name; the site's own forms keep working."""

from __future__ import annotations

from tests.conftest import localized

CANARY = "TEXT-WRITTEN-BY-ANOTHER-SITE"


def attacker_page(target: str) -> str:
    return f"""<!doctype html><html><body>
<form id="f" method="post" action="{target}">
<input name="facts[0].description" value="{CANARY}">
<input name="victim.last_name" value="{CANARY}">
</form><script>document.getElementById("f").submit()</script></body></html>"""


def test_a_form_on_another_site_gets_403_not_the_print_view(context, live_server):
    context.route("https://attacker.example/**", lambda route: route.fulfill(
        status=200, content_type="text/html",
        body=attacker_page(live_server + localized("/fr/complaint/print"))))
    page = context.new_page()
    with page.expect_response(live_server + localized("/fr/complaint/print")) as answer:
        page.goto("https://attacker.example/")
    assert answer.value.status == 403
    page.wait_for_load_state()
    text = page.inner_text("body")
    assert CANARY not in text
    assert "Cette demande vient d'un autre site" in text


def test_the_site_s_own_search_form_still_posts(context, live_server):
    page = context.new_page()
    page.goto(f"{live_server}/fr/")
    page.fill("#search-box-q", "plainte")
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.press("#search-box-q", "Enter")
    assert answer.value.status == 200

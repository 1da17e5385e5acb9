"""Performance budget, on size only: every page (content, tools, each platform, and the pages
reached by POST with realistic answers, both languages) costs at most 40 KB over the wire —
gzip(HTML) + gzip(CSS) + gzip(JS) + fonts — and loads nothing from another origin. Timings are not
tested here: they belong to bench/."""

from __future__ import annotations

import gzip
import re

import pytest

from tests.conftest import all_page_urls, localized, localized_links
from tests.interview.action.helpers import ANSWERS as ACTION
from tests.interview.complaint.answers import ANSWERS as COMPLAINT
from tests.interview.complaint.answers import QUALIFICATION as COMPLAINT_FACTS
from tests.interview.helpers import form_answers, step_of, walk

BUDGET = 40 * 1024


def pytest_generate_tests(metafunc):
    if "page_url" in metafunc.fixturenames:
        from app import create_app
        from tests.conftest import FACTS_ON

        urls = all_page_urls(create_app({"TESTING": True, "FACTS_ON": FACTS_ON}))
        metafunc.parametrize("page_url", urls)


def transferred(client, url: str) -> tuple[int, bytes]:
    """Bytes on the wire for `url` asked with gzip; gzip is applied here if the app did not."""
    response = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200, url
    if response.headers.get("Content-Encoding") == "gzip":
        return len(response.data), gzip.decompress(response.data)
    return len(gzip.compress(response.data, 6, mtime=0)), response.data


def loaded_resources(html: str) -> list[str]:
    """What the browser fetches to render: stylesheets, scripts, images, preloads, icons."""
    loaded = []
    for tag in re.findall(r"<(?:link|script|img)\b[^>]*>", html):
        if tag.startswith("<link") and not re.search(
                r"""rel=["'](?:stylesheet|preload|modulepreload|icon)["']""", tag):
            continue  # canonical, alternate: addresses, not loads
        found = re.search(r"""(?:href|src)=["']([^"']+)["']""", tag)
        if found:
            loaded.append(found.group(1))
    return loaded


def wire_size(response) -> int:
    """Bytes on the wire for a response asked with gzip (gzip applied here if the app did not)."""
    if response.headers.get("Content-Encoding") == "gzip":
        return len(response.data)
    return len(gzip.compress(response.data, 6, mtime=0))


def page_cost(client, size: int, html: str, page_url: str) -> tuple[int, dict[str, int]]:
    """The page's own bytes plus the render-critical assets it loads (stylesheets, scripts,
    fonts), all from this origin."""
    total, parts = size, {"html": size}
    for url in loaded_resources(html):
        assert url.startswith("/") and not url.startswith("//"), (page_url, url)
        if re.search(r"\.(?:css|js|woff2?|ttf|otf)$", url):  # icons are not render-critical
            parts[url], _ = transferred(client, url)
            total += parts[url]
    return total, parts


def test_page_fits_the_budget(client, page_url):
    size, body = transferred(client, page_url)
    total, parts = page_cost(client, size, body.decode("utf-8"), page_url)
    assert total <= BUDGET, f"{page_url}: {total} bytes > {BUDGET}: {parts}"


def test_stylesheets_load_no_fonts_or_third_party(client):
    html = client.get("/fr/").get_data(as_text=True)
    for url in loaded_resources(html):
        if url.endswith(".css"):
            css = client.get(url).get_data(as_text=True)
            assert "@import" not in css and "@font-face" not in css
            assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", css)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_search_results_page_fits_the_budget(client, lang):
    """The biggest answer of search (20 results with excerpts) stays within the budget too."""
    response = client.post(localized(f"/{lang}/search"), data={"q": "plainte"},
                           headers={"Accept-Encoding": "gzip"})
    size = wire_size(response)
    html = client.post(localized(f"/{lang}/search"), data={"q": "plainte"}).get_data(as_text=True)
    assert html.count('class="result"') >= 10
    assets = sum(transferred(client, url)[0] for url in loaded_resources(html)
                 if url.endswith((".css", ".js")))
    assert size + assets <= BUDGET, size + assets


# Pages reached only by POST, filled in as a person would: the shared complete answers of the
# complaint and action tests, a busier complaint (six facts, six exhibits), and qualification
# results with several offences.
BUSY = {**COMPLAINT,
        **{f"facts[{i}].{field}": value for i in range(6) for field, value in (
            ("date", f"2026-09-{10 + i:02d}"),
            ("description", "Nouvelle publication du montage, partagée par plusieurs comptes, "
                            "avec mon nom et le nom de mon employeur en légende."),
            ("platform", "Instagram"), ("urls", f"https://www.instagram.com/p/AbC12{i}/"))},
        **{f"exhibits[{i}].{field}": value for i in range(6) for field, value in (
            ("description", f"Capture d'écran n° {i + 1} de la publication et des commentaires"),
            ("seen_at", f"2026-09-{10 + i:02d}T21:14"),
            ("url", f"https://www.instagram.com/p/AbC12{i}/"), ("sha256", "5e" * 32))}}
SEXTORTION_OF_A_MINOR = {"facts_date": "2025-02-01", "content_type": "real_intimate",
                         "how_obtained": "given_or_self_made", "distribution": "third_party",
                         "threat": "sexual_content", "victim_birth_date": "2010-06-01"}
PARTNER = {"facts_date": "2025-01-10", "content_type": "real_intimate",
           "how_obtained": "captured_without_consent", "distribution": "third_party",
           "author_relationship": "former_partner", "victim_age_at_facts": 30}

# name → (path after the language, form, a sign that the page is the one meant)
POSTED = {
    "complaint review": ("complaint", {**COMPLAINT, "step": "options", "action": "next"},
                         'formaction="/{lang}/complaint/document/pdf"'),
    "complaint review, busy": ("complaint", {**BUSY, "step": "options", "action": "next"},
                               'formaction="/{lang}/complaint/document/pdf"'),
    "complaint print": ("complaint/print", COMPLAINT, "Camille MARTIN"),
    "action review": ("action", {**ACTION, "step": "you", "action": "next"},
                      'formaction="/{lang}/action/plan"'),
    "action plan": ("action/plan", ACTION, 'class="plan'),
    "help near you": ("help-near-you", {"place": "75011"}, "Paris"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", POSTED)
def test_page_reached_by_post_fits_the_budget(client, name, lang):
    path, form, sign = POSTED[name]
    url = localized(f"/{lang}/{path}")
    response = client.post(url, data=form, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200, (name, response.status_code)
    html = client.post(url, data=form).get_data(as_text=True)
    assert localized_links(sign.format(lang=lang)) in html, name
    total, parts = page_cost(client, wire_size(response), html, url)
    assert total <= BUDGET, f"{name} ({lang}): {total} bytes > {BUDGET}: {parts}"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("facts", [COMPLAINT_FACTS, SEXTORTION_OF_A_MINOR, PARTNER],
                         ids=["adult deepfake", "sextortion of a minor", "former partner"])
def test_qualification_result_fits_the_budget(client, facts, lang):
    """The result page, reached step by step as without JavaScript, with several offences."""
    answers = form_answers(facts)
    response, steps = walk(client, lang, answers)
    html = response.get_data(as_text=True)
    assert len(steps) >= 3 and step_of(html) is None and 'class="offence' in html
    total, parts = page_cost(client, wire_size(response), html, localized(f"/{lang}/qualify"))
    assert total <= BUDGET, f"qualification result ({lang}): {total} bytes > {BUDGET}: {parts}"

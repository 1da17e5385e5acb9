"""Every GET page (content, tools, each platform: tests.conftest.all_page_urls), in both languages,
checked the same way (status, one h1 matching the title, lang, unique ids, labelled fields, French
typography)."""

from __future__ import annotations

import re

from tests.conftest import MISSING_NBSP, all_page_urls, parse


def pytest_generate_tests(metafunc):
    for name in ("page_url", "french_page_url"):
        if name in metafunc.fixturenames:
            from app import create_app
            from tests.conftest import FACTS_ON

            urls = all_page_urls(create_app({"TESTING": True, "FACTS_ON": FACTS_ON}))
            if name == "french_page_url":
                urls = [url for url in urls if url.startswith("/fr/")]
            metafunc.parametrize(name, urls)


def test_site_has_pages_in_both_languages(app):
    urls = all_page_urls(app)
    assert any(u.startswith("/fr/") for u in urls) and any(u.startswith("/en/") for u in urls)
    assert "/fr/" in urls and "/en/" in urls
    assert "/fr/plateformes/twitch" in urls and "/en/platforms/onlyfans" in urls


def test_page_is_well_formed(client, page_url):
    response = client.get(page_url)
    assert response.status_code == 200, page_url
    html = response.get_data(as_text=True)
    page = parse(html)
    lang = page_url.split("/")[1]
    assert page.lang == lang
    assert page.h1 == 1, f"{page_url}: {page.h1} h1 elements"
    title = re.search(r"<title>(.*?) · Recours</title>", html, re.S).group(1)
    step = re.fullmatch(r"(?:Step \d+ of \d+|Étape \d+ sur \d+) – (.+)", title)
    if step:  # a tool's step: its title names the step, whose heading follows the tool's h1
        assert f'<h2 id="step-title">{step.group(1)}</h2>' in html, (page_url, title)
        title = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    h1_text = " ".join("".join(page.h1_text).split())
    assert h1_text.startswith(" ".join(title.replace("&#39;", "'").split())[:40]) or \
        title.replace("&#39;", "'").startswith(h1_text[:30]), (title, h1_text)
    duplicates = {i for i in page.ids if page.ids.count(i) > 1}
    assert not duplicates, f"{page_url}: duplicate ids {duplicates}"
    for field in page.fields:
        labelled = field.get("id") in page.label_for or field["_wrapped"] \
            or field.get("aria-label") or field.get("aria-labelledby")
        assert labelled, f"{page_url}: field {field.get('name')} has no label"
    assert 'hreflang="fr"' in html and 'hreflang="en"' in html
    assert "Set-Cookie" not in response.headers


def test_french_typography(client, french_page_url):
    """French text puts a non-breaking space before : ; ! ? (code and quotations excepted)."""
    page_url = french_page_url
    page = parse(client.get(page_url).get_data(as_text=True))
    faults = []
    for chunk_lang, text in page.text_chunks:
        if chunk_lang != "fr":
            continue
        for match in MISSING_NBSP.finditer(text):
            if re.search(r"https?$|\d$", text[: match.start() + 1]):
                continue
            faults.append(text[max(0, match.start() - 30): match.end() + 5].strip())
    assert not faults, f"{page_url}: missing non-breaking space in {faults[:5]}"

"""Response headers graded as the Mozilla HTTP Observatory grades them: grade A+ or the test fails.

Why a local grader: the Observatory only reaches public sites, and a header lost in a refactor
should fail CI, not a scan weeks later. The rules below are the Observatory's scoring table
(https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring), restricted to what a
response can show; HSTS and the HTTP→HTTPS redirect belong to the TLS edge (nginx), so they are
read from the deploy configuration. Scoring as the Observatory does: start at 100, apply the
penalties, and only when the result is 90 or more add the bonuses; A+ is 100 or more.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.browser.conftest import ROOT
from tests.conftest import localized

SIX_MONTHS = 15_552_000
GRADES = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"),
          (50, "C"), (45, "C-"), (40, "D+"), (30, "D"), (25, "D-"), (0, "F")]


def csp(headers) -> dict[str, list[str]]:
    policy = {}
    for part in headers.get("Content-Security-Policy", "").split(";"):
        words = part.split()
        if words:
            policy.setdefault(words[0].lower(), words[1:])
    return policy


def grade_csp(h, edge):
    policy = csp(h)
    if not policy:
        return "csp-not-implemented", -25
    sources = [s for values in policy.values() for s in values]
    script = policy.get("script-src", policy.get("default-src", []))
    if "'unsafe-inline'" in script or "data:" in script or "*" in script:
        return "csp-implemented-with-unsafe-inline", -20
    if "'unsafe-eval'" in script:
        return "csp-implemented-with-unsafe-eval", -10
    if any(s.startswith("http:") for s in sources):
        return "csp-implemented-with-insecure-scheme", -20
    if "'unsafe-inline'" in sources or "'unsafe-eval'" in sources:
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if policy.get("default-src") == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 0


def grade_cookies(h, edge):
    return ("cookies-not-found", 0) if "Set-Cookie" not in h else ("cookies-present", -20)


def grade_cors(h, edge):
    return (("cross-origin-resource-sharing-implemented-with-universal-access", -50)
            if h.get("Access-Control-Allow-Origin") == "*"
            else ("cross-origin-resource-sharing-not-implemented", 0))


def grade_referrer(h, edge):
    value = h.get("Referrer-Policy", "").split(",")[-1].strip().lower()
    if value in ("no-referrer", "same-origin", "strict-origin",
                 "strict-origin-when-cross-origin"):
        return "referrer-policy-private", 5
    if value in ("origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"):
        return "referrer-policy-unsafe", -5
    return "referrer-policy-not-implemented", 0


def grade_hsts(h, edge):
    age = edge.get("hsts_max_age")
    if age is None:
        return "hsts-not-implemented", -20
    if age < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-implemented-max-age-at-least-six-months", 0


def grade_nosniff(h, edge):
    return (("x-content-type-options-nosniff", 0)
            if h.get("X-Content-Type-Options", "").lower() == "nosniff"
            else ("x-content-type-options-not-implemented", -5))


def grade_framing(h, edge):
    if csp(h).get("frame-ancestors") in (["'none'"], ["'self'"]):
        return "x-frame-options-implemented-via-csp", 5
    if h.get("X-Frame-Options", "").upper() in ("DENY", "SAMEORIGIN"):
        return "x-frame-options-sameorigin-or-deny", 0
    return "x-frame-options-not-implemented", -20


def grade_corp(h, edge):
    value = h.get("Cross-Origin-Resource-Policy", "")
    return (f"corp-implemented-with-{value}", 0) if value else ("corp-not-implemented", 0)


# test → grader; each returns (result, score modifier) as listed by the Observatory.
RULES = {
    "content-security-policy": grade_csp,
    "cookies": grade_cookies,
    "cross-origin-resource-sharing": grade_cors,
    "referrer-policy": grade_referrer,
    "strict-transport-security": grade_hsts,
    "x-content-type-options": grade_nosniff,
    "x-frame-options": grade_framing,
    "cross-origin-resource-policy": grade_corp,
    # Subresource integrity: every script is same-origin ('self' in the CSP) → 0.
    # Redirection: the edge listens on 443 only (no plain-HTTP site to redirect) → 0.
}


def observatory(headers, edge) -> tuple[int, str, dict]:
    results = {name: rule(headers, edge) for name, rule in RULES.items()}
    score = 100 + sum(m for _, m in results.values() if m < 0)
    if score >= 90:
        score += sum(m for _, m in results.values() if m > 0)
    return score, next(g for floor, g in GRADES if score >= floor), results


def edge_settings() -> dict:
    """What the TLS edge adds: HSTS from deploy/nginx-security-headers.conf."""
    text = (ROOT / "deploy" / "nginx-security-headers.conf").read_text(encoding="utf-8")
    found = re.search(r'^\s*add_header\s+Strict-Transport-Security\s+"?max-age=(\d+)', text,
                      re.M | re.I)
    return {"hsts_max_age": int(found.group(1)) if found else None}


def fetch(client, kind: str):
    if kind == "content page":
        client.get("/en/sexual-deepfakes")  # the second answer comes from the page cache
        return client.get("/en/sexual-deepfakes")
    if kind == "tool page":
        return client.post(localized("/fr/qualify"), data={"step": "when", "action": "next",
                                                           "facts_date": "2025-03-01"})
    return client.post("/api/v1/qualify", data=json.dumps({"facts_date": "2025-03-01"}),
                       content_type="application/json")


@pytest.mark.parametrize("kind", ["content page", "tool page", "API"])
def test_observatory_grade_is_a_plus(client, kind):
    response = fetch(client, kind)
    assert response.status_code in (200, 422)
    score, grade, results = observatory(response.headers, edge_settings())
    assert grade == "A+", (score, results)
    assert response.headers.get("Cross-Origin-Opener-Policy") == "same-origin"
    assert response.headers.get("X-Frame-Options") == "DENY"  # for browsers without CSP 2


def test_hsts_at_the_tls_edge_covers_the_app_too():
    """The app's answers (tools, API) pass through `location @app`, which includes no header
    file: HSTS must be set at server level there, or those answers lack it."""
    assert (edge_settings()["hsts_max_age"] or 0) >= SIX_MONTHS
    text = (ROOT / "deploy" / "nginx.conf.example").read_text(encoding="utf-8")
    server_level = re.search(r"^    add_header\s+Strict-Transport-Security", text, re.M)
    app_block = text[text.index("location @app"):]
    assert server_level or "Strict-Transport-Security" in app_block


@pytest.mark.parametrize(("headers", "expected"), [
    ({}, "C"),
    ({"Content-Security-Policy": "default-src 'self' 'unsafe-inline'",
      "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY"}, "B+"),
    ({"Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}, "A+"),
    ({"Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
      "Referrer-Policy": "no-referrer", "Set-Cookie": "a=b"}, "B"),
])
def test_the_grader_itself(headers, expected):
    """The grader fails bad headers: otherwise the A+ above would prove nothing."""
    _score, grade, _ = observatory(headers, {"hsts_max_age": SIX_MONTHS})
    assert grade == expected

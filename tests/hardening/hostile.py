"""Hostile inputs and the checks every answer to them must pass, shared by the fuzz modules.

Why one place: each form and API is fuzzed with the same nasty strings (very long, control
characters, NUL, unpaired surrogates, script injection, path traversal, template syntax, huge
numbers, wrong types), and every answer is judged by the same rules — never a 5xx, a bilingual
message for errors, no trace, no unescaped markup — so a new form gets the full treatment by
adding one strategy, not by copying checks.

Example counts scale with RECOURS_FUZZ_SCALE (default 1: the full run, about 5 500 inputs;
0.1 for a quick look). Runs are derandomized so CI sees the same inputs every time.
"""

from __future__ import annotations

import json
import os
import re

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

SCALE = float(os.environ.get("RECOURS_FUZZ_SCALE", "1"))


def fuzz(examples: int):
    """Settings for one fuzz test: `examples` inputs in the full run, stable across runs."""
    return settings(max_examples=max(5, int(examples * SCALE)), deadline=None,
                    derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


# Markup that must never come back as markup. Each carries a marker the checks look for.
INJECTIONS = [
    '<script>alert("INJ1")</script>',
    '"><img src=x onerror=alert("INJ2")>',
    "'><svg onload=INJ3>",
    "</textarea><b id=INJ4>",
    "{{ 7*7 }}INJ5 {% raw %}",
    "javascript:INJ6",
]
RAW_MARKERS = ['<script>alert("INJ1")', "<img src=x onerror", "<svg onload=INJ3",
               "<b id=INJ4", "49INJ5"]
TRAVERSAL = ["../../../../etc/passwd", "..%2f..%2f..%2fetc%2fpasswd", "/etc/passwd\x00.png",
             "....//....//etc/hosts", "C:\\Windows\\win.ini", "file:///etc/passwd"]
CONTROL = ["\x00", "a\x00b", "\x07\x08\x1b[31m", "\r\n\r\nX-Injected: 1", "\u202e\u2066",
           "\ufeff\ufffe\uffff", "\u0085\u2028\u2029", "\t\v\f"]
NUMBERS = ["1e999", "-1e999", "NaN", "Infinity", "9" * 400, "-0", "0x10", "1_000", "٣٠", "３０"]
LONG = ["x" * 5001, "é" * 6001, "a b " * 3000, "\U0001f600" * 2500, "<" * 20000]
HOSTILE_TEXT = INJECTIONS + TRAVERSAL + CONTROL + NUMBERS + LONG + ["", " ", "null", "[]"]

# The JSON endpoints, fuzzed by test_fuzz_api.py; test_fuzz_forms.py fuzzes every other POST.
API_ENDPOINTS = {"api.qualify", "api_documents.create"}

hostile_text = st.sampled_from(HOSTILE_TEXT)
any_text = st.text(st.characters(codec="utf-8"), max_size=60)
surrogate_text = st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1,
                         max_size=4)
text_values = hostile_text | any_text | st.builds(lambda a, b: a + b, hostile_text, any_text)

# A form's own controls, not only its visible fields: button values (`remove:3`, `goto:facts`)
# with any argument, step names, and names of repeated fields with any index. Digits that are
# not ASCII (superscripts, Arabic-Indic, full-width) and numbers past int()'s limit included.
ODD_DIGITS = ["²", "1¹", "٣", "３", "9" * 5000, "0" * 3, "-1", "1e3", " 1", "1\n", "", "00",
              "99", "100"]
odd_numbers = st.sampled_from(ODD_DIGITS) | st.text(st.characters(categories=["Nd", "No"]),
                                                     min_size=1, max_size=6)


def button_values(verbs: list[str], steps: list[str]):
    """What a button named `action` could be sent with: known verbs with odd arguments."""
    args = odd_numbers | st.sampled_from(steps) | hostile_text | any_text
    return (st.sampled_from(verbs)
            | st.builds(lambda verb, arg: f"{verb}:{arg}", st.sampled_from(verbs), args)
            | hostile_text)


def step_names(steps: list[str]):
    return st.sampled_from(steps) | hostile_text | any_text | st.builds(
        lambda step, tail: step + tail, st.sampled_from(steps), odd_numbers)


def group_names(groups: list[str], subs: list[str]):
    """Names of repeated fields (facts[0].date) with odd indexes and parts."""
    return st.builds(lambda g, i, sub: f"{g}[{i}].{sub}", st.sampled_from(groups),
                     odd_numbers | st.integers(-5, 120).map(str), st.sampled_from(subs)
                     | any_text)


# Values a JSON body may hold in place of the expected ones.
json_scalars = (st.none() | st.booleans() | st.integers(-10**400, 10**400)
                | st.floats(allow_nan=True, allow_infinity=True) | text_values)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(any_text | hostile_text, inner, max_size=4),
                           max_leaves=12)

# Bytes no well-behaved client sends: CESU-8 surrogates, overlong UTF-8, deep nesting, BOMs.
RAW_BODIES = [
    b"\xed\xa0\x80", b'{"a": "\xed\xb0\x80"}', b"\xc0\xaf", b"\xff\xfe{}", b"\xef\xbb\xbf{}",
    b"[" * 100_000, b'{"a":' * 50_000, b"%ED%A0%80=%ED%B0%80", b"a=%00&b=%FF%FE",
    b"=&&==&%&%%", b"\x00" * 1000, b"--boundary\r\n\r\n", b"1" * 5000, b"1e999999",
]
raw_bodies = st.sampled_from(RAW_BODIES) | st.binary(max_size=300)


def dumps(value) -> bytes:
    """JSON as a hostile client could send it (surrogates, NaN and huge numbers included)."""
    return json.dumps(value, allow_nan=True).encode("utf-8", "surrogatepass")


TRACE = re.compile(r"Traceback|File \"/|werkzeug\.exceptions|jinja2\.exceptions|"
                   r"\w+Error: |\bat 0x[0-9a-f]+", re.I)
LANG = re.compile(r'<html lang="([a-z]{2})"')


JUDGED = [0]  # answers judged by check() in this session; tests/hardening/fuzz_count.py reads it
FULL_RUN_MINIMUM = 5000


def check(response, lang: str | None, allowed=(200, 400, 404, 405, 413, 422, 429)) -> None:
    """The rules every answer follows, whatever was sent."""
    JUDGED[0] += 1
    status = response.status_code
    assert status < 500, status
    assert status in allowed, status
    if 300 <= status < 400:
        location = response.headers.get("Location", "")
        assert re.match(r"(https?://localhost)?/(?!/)", location), f"redirect off site: {location}"
        return
    body = response.get_data()
    mimetype = response.mimetype
    if mimetype == "application/json":
        payload = json.loads(body)
        if status >= 400:
            messages = ([e["message"] for e in payload.get("errors", [])]
                        or [payload.get("message")])
            assert messages and all(set(m) >= {"fr", "en"} and all(m.values())
                                    for m in messages), payload
        return
    if mimetype != "text/html":  # files and feeds; every error is HTML or JSON
        assert status < 400, (status, mimetype)
        return
    html = body.decode("utf-8")
    found = LANG.search(html)
    assert found, "an HTML answer always says its language"
    if lang is not None:
        assert found.group(1) == lang, (found.group(1), lang)
    assert not TRACE.search(html), TRACE.search(html).group(0)
    for marker in RAW_MARKERS:
        assert marker not in html, f"unescaped markup came back: {marker}"

"""The privacy page says exactly what the site holds, and what it says matches the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PAGES = {
    "en": ("/en/privacy", ["No cookies", "access log", "no IP address", "one minute",
                           "browser history", "screenshots", "the network", "only its first half",
                           "never on disk or in a log", "searches and form pages"]),
    "fr": ("/fr/confidentialite", ["Pas de cookie", "journal d'accès", "ni adresse IP",
                                   "une minute", "historique de votre navigateur",
                                   "captures d'écran", "le réseau", "seulement sa première moitié",
                                   "jamais sur disque ni dans un journal",
                                   "les recherches et les pages de formulaire"]),
}


@pytest.mark.parametrize("lang", PAGES)
def test_the_privacy_page_names_every_trace_and_every_limit(client, lang):
    url, phrases = PAGES[lang]
    response = client.get(url)
    assert response.status_code == 200
    text = re.sub(r"\s+", " ", response.get_data(as_text=True).replace("\u00a0", " "))
    for phrase in phrases:
        assert phrase in text, (lang, phrase)


def test_the_rate_limit_memory_is_as_short_as_the_page_says(app):
    """One minute at most, in memory, IPv6 by its first half (/64), as the page says; the
    behaviour itself is tested in tests/web/test_ratelimit.py."""
    from app.config import DefaultConfig
    from app.web.ratelimit import client_key

    _count, seconds = app.config["RATE_LIMIT_DOCUMENTS"]
    assert seconds <= 60
    assert DefaultConfig.RATELIMIT_STORAGE_URI == "expiring-memory://"
    with app.test_request_context(environ_base={"REMOTE_ADDR": "2001:db8:a:b:c:d:e:f"}):
        assert client_key() == "2001:db8:a:b::/64"
    nginx = (ROOT / "deploy" / "nginx.conf.example").read_text(encoding="utf-8")
    assert all("limit_req_zone $recours_client" in line
               for line in nginx.splitlines() if line.startswith("limit_req_zone"))


def test_the_access_log_formats_hold_no_address_query_agent_or_referrer():
    """What the page promises for the logs, read from the production servers' settings."""
    gunicorn = (ROOT / "deploy" / "gunicorn.conf.py").read_text(encoding="utf-8")
    line = re.search(r"^access_log_format = (.+)$", gunicorn, re.M).group(1)
    for placeholder in ("%(h)s", "%(r)s", "%(q)s", "%(a)s", "%(f)s", "%(u)s", "%({"):
        assert placeholder not in line, placeholder
    granian = (ROOT / "deploy" / "granian.sh").read_text(encoding="utf-8")
    fmt = re.search(r"--access-log-fmt '([^']+)'", granian).group(1)
    for placeholder in ("addr", "query", "user_agent", "referrer"):
        assert placeholder not in fmt, placeholder
    nginx = (ROOT / "deploy" / "nginx.conf.example").read_text(encoding="utf-8")
    fmt = re.search(r"log_format recours_private ([^;]+);", nginx).group(1)
    for variable in ("$remote_addr", "$args", "$request_uri", "$http_", "$query_string",
                     "$request "):
        assert variable not in fmt, variable

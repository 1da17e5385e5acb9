"""Default configuration. Nothing here enables sessions, cookies or storage of answers."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The languages the site speaks, the first being the default: every list of languages reads this.
LANGUAGES = ("fr", "en")
# The territory each language is written for: dates, numbers and documents' language tags.
LOCALES = {"fr": "fr_FR", "en": "en_GB"}


class DefaultConfig:
    # No session is ever used; a random key keeps Flask quiet without persisting anything.
    SECRET_KEY = None
    LANGUAGES = LANGUAGES
    DEFAULT_LANGUAGE = LANGUAGES[0]
    BABEL_DEFAULT_LOCALE = "fr"
    BABEL_TRANSLATION_DIRECTORIES = str(Path(__file__).parent / "translations")
    CONTENT_DIR = str(ROOT / "content")
    # Requests carry at most a complaint with its text fields; files never leave the browser.
    MAX_CONTENT_LENGTH = 256 * 1024
    MAX_FORM_MEMORY_SIZE = 256 * 1024
    MAX_FORM_PARTS = 2000
    # Where the quick-exit link sends the user: a neutral, everyday site.
    QUICK_EXIT_URL = "https://www.google.com/search?q=m%C3%A9t%C3%A9o"
    # Document generation per client address: (requests, seconds). 0 switches the limit off.
    RATE_LIMIT_DOCUMENTS = (30, 60)
    # Where the counts live (Flask-Limiter): each process's memory by default, erased when each
    # window ends; for several processes or hosts a shared store that keeps nothing on disk,
    # e.g. RECOURS_RATELIMIT_STORAGE_URI=memcached://127.0.0.1:11211 (docs/deploying.md).
    RATELIMIT_STORAGE_URI = "expiring-memory://"
    # How many reverse proxies stand in front of the app (nginx, a load balancer): the client's
    # address is then read from X-Forwarded-For. 0 ignores the header (RECOURS_TRUSTED_PROXIES=1).
    TRUSTED_PROXIES = 0
    # security.txt's Contact: the operator's address for security reports (mailto: or https:);
    # unset, it points to the "Report an error" part of the About page.
    SECURITY_CONTACT = None
    # Absolute URLs (canonical links, sitemap) are built from this.
    SITE_URL = "http://127.0.0.1:5000"
    JSON_AS_ASCII = False
    SEND_FILE_MAX_AGE_DEFAULT = 0
    TEMPLATES_AUTO_RELOAD = False

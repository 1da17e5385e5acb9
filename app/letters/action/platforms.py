"""Platform ids the interview offers, with the name a letter prints. Names only (no addresses,
no procedures: those would be facts to source). Anything else is printed as typed."""

from __future__ import annotations

PLATFORMS = {
    "instagram": "Instagram", "facebook": "Facebook", "tiktok": "TikTok", "x": "X (Twitter)",
    "snapchat": "Snapchat", "youtube": "YouTube", "telegram": "Telegram", "reddit": "Reddit",
    "discord": "Discord", "whatsapp": "WhatsApp", "pornhub": "Pornhub",
    "google": "Google Search", "bing": "Microsoft Bing",
}
SEARCH_ENGINES = {"google": "google", "google search": "google", "bing": "bing",
                  "microsoft bing": "bing"}


def display_name(value: str) -> str:
    """The printed name of a platform id, or the free name unchanged."""
    return PLATFORMS.get(value.strip().lower(), value) if value else ""


def engine(value: str) -> str:
    """"google" | "bing" | "other": which search engine's dedicated route to point to."""
    return SEARCH_ENGINES.get((value or "").strip().lower(), "other")

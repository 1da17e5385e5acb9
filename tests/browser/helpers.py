"""What several browser tests do with a page: post a form as the tools' own forms do, move the
focus with Tab, answer fields and radios with the keyboard; and the guided questions' path."""

from __future__ import annotations

# (step, [(field, value)]) — a minor under sextortion, so every kind of step is shown. The threat
# step comes back once a threat is chosen, with its follow-up question.
PATH = [
    ("when", [("facts_date", "2025-03-01"), ("repeated_acts", "no")]),
    ("person", [("victim_age_at_facts", "15")]),
    ("content", [("content_type", "real_intimate")]),
    ("origin", [("how_obtained", "given_or_self_made"), ("age_shown_in_content", "15")]),
    ("sharing", [("distribution", "third_party")]),
    ("threat", [("threat", "sexual_content")]),
    ("threat", [("threat_channel", "private_messages"), ("threat_carried_out", "yes")]),
    ("minor", [("solicited_images_from_minor", "yes")]),
    ("author", [("author_relationship", "stranger"), ("author_age", "adult"),
                ("impersonation", "no"), ("others_joined", "no")]),
]


def submit_post(page, url: str, data: dict) -> None:
    """Submit a POST form with `data` to `url` from the page, as the tools' own forms do."""
    page.evaluate("""([url, data]) => {
        const form = document.createElement('form');
        form.method = 'post'; form.action = url;
        for (const [name, value] of Object.entries(data)) {
            const input = document.createElement('input');
            input.type = 'hidden'; input.name = name; input.value = value;
            form.appendChild(input);
        }
        document.body.appendChild(form); setTimeout(() => form.submit(), 0);
    }""", [url, data])


def post_form(page, url: str, data: dict) -> None:
    """Open `url` by POST with `data` (no answer in a URL), waiting for the new page."""
    with page.expect_navigation():
        submit_post(page, url, data)


def focused(page, attribute: str) -> str | None:
    current = page.locator(":focus")
    return current.first.get_attribute(attribute) if current.count() else None


def focused_text(page) -> str:
    current = page.locator(":focus")
    return current.first.inner_text() if current.count() else ""


def tab_to(page, name: str, value: str | None = None, limit: int = 250) -> None:
    """Press Tab until the field `name` (or the button with that value) has the focus."""
    for _ in range(limit):
        if focused(page, "name") == name and (value is None or focused(page, "value") == value):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{name}={value} cannot be reached with the keyboard")


def type_into(page, name: str, text: str) -> None:
    tab_to(page, name)
    page.keyboard.type(text)


def choose(page, name: str, value: str) -> None:
    """A radio by keyboard: Tab into the group, then arrows until the value is selected."""
    tab_to(page, name)
    page.keyboard.press("Space")
    for _ in range(12):
        if page.locator(f'input[name="{name}"][value="{value}"]').is_checked():
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"{name}={value} cannot be chosen with the keyboard")


def press_button(page, name: str, value: str) -> None:
    tab_to(page, name, value)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def type_date(page, name: str, iso: str) -> None:
    year, month, day = iso.split("-")
    type_into(page, name, f"{int(day)} {int(month)} {year}")  # as the hint says: 5 12 2026


def answer_guided_questions(page, answers: dict[str, str], limit: int = 14) -> list[str]:
    """Answer each step of the guided questions with `answers`, as a person would (tick the
    radio, type the date or the age, then Next), until the result. Returns the steps seen."""
    seen = []
    for _ in range(limit):
        step = page.locator("input[name=step]")
        if step.count() == 0:
            return seen
        seen.append(step.get_attribute("value"))
        for name, value in answers.items():
            field = page.locator(f"[name='{name}']:not([type=hidden])")
            if field.count() == 0:
                continue
            if field.first.get_attribute("type") == "radio":
                page.check(f"#{name}-{value}")
            else:
                page.fill(f"#{name}", value)
        with page.expect_navigation():
            page.click("button[value=next]")
    raise AssertionError(f"no result after {limit} steps: {seen}")


def fill_shown(page, answers: dict[str, str]) -> None:
    """Answer every field of the page that `answers` names, as a person would."""
    for name, value in answers.items():
        fields = page.locator(f'[name="{name}"]:not([type="hidden"])')
        if not fields.count():
            continue
        kind = fields.first.get_attribute("type")
        if kind == "radio":
            page.locator(f'input[name="{name}"][value="{value}"]').check()
        elif kind == "checkbox":
            fields.first.check()
        else:
            fields.first.fill(value)


def answer_interview(page, answers: dict[str, str], last: str, limit: int = 14) -> list[str]:
    """Answer each step of a tool's interview (#step-title) with the fields of `answers` it
    shows, then Continue, until the step titled `last`. Returns the titles seen."""
    seen = []
    for _ in range(limit):
        title = page.locator("#step-title").inner_text()
        seen.append(title)
        assert not page.locator(".error-summary").count(), (seen, page.inner_text("main"))
        if title == last:
            return seen
        fill_shown(page, answers)
        with page.expect_navigation():
            page.locator('button[name="action"][value="next"]:not([hidden])').click()
    raise AssertionError(f"{last!r} not reached: {seen}")

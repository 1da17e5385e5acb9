"""Whatever is posted to the interview, the answer is never a 5xx."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .answers import ANSWERS

NAMES = sorted(ANSWERS) + ["step", "action", "return", "kind", "copy", "tribunal", "signed_on",
                           "first_complaint_date", "refusal_date", "facts[49].date",
                           "facts[50].date", "exhibits[3].sha256", "nope", "facts[x].date"]
ACTIONS = ["next", "back", "add", "search", "remove:0", "remove:99", "goto:review",
           "goto:facts", "goto:", "", "zzz"]
STEPS = ["situation", "writer", "victim", "representative", "where", "author", "facts", "harm",
         "exhibits", "options", "review", "dates", ""]
TEXT = st.text(st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.dictionaries(st.sampled_from(NAMES), TEXT, max_size=8),
       keep=st.booleans(), step=st.sampled_from(STEPS), action=st.sampled_from(ACTIONS),
       path=st.sampled_from(["", "/document/txt", "/print", "/save", "/follow-up"]))
def test_interview_post_never_5xx(client, fields, keep, step, action, path):
    data = {**(ANSWERS if keep else {}), **fields, "step": step, "action": action}
    response = client.post(f"/en/complaint{path}", data=data)
    assert response.status_code in (200, 400, 413, 422)

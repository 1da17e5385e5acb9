"""Three situations people bring most, as the engine's facts and as the guided questions ask
them today, with the first steps the result page must lead with, in order.

(a) a parent for a 14-year-old whose "nudified" image circulates in a class Snapchat group;
(b) an adult man recorded during a video call he had agreed to, blackmailed for money by
    Instagram direct message;
(c) an adult woman whose sexual deepfake is posted on X and Telegram, again and again.

`facts` use every field of POST /api/v1/qualify. `form_for` gives the answers a person gives
the guided questions: each fact the questions ask, in their words; where a fact is not asked (or
its answer not offered) yet, the nearest answer of `form`, and then the page leads with
`form_steps` instead of `steps` (today: the author's age and relationship, the threat's channel,
a recording during an agreed call and the first act's date are not asked).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.interview.qualify import qualify_flow


@dataclass(frozen=True)
class Situation:
    facts: dict
    steps: tuple[str, ...]
    offences: tuple[str, ...]
    form: dict
    form_steps: tuple[str, ...]
    on_complaint: tuple[str, ...] = ()
    services_first: tuple[str, ...] = ()
    minor_author: bool = False
    absent: tuple[str, ...] = field(default=())


PARENT_SNAPCHAT = Situation(
    facts={"facts_date": "2026-11-02", "first_facts_date": "2026-10-20",
           "content_type": "sexual_deepfake", "labelled_as_fake": False,
           "distribution": "third_party", "victim_age_at_facts": 14, "age_shown_in_content": 14,
           "author_relationship": "same_school", "author_age": "minor",
           "repeated_acts": True, "others_joined": "sent_on_or_attacked", "threat": "none",
           "solicited_images_from_minor": False, "impersonation": False},
    steps=("minor_no_copy", "minor_3018", "report_in_app", "report_for_you",
           "school_and_police", "hearing", "author_minor", "take_it_down", "complaint",
           "support"),
    offences=("227-23", "226-8-1", "222-33-2-3"),
    form={"facts_date": "2026-11-02", "content_type": "sexual_deepfake",
          "labelled_as_fake": "no", "distribution": "third_party", "threat": "none",
          "victim_age_at_facts": "14", "solicited_images_from_minor": "no",
          "author_is_partner": "no", "impersonation": "no", "repeated_or_group": "yes"},
    form_steps=("minor_no_copy", "minor_3018", "report_in_app", "report_for_you",
                "school_and_police", "hearing", "author_pupil", "take_it_down", "complaint",
                "support"),
    services_first=("3018",),
    minor_author=True,
    absent=("stopncii", "do_not_pay", "keep_evidence"),
)

WEBCAM_BLACKMAIL = Situation(
    facts={"facts_date": "2026-11-10", "content_type": "real_intimate",
           "how_obtained": "recorded_during_exchange", "distribution": "none",
           "threat": "money_or_other", "threat_channel": "private_messages",
           "victim_age_at_facts": 34, "author_relationship": "stranger",
           "author_age": "unknown", "threat_carried_out": False, "repeated_acts": False,
           "others_joined": "no", "impersonation": False},
    steps=("do_not_pay", "stop_replying", "keep_evidence_threat", "report_in_app",
           "call_sextortion", "if_they_send", "complaint_online", "support"),
    offences=("312-10", "226-1", "226-2-1"),
    form={"facts_date": "2026-11-10", "content_type": "real_intimate",
          "how_obtained": "captured_without_consent", "distribution": "none",
          "threat": "money_or_other", "threat_carried_out": "no",
          "victim_age_at_facts": "34", "author_is_partner": "no", "impersonation": "no",
          "repeated_or_group": "no"},
    form_steps=("do_not_pay", "stop_replying", "keep_evidence_threat", "report_in_app",
                "call_sextortion", "if_they_send", "complaint_online", "support"),
    on_complaint=("226-1", "226-2", "226-2-1"),
    services_first=("17cyber", "infoescroqueries"),
    absent=("minor_no_copy", "minor_3018", "take_it_down", "hearing"),
)

DEEPFAKE_X_TELEGRAM = Situation(
    facts={"facts_date": "2026-11-15", "first_facts_date": "2026-09-01",
           "content_type": "sexual_deepfake", "labelled_as_fake": False,
           "distribution": "public_online", "victim_age_at_facts": 27,
           "author_relationship": "unknown", "author_age": "unknown", "repeated_acts": True,
           "others_joined": "sent_on_or_attacked", "threat": "none", "impersonation": False},
    steps=("keep_evidence", "report_in_app", "report_for_you", "block_copies", "complaint",
           "support"),
    offences=("226-8-1", "222-33-2-2"),
    form={"facts_date": "2026-11-15", "content_type": "sexual_deepfake",
          "labelled_as_fake": "no", "distribution": "public_online", "threat": "none",
          "victim_age_at_facts": "27", "author_is_partner": "no", "impersonation": "no",
          "repeated_or_group": "yes"},
    form_steps=("keep_evidence", "report_in_app", "report_for_you", "block_copies",
                "complaint", "support"),
    services_first=("stopncii",),
    absent=("minor_no_copy", "minor_3018", "take_it_down", "do_not_pay", "hearing"),
)

def form_for(situation: Situation) -> tuple[dict[str, str], tuple[str, ...]]:
    """(answers on the form, the steps the result must lead with for them)."""
    flow = qualify_flow()
    answers, complete = {}, True
    for name, value in situation.facts.items():
        question = flow.by_field.get(name)
        shown = "yes" if value is True else "no" if value is False else str(value)
        if question is None or (question.type == "choice" and shown not in question.choices):
            complete = False
            continue
        answers[name] = shown
    for name, value in situation.form.items():
        if name not in answers and name in flow.by_field:
            answers[name] = value
    return answers, situation.steps if complete else situation.form_steps


SITUATIONS = {"parent for a 14-year-old, Snapchat class group": PARENT_SNAPCHAT,
              "adult man, webcam recording, blackmail by Instagram DM": WEBCAM_BLACKMAIL,
              "adult woman, deepfake posted on X and Telegram": DEEPFAKE_X_TELEGRAM}

"""Hand-written cases from the legal reference: facts → the articles and maximum penalties.

Each penalty here was read from the reference table by hand, on purpose independently of
app/law/data: if the data or the engine drifts from the reference, a case fails.
`offences` is the exact set expected ({article: (prison_years, fine_eur)}, None when the law
data does not hold the version of that date); `not_applicable` is the exact set of articles
ruled out; `limitation` is (years, ends_on), by default six years from the facts; `notes_have`
lists (article, words) that the French notes of that offence must contain; `since` maps an
article to the day its version came into force as the answer must give it (None: the data holds
only a checked text's date or the first day it vouches for).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    name: str
    facts: dict
    offences: dict
    not_applicable: frozenset = frozenset()
    complaint: bool = False
    limitation: tuple | None = None
    services_in: tuple = ()
    services_out: tuple = ()
    first_service: str | None = None
    first_steps: tuple = ()
    caveat_has: tuple = ()
    notes_have: tuple = ()
    since: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)


def case(name, offences, na=(), **kw):
    facts = kw.pop("facts")
    return Case(name, facts, offences, frozenset(na), **kw)


def f(date, content="sexual_deepfake", dist="public_online", **kw):
    return {"facts_date": date, "content_type": content, "distribution": dist, **kw}


ADULT = {"victim_age_at_facts": 30}
NOW = (6, "2031-01-10")  # six years from 10 January 2025

CASES = [
    # Sexual deepfakes after the SREN law (23 May 2024).
    case("sexual deepfake published online", {"226-8-1": (3, 75000)},
         facts=f("2025-01-10", **ADULT), limitation=NOW,
         services_in=("stopncii", "pharos", "pointdecontact", "116006"),
         services_out=("takeitdown", "3018", "17")),
    case("sexual deepfake sent to one person", {"226-8-1": (2, 60000)},
         facts=f("2025-01-10", dist="third_party", **ADULT), limitation=NOW,
         services_in=("stopncii",), services_out=("pharos",)),
    case("labelled sexual deepfake published: label is no defence", {"226-8-1": (3, 75000)},
         ["226-8"], facts=f("2025-03-01", labelled_as_fake=True), limitation=(6, "2031-03-01")),
    case("labelled sexual deepfake sent privately", {"226-8-1": (2, 60000)}, ["226-8"],
         facts=f("2024-06-01", dist="third_party", labelled_as_fake=True),
         limitation=(6, "2030-06-01")),
    case("first day of 226-8-1", {"226-8-1": (3, 75000)}, facts=f("2024-05-23"),
         limitation=(6, "2030-05-23")),
    # Before SREN: 226-8-1 is not retroactive, the old 226-8 may apply (no aggravation then).
    case("day before 226-8-1: old 226-8", {"226-8": (1, 15000)}, ["226-8-1"],
         facts=f("2024-05-22"), limitation=(6, "2030-05-22")),
    case("sexual deepfake sent privately before SREN", {"226-8": (1, 15000)}, ["226-8-1"],
         facts=f("2023-06-01", dist="third_party"), limitation=(6, "2029-06-01")),
    case("labelled sexual deepfake before SREN: nothing applies", {}, ["226-8-1", "226-8"],
         facts=f("2023-06-01", labelled_as_fake=True)),
    case("29 February facts: the period ends on 28 February", {"226-8": (1, 15000)},
         ["226-8-1"], facts=f("2024-02-29"), limitation=(6, "2030-02-28")),
    # 226-8 exists since the 1994 Code pénal: before the first version held, "not held".
    case("montage shared in 2001: 226-8 in force, penalty not held", {"226-8": None},
         ["226-8-1"], facts=f("2001-06-01", "sexual_deepfake", "third_party"),
         notes_have=(("226-8", "Légifrance"),)),
    # Creation without sharing.
    case("sexual deepfake of an adult created, never shown", {}, ["226-8-1"],
         facts=f("2025-02-01", dist="none", **ADULT), services_in=("stopncii",)),
    case("aged exactly 18: an adult", {}, ["226-8-1"],
         facts=f("2025-02-01", dist="none", victim_age_at_facts=18),
         services_out=("3018", "takeitdown")),
    case("sexual deepfake of a 14-year-old created, never shown", {"227-23": (5, 75000)},
         ["226-8-1"], facts=f("2025-02-01", dist="none", victim_age_at_facts=14),
         limitation=(10, "2038-02-02"), services_in=("3018", "119", "takeitdown"),
         services_out=("stopncii", "pharos")),
    case("aged 15, created only: 227-23, earliest majority", {"227-23": (5, 75000)},
         ["226-8-1"], facts=f("2025-02-01", dist="none", victim_age_at_facts=15),
         limitation=(10, "2037-02-02")),
    case("minor 16 with birth date, created only", {"227-23": (5, 75000)}, ["226-8-1"],
         facts=f("2025-02-01", dist="none", victim_birth_date="2008-09-15"),
         limitation=(10, "2036-09-15")),
    # Minors with sharing.
    case("sexual deepfake of a 14-year-old published",
         {"226-8-1": (3, 75000), "227-23": (7, 100000)},
         facts=f("2025-01-10", victim_birth_date="2010-04-10"), limitation=(10, "2038-04-10")),
    case("sexual deepfake of a 16-year-old sent privately (age only)",
         {"226-8-1": (2, 60000), "227-23": (5, 75000)},
         facts=f("2025-01-10", dist="third_party", victim_age_at_facts=16),
         limitation=(10, "2036-01-11")),
    case("minor, published in January 2021: 227-23 version of 1 August 2020",
         {"226-8": (1, 15000), "227-23": (7, 100000)}, ["226-8-1"],
         facts=f("2021-01-15", victim_birth_date="2005-06-01"), limitation=(10, "2033-06-01"),
         since={"227-23": "2020-08-01"}, notes_have=(("227-23", "23 avril 2021"),)),
    case("minor, published in July 2020: 227-23 not held",
         {"226-8": (1, 15000), "227-23": None}, ["226-8-1"],
         facts=f("2020-07-01", victim_birth_date="2005-06-01"), limitation=(10, "2033-06-01"),
         since={"227-23": None}),
    case("minor, published before SREN", {"226-8": (1, 15000), "227-23": (7, 100000)},
         ["226-8-1"], facts=f("2023-03-01", victim_birth_date="2007-12-01"),
         limitation=(10, "2035-12-01")),
    # Non-sexual deepfakes: the label is a defence.
    case("non-sexual deepfake published", {"226-8": (2, 45000)},
         facts=f("2025-02-01", "deepfake"), limitation=(6, "2031-02-01"),
         services_in=("pharos",), services_out=("stopncii", "takeitdown", "pointdecontact")),
    case("non-sexual deepfake sent privately", {"226-8": (1, 15000)},
         facts=f("2025-02-01", "deepfake", "third_party")),
    case("labelled non-sexual deepfake published", {}, ["226-8"],
         facts=f("2025-02-01", "deepfake", labelled_as_fake=True)),
    case("non-sexual deepfake published in 2020: old version, past date still 'at least'",
         {"226-8": (1, 15000)}, facts=f("2020-01-01", "deepfake"),
         limitation=(6, "2026-01-01"), caveat_has=("au moins", "23 avril 2021", "date est passée")),
    case("non-sexual deepfake created only", {}, ["226-8"],
         facts=f("2025-02-01", "deepfake", "none")),
    # Real intimate images.
    case("intimate image captured without consent and published",
         {"226-1": (1, 45000), "226-2": (1, 45000), "226-2-1": (2, 60000)},
         facts=f("2025-01-10", "real_intimate", how_obtained="captured_without_consent",
                 **ADULT),
         complaint=True, limitation=NOW),
    case("captured by a former partner and sent",
         {"226-1": (2, 60000), "226-2": (1, 45000), "226-2-1": (2, 60000)},
         facts=f("2025-01-10", "real_intimate", "third_party",
                 how_obtained="captured_without_consent", author_is_partner=True, **ADULT),
         complaint=True, limitation=NOW, services_in=("3919",)),
    case("captured and kept, never shown",
         {"226-1": (1, 45000), "226-2": (1, 45000), "226-2-1": (2, 60000)},
         facts=f("2025-01-10", "real_intimate", "none",
                 how_obtained="captured_without_consent"), complaint=True, limitation=NOW),
    case("captured in 2023: version of 226-1 of 1 August 2020",
         {"226-1": (1, 45000), "226-2": (1, 45000), "226-2-1": (2, 60000)},
         facts=f("2023-06-01", "real_intimate", "third_party",
                 how_obtained="captured_without_consent"),
         complaint=True, limitation=(6, "2029-06-01"),
         since={"226-1": "2020-08-01", "226-2": None}),
    case("captured in 2021 by a former partner and sent",
         {"226-1": (2, 60000), "226-2": (1, 45000), "226-2-1": (2, 60000)},
         facts=f("2021-06-01", "real_intimate", "third_party",
                 how_obtained="captured_without_consent", author_is_partner=True, **ADULT),
         complaint=True, limitation=(6, "2027-06-01"), services_in=("3919",),
         since={"226-1": "2020-08-01", "226-2": None, "226-2-1": "2016-10-09"},
         notes_have=(("226-2", "1er août 2020"),)),
    case("captured in March 2024: version of 21 February 2024, grade C",
         {"226-1": (1, 45000), "226-2": (1, 45000), "226-2-1": (2, 60000)},
         facts=f("2024-03-01", "real_intimate", "third_party",
                 how_obtained="captured_without_consent"),
         complaint=True, limitation=(6, "2030-03-01"), since={"226-1": "2024-02-21"},
         notes_have=(("226-1", "niveau de preuve C"), ("226-1", "versions qui l'encadrent"))),
    case("captured on 31 July 2020: 226-1 and 226-2 not held",
         {"226-1": None, "226-2": None, "226-2-1": (2, 60000)},
         facts=f("2020-07-31", "real_intimate", "third_party",
                 how_obtained="captured_without_consent"),
         complaint=True, since={"226-1": None, "226-2": None},
         notes_have=(("226-1", "Légifrance"),)),
    case("image given, then sent to others (non-consensual sharing)", {"226-2-1": (2, 60000)},
         facts=f("2025-01-10", "real_intimate", "third_party",
                 how_obtained="given_or_self_made", **ADULT),
         complaint=True, limitation=NOW, services_in=("stopncii", "pointdecontact")),
    case("image given, never shared", {}, ["226-2-1"],
         facts=f("2025-01-10", "real_intimate", "none", how_obtained="given_or_self_made")),
    case("image given, shared before 226-2-1 existed", {}, ["226-2-1"],
         facts=f("2015-06-01", "real_intimate", "third_party",
                 how_obtained="given_or_self_made")),
    case("self-made image of a 16-year-old published: complaint not required",
         {"226-2-1": (2, 60000), "227-23": (7, 100000)},
         facts=f("2024-09-01", "real_intimate", how_obtained="given_or_self_made",
                 victim_birth_date="2008-05-05"),
         limitation=(10, "2036-05-05"),
         services_in=("3018", "119", "takeitdown", "pharos", "pointdecontact"),
         services_out=("stopncii",)),
    case("captured image of a 17-year-old published",
         {"226-1": (1, 45000), "226-2": (1, 45000), "226-2-1": (2, 60000),
          "227-23": (7, 100000)},
         facts=f("2024-12-01", "real_intimate", how_obtained="captured_without_consent",
                 victim_birth_date="2007-03-10"),
         limitation=(10, "2035-03-10")),
    # Identity theft and harassment.
    case("impersonation", {"226-4-1": (1, 15000)},
         facts=f("2025-01-10", "none", "none", impersonation=True), limitation=NOW),
    case("impersonation by a partner", {"226-4-1": (2, 30000)},
         facts=f("2025-01-10", "none", "none", impersonation=True, author_is_partner=True),
         services_in=("3919",)),
    case("pile-on with a published sexual deepfake",
         {"226-8-1": (3, 75000), "222-33-2-2": (2, 30000), "222-33": (3, 45000)},
         facts=f("2025-01-10", repeated_or_group=True, **ADULT), limitation=NOW),
    case("pile-on against a 14-year-old: two circumstances",
         {"226-8-1": (3, 75000), "227-23": (7, 100000), "222-33-2-2": (3, 45000),
          "222-33": (3, 45000)},
         facts=f("2025-01-10", repeated_or_group=True, victim_birth_date="2010-06-01"),
         limitation=(10, "2038-06-01")),
    case("pile-on in 2022 with a published sexual deepfake",
         {"226-8": (1, 15000), "222-33-2-2": (2, 30000), "222-33": (3, 45000)}, ["226-8-1"],
         facts=f("2022-06-01", repeated_or_group=True, **ADULT),
         since={"222-33-2-2": "2022-03-04", "222-33": "2018-08-06", "226-8": "2002-01-01"}),
    case("repeated acts against a 14-year-old in 2023: any minor since 4 March 2022",
         {"222-33-2-2": (2, 30000)},
         facts=f("2023-05-01", "none", "none", repeated_or_group=True,
                 victim_birth_date="2009-01-01"),
         since={"222-33-2-2": "2022-03-04"}),
    case("repeated acts on 3 March 2022: version not held", {"222-33-2-2": None},
         facts=f("2022-03-03", "none", "none", repeated_or_group=True),
         since={"222-33-2-2": None}, notes_have=(("222-33-2-2", "mineur de quinze ans"),)),
    case("repeated acts, nothing else known", {"222-33-2-2": (1, 15000)},
         facts=f("2025-01-10", "none", "none", repeated_or_group=True), limitation=NOW),
    case("repeated acts against a 16-year-old: ordinary time limit",
         {"222-33-2-2": (2, 30000)},
         facts=f("2025-01-10", "none", "none", repeated_or_group=True,
                 victim_age_at_facts=16),
         limitation=NOW, services_in=("3018",)),
    # Sextortion. 312-10 al. 3 only when an online public service is established (public
    # posting, as for 226-8-1); 312-11 never assumed from sharing alone.
    case("pay-or-I-post with a real nude: al. 3 possible, not assumed", {"312-10": (5, 75000)},
         ["226-2-1"],
         facts=f("2025-01-10", "real_intimate", "none", how_obtained="given_or_self_made",
                 threat="money_or_other", **ADULT),
         limitation=NOW, first_service="17", services_in=("infoescroqueries", "stopncii"),
         first_steps=("do_not_pay", "keep_evidence", "stop_contact", "call"),
         notes_have=(("312-10", "alinéa 3"), ("312-10", "messagerie privée"))),
    case("real nude sent privately under threat: neither aggravation assumed",
         {"312-10": (5, 75000), "226-2-1": (2, 60000)}, complaint=False,
         facts=f("2025-01-10", "real_intimate", "third_party", how_obtained="given_or_self_made",
                 threat="money_or_other", **ADULT),
         notes_have=(("312-10", "alinéa 3"), ("312-10", "312-11"))),
    case("real nude posted publicly under threat: al. 3 counted",
         {"312-10": (7, 100000), "226-2-1": (2, 60000)},
         facts=f("2025-01-10", "real_intimate", "public_online", how_obtained="given_or_self_made",
                 threat="money_or_other", **ADULT),
         notes_have=(("312-10", "publié en ligne"), ("312-10", "312-11"))),
    case("money demanded, sexual deepfake published",
         {"312-10": (7, 100000), "226-8-1": (3, 75000)},
         facts=f("2025-01-10", threat="money_or_other", **ADULT), first_service="17"),
    case("money demanded, no images", {"312-10": (5, 75000)},
         facts=f("2025-01-10", "none", "none", threat="money_or_other"),
         services_in=("infoescroqueries",), services_out=("stopncii", "takeitdown")),
    case("threat and a non-sexual deepfake sent: 312-11 not assumed",
         {"312-10": (5, 75000), "226-8": (1, 15000)},
         facts=f("2025-01-10", "deepfake", "third_party", threat="money_or_other"),
         notes_have=(("312-10", "312-11"),)),
    case("sextortion before paragraph 3 existed", {"312-10": (5, 75000)}, ["226-2-1"],
         facts=f("2023-06-01", "real_intimate", "none", how_obtained="given_or_self_made",
                 threat="money_or_other"), limitation=(6, "2029-06-01"),
         notes_have=(("312-10", "texte au 4 avril 2023"),)),
    case("blackmail in 2022: version not held", {"312-10": None},
         facts=f("2022-01-01", "none", "none", threat="money_or_other"),
         limitation=(6, "2028-01-01")),
    case("threat to obtain images from a 14-year-old",
         {"312-10": (5, 75000), "227-23-1": (10, 150000)},
         facts=f("2025-06-01", "none", "none", threat="sexual_content",
                 victim_birth_date="2011-01-01"),
         limitation=(6, "2031-06-01"), first_service="17",
         services_in=("3018", "119", "takeitdown"),
         first_steps=("do_not_send", "keep_evidence", "stop_contact", "call")),
    case("adult soliciting images from a 16-year-old", {"227-23-1": (7, 100000)},
         facts=f("2025-01-10", "none", "none", solicited_images_from_minor=True,
                 victim_age_at_facts=16), limitation=NOW, services_in=("3018",)),
    case("soliciting before 227-23-1 existed", {}, ["227-23-1"],
         facts=f("2020-06-01", "none", "none", solicited_images_from_minor=True,
                 victim_age_at_facts=13)),
    case("sexual demands, repeated, adult",
         {"312-10": (5, 75000), "222-33-2-2": (2, 30000), "222-33": (3, 45000)},
         facts=f("2025-01-10", "none", "none", threat="sexual_content",
                 repeated_or_group=True, **ADULT), limitation=NOW),
    case("sexual demands to a 13-year-old, repeated: 222-33 only probably in 706-47",
         {"312-10": (5, 75000), "227-23-1": (10, 150000), "222-33-2-2": (3, 45000),
          "222-33": (3, 45000)},
         facts=f("2025-06-01", "none", "none", threat="sexual_content",
                 repeated_or_group=True, victim_birth_date="2012-03-03"),
         limitation=(6, "2031-06-01"), caveat_has=("3 mars 2040", "probable")),
    case("sexual deepfake sent by a partner: no partner aggravation in 226-8-1",
         {"226-8-1": (2, 60000)},
         facts=f("2025-01-10", dist="third_party", author_is_partner=True, **ADULT),
         services_in=("3919",)),
]

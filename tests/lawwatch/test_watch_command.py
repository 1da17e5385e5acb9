"""`flask law watch` run on archives in DILA's layout, on the real law data: each case is reported
exactly, the exit status says whether a review is due, and the law data is never written."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from app import create_app
from app.law import load_registry
from app.law.registry import DATA_DIR

from .legi_archives import Export
from .scenario import EXPECTED, full_archive, full_then_daily


@pytest.fixture(scope="module")
def app():
    return create_app({"TESTING": True})


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    folder = tmp_path_factory.mktemp("legi")
    full = full_archive(folder)
    before, daily = full_then_daily(folder)
    return {"full": full, "before": before, "daily": daily}


def watch(app, *args):
    result = app.test_cli_runner().invoke(args=["law", "watch", *map(str, args)])
    return result


def report(app, *paths) -> tuple[int, dict]:
    result = watch(app, "--json", *paths)
    return result.exit_code, json.loads(result.stdout)


def by_rule(data: dict) -> dict:
    return {a["rule"]: a for a in data["articles"]}


def test_a_full_archive_reports_each_case(app, archives):
    code, data = report(app, archives["full"])
    assert code == 1 and data["changed"] is True
    assert data["on"] == "2026-12-01"
    assert data["archives"] == [{"name": archives["full"].name, "kind": "full",
                                 "date": "2026-12-01", "files": 12, "deletions": 0}]
    statuses = {rule: a["status"] for rule, a in by_rule(data).items()}
    assert {r: s for r, s in statuses.items() if s != "not_found"} == EXPECTED
    assert len(statuses) == len(load_registry(DATA_DIR).all())


def test_unchanged_is_the_version_held_with_the_stored_words(app, archives):
    article = by_rule(report(app, archives["full"])[1])["226-8"]
    assert article["matched_by"] == "identifier"
    assert article["in_force"]["id"] == "LEGIARTI000049571542"
    assert article["in_force"]["text_changes"] == [] and article["notes"] == []


def test_a_changed_text_gives_the_new_version_and_a_word_diff(app, archives):
    article = by_rule(report(app, archives["full"])[1])["226-2-1"]
    seen = article["in_force"]
    assert (seen["id"], seen["start"], seen["end"]) == ("LEGIARTI000052600001", "2026-11-01", None)
    assert [(c["removed"], c["added"]) for c in seen["text_changes"]] == [("", "écrit")]
    assert seen["text_changes"][0]["context_before"].endswith("en l'absence d'accord")
    assert seen["penalty_changes"] == []


def test_a_changed_penalty_is_reported_as_such(app, archives):
    article = by_rule(report(app, archives["full"])[1])["226-8-1"]
    changes = article["in_force"]["penalty_changes"]
    assert [c["sentence"] for c in changes] == [
        "226-8-1 al. 3: 3 years, €75,000 → 4 years, €75,000 (held as aggravation online_public)"]
    assert changes[0]["before"] == {"prison_years": 3, "fine_eur": 75000}
    assert changes[0]["after"] == {"prison_years": 4, "fine_eur": 75000}


def test_a_version_announced_for_later_is_not_a_change_of_the_version_in_force(app, archives):
    article = by_rule(report(app, archives["full"])[1])["226-1"]
    assert article["in_force"]["id"] == "LEGIARTI000049312755"
    assert article["in_force"]["end"] == "2026-12-31"
    assert [(f["id"], f["start"], f["state"]) for f in article["future"]] == [
        ("LEGIARTI000052700003", "2027-01-01", "VIGUEUR_DIFF")]
    added = [c["added"] for c in article["future"][0]["text_changes"]]
    assert added == ["La tentative est punie des mêmes peines."]


def test_an_article_without_id_is_found_by_number_and_its_repeal_reported(app, archives):
    article = by_rule(report(app, archives["full"])[1])["223-1-1"]
    assert article["matched_by"] == "number"
    assert article["reason"] == "repealed"
    assert (article["ended"]["state"], article["ended"]["end"]) == ("ABROGE", "2026-08-31")
    assert article["identifiers_found"]["versions"] == {"2024-03-23": "LEGIARTI000049299999"}


def test_a_daily_archive_applies_its_changes_and_deletions_on_the_full_one(app, archives):
    # Given out of order: the names' time stamps decide.
    code, data = report(app, archives["daily"], archives["before"])
    assert code == 1
    assert [a["kind"] for a in data["archives"]] == ["full", "incremental"]
    articles = by_rule(data)
    statuses = {r: a["status"] for r, a in articles.items() if a["status"] != "not_found"}
    assert statuses == {**EXPECTED, "226-6": "repealed_or_moved"}
    assert articles["226-6"]["reason"] == "removed_from_base"
    assert articles["226-6"]["removed_by"] == archives["daily"].name
    assert articles["226-8-1"]["in_force"]["archive"] == archives["daily"].name


def test_a_daily_archive_alone_finds_only_what_it_carries(app, archives):
    articles = by_rule(report(app, archives["daily"])[1])
    assert articles["226-8"]["status"] == "not_found"
    assert articles["226-8-1"]["status"] == "changed"


def test_nothing_changed_exits_0(app, archives):
    result = watch(app, archives["before"])
    assert result.exit_code == 0, result.stdout
    assert "Nothing changed." in result.stdout
    assert "== Unchanged (6)" in result.stdout


def test_the_text_report_names_each_case(app, archives):
    result = watch(app, archives["full"])
    out = result.stdout
    assert result.exit_code == 1
    # Every other rule held is absent from the fixture archives.
    absent = len(load_registry(DATA_DIR).all()) - 5
    for heading in ("== Repealed or moved (1)", "== Text changed (2)",
                    "== New version announced (future start) (1)", "== Unchanged (1)",
                    f"== Not found in these archives ({absent})"):
        assert heading in out
    assert "[-trois-] {+quatre+}" in out
    assert "penalty: 226-8-1 al. 3: 3 years, €75,000 → 4 years, €75,000" in out
    assert "announced: LEGIARTI000052700003 from 2027-01-01" in out


def _cut(path: Path, folder: Path) -> Path:
    cut = folder / ("cut_" + path.name)
    data = path.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    return cut


@pytest.mark.parametrize("make", ["missing", "cut", "not_gzip", "not_legi", "bad_xml"])
def test_an_unreadable_archive_exits_2_with_a_clear_message(app, archives, tmp_path, make):
    if make == "missing":
        path = tmp_path / "LEGI_20261202-210000.tar.gz"
    elif make == "cut":
        path = _cut(archives["full"], tmp_path)
    elif make == "not_gzip":
        path = tmp_path / "LEGI_20261202-210000.tar.gz"
        path.write_text("<html>Service unavailable</html>")
    elif make == "not_legi":
        path = tmp_path / "LEGI_20261202-210000.tar.gz"
        import tarfile

        with tarfile.open(path, "w:gz") as tar:
            tar.add(DATA_DIR / "226-8.yaml", arcname="other/226-8.yaml")
    else:
        from .legi_archives import Article

        export = Export("20261202-210000", False,
                        [Article("LEGIARTI000049567458", "226-8-1", "2024-05-23", text="x")])
        path = export.write(tmp_path)
        raw = gzip.decompress(path.read_bytes()).replace(b"</ARTICLE>", b"</ARTICL>")
        path.write_bytes(gzip.compress(raw))
    result = watch(app, archives["before"], path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert path.name in result.stderr and "cannot read an archive" in result.stderr


def _digest(folder: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(folder.glob("*.yaml")):
        sha.update(path.name.encode() + path.read_bytes())
    return sha.hexdigest()


def test_proposals_are_written_apart_load_strictly_and_leave_the_data_alone(app, archives,
                                                                          tmp_path):
    before = _digest(DATA_DIR)
    out = tmp_path / "proposal"
    result = watch(app, archives["full"], "--write-proposal", out)
    assert result.exit_code == 1
    assert _digest(DATA_DIR) == before
    written = sorted(p.name for p in out.glob("*.yaml"))
    assert written == ["223-1-1.yaml", "226-1.yaml", "226-2-1.yaml", "226-8-1.yaml", "226-8.yaml"]
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    for name in written:
        shutil.copy(out / name, data / name)
    law = load_registry(data)
    assert law.offence("226-8").checked_on.isoformat() == "2026-12-01"
    new = law.offence("226-8-1").current
    assert (new.legifrance_id, new.start.isoformat()) == ("LEGIARTI000052500002", "2026-10-15")
    assert new.aggravations[0].penalty.prison_years == 4
    assert "quatre ans" in new.text["fr"] and new.uncertain is not None
    assert law.offence("226-8-1").versions[0].end.isoformat() == "2026-10-14"
    assert law.offence("226-1").current.start.isoformat() == "2027-01-01"
    assert law.offence("223-1-1").current.end.isoformat() == "2026-08-31"
    assert law.offence("223-1-1").current.legifrance_id == "LEGIARTI000049299999"
    review = (out / "REVIEW.md").read_text()
    assert "## 226-8-1" in review and "to check" in review


def test_the_watch_is_imported_by_nothing_below_it():
    import ast

    app_dir = Path(__file__).resolve().parents[2] / "app"
    for path in app_dir.rglob("*.py"):
        if "lawwatch" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if isinstance(node, ast.ImportFrom) and node.module == "app":
                names = [f"app.{a.name}" for a in node.names]
            assert not any(n.startswith("app.lawwatch") for n in names), path


def test_an_article_found_by_number_and_then_removed_by_a_deletion_list(app, tmp_path):
    from .legi_archives import CODE_PENAL, Article, article_path
    from .scenario import stored_text

    held = Article("LEGIARTI000049299999", "223-1-1", "2024-03-23", text=stored_text("223-1-1"))
    full = Export("20260701-120000", True, [held]).write(tmp_path)
    daily = Export("20260702-210000", False, [],
                   deleted=[article_path(CODE_PENAL, held.id) + " D"]).write(tmp_path)
    code, data = report(app, full, daily)
    article = by_rule(data)["223-1-1"]
    assert code == 1
    assert (article["status"], article["reason"], article["removed_by"]) == (
        "repealed_or_moved", "removed_from_base", daily.name)


def test_a_file_far_larger_than_an_article_is_refused(app, tmp_path):
    from .legi_archives import Article

    huge = Article("LEGIARTI000049567458", "226-8-1", "2024-05-23", text="mot " * 2_500_000)
    path = Export("20261202-210000", False, [huge]).write(tmp_path)
    result = watch(app, path)
    assert result.exit_code == 2
    assert "far more than a LEGI file" in result.stderr


def test_on_a_later_day_the_announced_version_is_the_one_in_force(app, archives):
    code, data = report(app, "--on", "2027-01-02", archives["full"])
    article = by_rule(data)["226-1"]
    assert data["on"] == "2027-01-02" and code == 1
    assert article["status"] == "changed"
    assert article["in_force"]["id"] == "LEGIARTI000052700003"
    assert [c["added"] for c in article["in_force"]["text_changes"]] == [
        "La tentative est punie des mêmes peines."]

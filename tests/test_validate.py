"""Listing every problem in an events file at once."""

from chinaspace import validate
from chinaspace.paths import RAW, SAMPLES


def test_the_sample_with_errors_has_one_problem_per_broken_row():
    problems = validate.event_problems(SAMPLES / "events_with_errors.csv")
    assert problems[["line", "column"]].values.tolist() == [
        [3, "date_text"], [4, "country"], [5, "source_id"], [6, "event_id"]]
    assert problems.loc[1, "value"] == "Peoples Republic of China"


def test_the_committed_events_have_no_problems():
    for path in sorted((RAW / "events").glob("*.csv")):
        assert validate.event_problems(path).empty, path.name


def test_an_unreadable_file_is_one_problem(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"event_id,date_text\n")
    problems = validate.event_problems(path)
    assert len(problems) == 1
    assert problems.loc[0, "line"] == 1

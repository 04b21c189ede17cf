"""`jobboard replay` over the transcript corpus, and its handling of failing and broken files."""

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from jobboard.commands.replay import replay
from jobboard.services.smartbot import DemoSmartBot
from jobboard.services.smartbot.transcripts import load_transcript, replay_transcript

DIALOGS = Path(__file__).resolve().parents[1] / "dialogs"


def transcript(**overrides) -> dict:
    data = json.loads((DIALOGS / "ru_python_strong.json").read_text(encoding="utf-8"))
    data.update(overrides)
    return data


def write(tmp_path: Path, name: str, content) -> Path:
    path = tmp_path / name
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def test_corpus_has_both_languages_and_many_professions():
    files = sorted(DIALOGS.glob("*.json"))
    data = [json.loads(path.read_text(encoding="utf-8")) for path in files]

    assert len(files) >= 24
    assert {item["lang"] for item in data} == {"ru", "kk"}
    assert len({item["vacancy"]["title"] for item in data}) >= 6


def test_corpus_replays_with_every_expectation_met():
    result = CliRunner().invoke(replay, [str(DIALOGS)])

    assert result.exit_code == 0, result.output
    count = len(list(DIALOGS.glob("*.json")))
    assert f"{count} transcripts: {count} passed, 0 failed, 0 unreadable" in result.output


def test_replay_counts_one_transcript_in_singular(tmp_path):
    path = write(tmp_path, "one.json", transcript())

    result = CliRunner().invoke(replay, ["--quiet", str(path)])

    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "1 transcript: 1 passed, 0 failed, 0 unreadable"


def test_replay_prints_dialog_and_score(tmp_path):
    path = write(tmp_path, "one.json", transcript())

    result = CliRunner().invoke(replay, [str(path)])

    assert result.exit_code == 0
    assert "bot: Здравствуйте!" in result.output
    assert "candidate: Да, с Docker работаю каждый день" in result.output
    assert "factors: skills" in result.output
    assert "PASS" in result.output
    assert "score " in result.output


def test_unmet_expectation_exits_non_zero(tmp_path):
    path = write(tmp_path, "strict.json", transcript(expect={"score": [0, 10], "questions_include": ["Kubernetes"]}))

    result = CliRunner().invoke(replay, ["--quiet", str(path)])

    assert result.exit_code == 1
    assert "FAIL" in result.output
    assert "is outside [0, 10]" in result.output
    assert "no question mentions 'Kubernetes'" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "invalid JSON at line 1"),
        ([1, 2], "the top level must be a JSON object"),
        (transcript(lang="en"), "'lang' must be \"ru\" or \"kk\""),
        (transcript(candidate_turns="да"), "'candidate_turns' must be a list of strings"),
        (transcript(vacancy={"description": "no title"}), "'vacancy' must be an object with a 'title' string"),
        (transcript(expect={"score": 90}), "'expect.score' must be [min, max]"),
        (transcript(expect={"scroe": [1, 2]}), "unknown keys in 'expect': scroe"),
        (transcript(as_of="04.12.2026"), "'as_of' must be a date as \"YYYY-MM-DD\", got '04.12.2026'"),
        (transcript(as_of="2026-02-30"), "'as_of' is not a valid date: '2026-02-30'"),
    ],
)
def test_bad_file_gives_one_error_line(tmp_path, content, message):
    path = write(tmp_path, "bad.json", content)

    result = CliRunner().invoke(replay, [str(path)])

    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def with_row_change(row: str, **changes) -> dict:
    data = transcript()
    data[row] = {**data[row], **changes}
    return data


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (with_row_change("vacancy", salary_min="много"), "'vacancy.salary_min' must be a number or null, got a string"),
        (with_row_change("vacancy", salary_max={"from": 1}), "'vacancy.salary_max' must be a number or null, got an object"),
        (with_row_change("vacancy", salary_min=True), "'vacancy.salary_min' must be a number or null, got a boolean"),
        (with_row_change("vacancy", salary_min=-5), "'vacancy.salary_min' must be from 0 to 9999999999.99, got -5"),
        (with_row_change("resume", desired_salary=10**400),
         "'resume.desired_salary' must be from 0 to 9999999999.99, got 10000000000000000000... (401 characters)"),
        (with_row_change("vacancy", experience_level=["middle"]),
         "'vacancy.experience_level' must be a string or null, got an array"),
        (with_row_change("resume", skills=42), "'resume.skills' must be a string or null, got a number"),
        (with_row_change("vacancy", remote_work="да"), "'vacancy.remote_work' must be true, false or null, got a string"),
        ('{"name": "x", "n": ' + "9" * 5000 + "}", "a number in the file has too many digits to read"),
        ("[" * 100_000, "invalid JSON"),
    ],
    ids=["text-salary", "object-salary", "boolean-salary", "negative-salary", "huge-salary", "array-level",
         "number-skills", "text-remote", "5000-digits", "deep-nesting"],
)
def test_bad_row_field_gives_one_error_line(tmp_path, content, message):
    path = write(tmp_path, "bad.json", content)

    result = CliRunner().invoke(replay, ["--quiet", str(path)])

    assert result.exit_code == 1
    assert f"ERROR {path}: {message}" in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize(
    ("field", "place"),
    [("name", "'name'"), ("candidate_turns", "'candidate_turns[1]'"), ("vacancy", "'vacancy.requirements'")],
)
def test_lone_surrogate_is_one_error_line(tmp_path, field, place):
    data = transcript()
    if field == "name":
        data["name"] = "Python \ud800 разработчик"
    elif field == "candidate_turns":
        data["candidate_turns"][1] = "Через \udc00 неделю."
    else:
        data["vacancy"]["requirements"] += " \udfff"
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # ASCII escapes keep the surrogate writable

    result = CliRunner().invoke(replay, ["--quiet", str(path)])

    assert result.exit_code == 1
    assert f"ERROR {path}: {place} contains a lone surrogate" in result.output
    assert result.output.splitlines()[-1] == "1 transcript: 0 passed, 0 failed, 1 unreadable"


def test_engine_error_names_the_file_and_goes_on(tmp_path, monkeypatch):
    write(tmp_path, "a_crash.json", transcript(name="crash"))
    write(tmp_path, "b_good.json", transcript())
    original = replay_transcript

    def crash_on_first(loaded, bot):
        if loaded.name == "crash":
            raise ZeroDivisionError("division by zero")
        return original(loaded, bot)

    monkeypatch.setattr("jobboard.commands.replay.replay_transcript", crash_on_first)

    result = CliRunner().invoke(replay, ["--quiet", str(tmp_path)])

    assert result.exit_code == 1
    assert f"ERROR {tmp_path / 'a_crash.json'}: the replay raised ZeroDivisionError: division by zero" in result.output
    assert f"PASS {tmp_path / 'b_good.json'}" in result.output
    assert result.output.splitlines()[-1] == "2 transcripts: 1 passed, 1 failed, 0 unreadable"


def test_missing_path_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(replay, [str(tmp_path / "nowhere")])

    assert result.exit_code == 1
    assert "no such file or folder" in result.output


def test_empty_folder_is_an_error(tmp_path):
    result = CliRunner().invoke(replay, [str(tmp_path)])

    assert result.exit_code == 1
    assert "no *.json transcripts found" in result.output


def test_transcript_as_of_dates_experience(tmp_path):
    data = transcript(as_of="2021-06-01")
    data["resume"].update(summary="Пишу сервисы на Python.",
                          experience="С 2019 года по настоящее время, ТОО «Kaspi Lab»: Python, Django, PostgreSQL.")
    path = write(tmp_path, "ongoing.json", data)

    result = replay_transcript(load_transcript(path), DemoSmartBot())

    assert result.assessment.reasons["experience"]["reason"].startswith("Опыт: 2 года;")


UNDATED = [path for path in sorted(DIALOGS.glob("*.json")) if "as_of" not in json.loads(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("path", UNDATED, ids=lambda path: path.name)
def test_undated_transcript_ignores_year(path):
    loaded = load_transcript(path)

    now = replay_transcript(dataclasses.replace(loaded, as_of=date(2026, 12, 4)), DemoSmartBot())
    later = replay_transcript(dataclasses.replace(loaded, as_of=date(2045, 1, 1)), DemoSmartBot())

    assert later.messages == now.messages
    assert later.assessment == now.assessment

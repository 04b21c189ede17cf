"""The engine's ranking of candidates against the recruiters' order in tests/ranking."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RANKING = ROOT / "tests" / "ranking"


def load_script():
    spec = importlib.util.spec_from_file_location("ranking_check", ROOT / "scripts" / "ranking_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ranking_cases_cover_six_vacancies_with_four_candidates():
    files = sorted(RANKING.glob("*.json"))
    cases = [json.loads(path.read_text(encoding="utf-8")) for path in files]

    assert len(cases) >= 6
    assert all(len(case["candidates"]) >= 4 for case in cases)
    assert {case["lang"] for case in cases} == {"ru", "kk"}


def test_overall_kendall_tau_reaches_target(capsys):
    script = load_script()

    status = script.main([str(RANKING)])

    output = capsys.readouterr().out
    overall = float(output.strip().splitlines()[-1].rsplit(" ", 1)[1])
    assert overall >= 0.8, output
    assert status == 0


def test_every_vacancy_puts_recruiters_best_candidate_first():
    script = load_script()
    from jobboard.services.smartbot import DemoSmartBot

    for path in sorted(RANKING.glob("*.json")):
        result = script.check_file(path, DemoSmartBot())
        best = max(result.candidates, key=lambda candidate: candidate.score)
        assert best is result.candidates[0], f"{path.name}: {best.name} outranks {result.candidates[0].name}"


def test_kendall_tau_counts_discordant_pairs():
    script = load_script()
    ranked = [script.RankedCandidate("a", 90), script.RankedCandidate("b", 95), script.RankedCandidate("c", 10)]
    result = script.VacancyResult(Path("x.json"), "t", "ru", ranked, concordant=2, discordant=1)

    assert result.pairs == 3
    assert round(result.tau, 3) == 0.333
    assert round(script.pooled_tau([result, result]), 3) == 0.333

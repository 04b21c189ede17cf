"""Check that SmartBot ranks candidates the way a recruiter would.

Each file in tests/ranking contains one vacancy and its candidates in the order a recruiter
agreed on, best first, and optionally "as_of" ("YYYY-MM-DD"), the day open-ended
experience («с 2019 года») is counted to (today when absent). Every candidate goes through a demo-mode dialog: at each step the
candidate gives the answer listed for the step's topic (skills, experience, location,
salary, languages, start, motivation, achievement) or a non-answer when none is listed.
The script prints the scores and the Kendall tau between the recruiter's order and the
engine's, per vacancy and pooled over all pairs, and exits with status 1 when the pooled
tau is below --min-tau.

Usage: python scripts/ranking_check.py [PATH ...] [--min-tau 0.8]
"""

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from jobboard.services.smartbot import DemoSmartBot, DialogContext  # noqa: E402
from jobboard.services.smartbot.analysis import analyze  # noqa: E402
from jobboard.services.smartbot.plan import MAX_QUESTIONS  # noqa: E402

DEFAULT_FOLDER = ROOT / "tests" / "ranking"
NO_ANSWER = {"ru": "Затрудняюсь ответить.", "kk": "Жауап беруге қиналамын."}


@dataclass(frozen=True)
class RankedCandidate:
    name: str
    score: Decimal


@dataclass(frozen=True)
class VacancyResult:
    path: Path
    title: str
    lang: str
    candidates: list  # RankedCandidate in the recruiter's order
    concordant: int
    discordant: int

    @property
    def pairs(self) -> int:
        count = len(self.candidates)
        return count * (count - 1) // 2

    @property
    def tau(self) -> float:
        return (self.concordant - self.discordant) / self.pairs if self.pairs else 1.0


def interview(bot, vacancy: dict, resume: dict | None, lang: str, cover_letter: str | None, answers: dict,
              as_of: date | None = None) -> Decimal:
    """Run one dialog, answering each step from `answers` by topic, and return the final score."""
    messages: list[dict] = []

    def context() -> DialogContext:
        return DialogContext(vacancy, resume, lang, list(messages), cover_letter, as_of=as_of)

    messages.append({"role": "system", "content": bot.system_note(context())})
    messages.append({"role": "assistant", "content": bot.open(context()).text})
    for _ in range(2 * MAX_QUESTIONS + 1):  # each step is asked at most twice
        step = analyze(context()).progress.current
        if step is None:
            break
        messages.append({"role": "candidate", "content": answers.get(step.topic, NO_ANSWER[lang])})
        messages.append({"role": "assistant", "content": bot.reply(context()).text})
    return bot.complete(context()).relevance_score


def with_decimals(row: dict | None, names: tuple[str, ...]) -> dict | None:
    if row is None:
        return None
    return {key: Decimal(str(value)) if key in names and value is not None else value for key, value in row.items()}


def check_file(path: Path, bot) -> VacancyResult:
    data = json.loads(path.read_text(encoding="utf-8"))
    vacancy = with_decimals(data["vacancy"], ("salary_min", "salary_max"))
    lang = data.get("lang", "ru")
    as_of = date.fromisoformat(data["as_of"]) if data.get("as_of") is not None else None
    ranked = []
    for candidate in data["candidates"]:
        resume = with_decimals(candidate.get("resume"), ("desired_salary",))
        score = interview(bot, vacancy, resume, lang, candidate.get("cover_letter"), candidate.get("answers", {}),
                          as_of)
        ranked.append(RankedCandidate(candidate["name"], score))
    concordant = discordant = 0
    for better in range(len(ranked)):
        for worse in range(better + 1, len(ranked)):
            if ranked[better].score > ranked[worse].score:
                concordant += 1
            elif ranked[better].score < ranked[worse].score:
                discordant += 1
    return VacancyResult(path, vacancy["title"], lang, ranked, concordant, discordant)


def pooled_tau(results: list[VacancyResult]) -> float:
    """Return Kendall tau over all candidate pairs within each vacancy; ties in score count as neither."""
    pairs = sum(result.pairs for result in results)
    if not pairs:
        return 1.0
    return sum(result.concordant - result.discordant for result in results) / pairs


def find_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths or [str(DEFAULT_FOLDER)]:
        path = Path(raw)
        files.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print Kendall tau between recruiter and SmartBot rankings.")
    parser.add_argument("paths", nargs="*", help="ranking files or folders (default: tests/ranking)")
    parser.add_argument("--min-tau", type=float, default=0.8, help="pooled tau below this exits with status 1")
    args = parser.parse_args(argv)

    bot = DemoSmartBot()
    results = []
    for path in find_files(args.paths):
        try:
            result = check_file(path, bot)
        except (OSError, ValueError, KeyError, TypeError) as error:
            print(f"error: {path}: cannot read the ranking case ({type(error).__name__}: {error})", file=sys.stderr)
            return 2
        results.append(result)
        print(f"{path.name} [{result.lang}] {result.title}")
        for position, candidate in enumerate(result.candidates, start=1):
            print(f"  {position}. {candidate.score:>6}  {candidate.name}")
        print(f"  Kendall tau: {result.tau:.2f}")

    overall = pooled_tau(results)
    pairs = sum(result.pairs for result in results)
    print(f"Overall Kendall tau over {len(results)} vacancies ({pairs} pairs): {overall:.2f}")
    return 0 if overall >= args.min_tau else 1


if __name__ == "__main__":
    sys.exit(main())

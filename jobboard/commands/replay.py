"""`jobboard replay`: run stored dialog transcripts through SmartBot's demo mode and check them."""

import click

from jobboard.services.smartbot import DemoSmartBot
from jobboard.services.smartbot.transcripts import (
    ReplayResult,
    TranscriptError,
    find_transcripts,
    load_transcript,
    replay_transcript,
)

_ROLE_LABELS = {"assistant": "bot", "candidate": "candidate"}


@click.command("replay")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-q", "--quiet", is_flag=True, help="Print one line per transcript instead of the whole dialog.")
def replay(paths: tuple[str, ...], quiet: bool) -> None:
    """Replay dialog transcripts (JSON files or folders of them) in demo mode and check their expectations.

    Exits with status 1 when a transcript cannot be read or any expectation is not met.
    """
    try:
        files = find_transcripts(list(paths))
    except TranscriptError as error:
        raise click.ClickException(str(error)) from None
    if not files:
        raise click.ClickException(f"no *.json transcripts found in {', '.join(paths)}")

    bot = DemoSmartBot()
    passed = failed = broken = 0
    for path in files:
        try:
            transcript = load_transcript(path)
        except TranscriptError as error:
            click.echo(f"ERROR {_printable(str(error))}", err=True)
            broken += 1
            continue
        try:
            result = replay_transcript(transcript, bot)
        except Exception as error:  # noqa: BLE001 - one broken dialog must not stop the rest
            # The transcript passed validation, so this is an engine bug: name it and go on.
            click.echo(f"ERROR {_printable(str(path))}: the replay raised {type(error).__name__}: "
                       f"{_printable(str(error))}", err=True)
            failed += 1
            continue
        _print_result(result, quiet)
        if result.passed:
            passed += 1
        else:
            failed += 1

    noun = "transcript" if len(files) == 1 else "transcripts"
    click.echo(f"{len(files)} {noun}: {passed} passed, {failed} failed, {broken} unreadable")
    if failed or broken:
        raise SystemExit(1)


def _printable(text: str) -> str:
    """Return `text` with lone surrogates (from undecodable file names) backslash-escaped.

    Echoing a lone surrogate to a UTF-8 stream raises UnicodeEncodeError.
    """
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _print_result(result: ReplayResult, quiet: bool) -> None:
    transcript = result.transcript
    assessment = result.assessment
    status = "PASS" if result.passed else "FAIL"
    headline = (f"{status} {_printable(str(transcript.path))} [{transcript.lang}] {transcript.name}: "
                f"score {assessment.relevance_score}, {len(result.questions)} questions")
    if quiet:
        click.echo(headline)
    else:
        click.echo(f"=== {_printable(str(transcript.path))} [{transcript.lang}] {transcript.name}")
        for message in result.messages:
            label = _ROLE_LABELS.get(message["role"])
            if label:
                click.echo(f"  {label}: {message['content']}")
        factors = ", ".join(f"{key} {value['score']:g}" for key, value in assessment.reasons.items())
        click.echo(f"  factors: {factors}")
        click.echo(f"  summary: {assessment.summary_text.splitlines()[0] if assessment.summary_text else ''}")
        click.echo(f"  {headline}")
    for failure in result.failures:
        click.echo(f"    - {failure}")

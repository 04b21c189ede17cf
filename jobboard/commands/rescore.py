"""The `rescore` command: recompute stored sessions' relevance with the current factor model."""

import logging
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import click

from jobboard.api.jobs.queries import get_job
from jobboard.api.smartbot import queries
from jobboard.api.smartbot.service import build_context
from jobboard.commands.common import load_settings, open_database, resolve_database_url
from jobboard.schema import schema_exists
from jobboard.services.smartbot import build_smartbot

logger = logging.getLogger(__name__)


# How many of the largest changes the summary lists session by session.
LISTED_CHANGES = 10


@dataclass
class RescoreStats:
    visited: int = 0
    changed: int = 0
    deltas: list[Decimal] = field(default_factory=list)
    changes: list[tuple[int, Decimal | None, Decimal]] = field(default_factory=list)

    def record(self, session_id: int, old: Decimal | None, new: Decimal) -> bool:
        self.visited += 1
        if old is not None and old == new:
            return False
        self.changed += 1
        if old is not None:
            self.deltas.append(new - old)
        self.changes.append((session_id, old, new))
        # Keep only the largest changes, so memory stays flat over any number of sessions.
        self.changes.sort(key=lambda change: abs(change[2] - (change[1] or 0)), reverse=True)
        del self.changes[LISTED_CHANGES:]
        return True

    def largest_changes(self) -> list[str]:
        return [f"  session {session_id}: {'none' if old is None else old} -> {new}"
                for session_id, old, new in self.changes]

    def describe(self) -> str:
        line = f"{self.visited} sessions checked, {self.changed} changed"
        if self.deltas:
            mean_abs = sum(abs(d) for d in self.deltas) / len(self.deltas)
            biggest = max(self.deltas, key=abs)
            line += f"; mean |change| {mean_abs:.2f} points, largest {biggest:+.2f}"
        return line


@click.command("rescore")
@click.option("--job", "job_id", type=click.IntRange(min=1), help="Only sessions of applications to this vacancy id.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only sessions started on or after this date (YYYY-MM-DD).")
@click.option("--batch", "batch_size", type=click.IntRange(1, 10000), default=200, show_default=True,
              help="Sessions read and committed per batch.")
@click.option("--dry-run", is_flag=True, help="Compute and report the changes without writing them.")
def rescore(job_id: int | None, since, batch_size: int, dry_run: bool) -> None:
    """Recompute relevance_score and reasons_json of stored SmartBot sessions.

    Each batch is committed on its own, so an interrupted run keeps what it
    finished and a rerun simply recomputes the same values again.
    """
    settings = load_settings()
    database = open_database(resolve_database_url(settings))
    with database.connection() as conn:
        if not schema_exists(conn):
            database.close()
            raise click.ClickException("the database has no JobBoard tables; run `jobboard db-init` first")
        job_exists = job_id is None or get_job(conn, job_id) is not None
    if not job_exists:
        database.close()
        raise click.ClickException(f"vacancy {job_id} not found; check the id with GET /jobs?mine=true")
    # assess() never calls the network, so the key is not needed here.
    bot = build_smartbot(api_key=None, base_url=None, model=settings.openai_model)
    since_date: date | None = since.date() if since else None
    stats = RescoreStats()

    try:
        with database.connection() as conn:
            total = queries.count_sessions_to_rescore(conn, job_id=job_id, since=since_date)
            conn.rollback()
            last_id = 0
            with click.progressbar(length=total, label="Rescoring", show_pos=True) as bar:
                while True:
                    with conn:
                        batch = queries.list_sessions_to_rescore(
                            conn, job_id=job_id, since=since_date, after_id=last_id, limit=batch_size)
                        for session in batch:
                            ctx = build_context(conn, session["application_id"], lang=session["lang"],
                                                session_id=session["id"], started_at=session["started_at"])
                            # A dialog in progress keeps its running score; only completed ones get the final verdict.
                            assessment = bot.assess(ctx, final=session["is_completed"])
                            changed = stats.record(session["id"], session["relevance_score"],
                                                   assessment.relevance_score)
                            if changed and not dry_run:
                                queries.update_session_score(conn, session["id"],
                                                             relevance_score=assessment.relevance_score,
                                                             reasons=assessment.reasons)
                        if dry_run:
                            conn.rollback()
                    if not batch:
                        break
                    last_id = batch[-1]["id"]
                    bar.update(len(batch))
    finally:
        database.close()

    prefix = "Dry run: " if dry_run else ""
    click.echo(prefix + stats.describe())
    if stats.changes:
        click.echo(f"Largest changes (up to {LISTED_CHANGES}):")
        for line in stats.largest_changes():
            click.echo(line)
    logger.debug("rescore finished: %s", stats.describe())

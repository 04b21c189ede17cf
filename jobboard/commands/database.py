"""Commands that create the schema and load the demo data."""

import click

from jobboard.commands.common import load_settings, open_database, resolve_database_url
from jobboard.schema import CREATE_TABLES, INSERT_SEED, SQLFileError, run_sql_file


def apply_files(paths) -> None:
    settings = load_settings()
    database = open_database(resolve_database_url(settings))
    try:
        with database.connection() as conn:
            for path in paths:
                run_sql_file(conn, path)
                click.echo(f"Applied {path.name}")
    except SQLFileError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        database.close()


@click.command("db-init")
@click.option("--seed", "with_seed", is_flag=True, help="Also load the demo data (sql/insert_seed.sql).")
def db_init(with_seed: bool) -> None:
    """Create the tables, triggers, indexes and views (safe to run again)."""
    apply_files([CREATE_TABLES, INSERT_SEED] if with_seed else [CREATE_TABLES])


@click.command("seed")
def seed() -> None:
    """Load the demo users, vacancies, resumes and applications (skips rows that exist)."""
    apply_files([INSERT_SEED])

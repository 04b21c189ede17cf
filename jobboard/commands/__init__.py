"""The `jobboard` administration CLI."""

import logging

import click

from jobboard.commands.database import db_init, seed
from jobboard.commands.rescore import rescore
from jobboard.commands.serve import serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log debug details.")
def cli(verbose: bool) -> None:
    """Administer JobBoard + SmartBot: database, demo data, server and SmartBot tools."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not verbose:
        # pgserver logs every initdb and pg_ctl line at INFO; keep only its problems.
        logging.getLogger("pgserver").setLevel(logging.WARNING)


cli.add_command(db_init)
cli.add_command(seed)
cli.add_command(serve)
cli.add_command(rescore)


def _add_optional_commands() -> None:
    # The SmartBot tools live in their own modules and are added when present.
    try:
        from jobboard.commands.replay import replay
    except ImportError:
        return
    cli.add_command(replay)


_add_optional_commands()

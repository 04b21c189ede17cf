"""Entry point for `python cli.py …`; the same commands are installed as `jobboard`."""

from jobboard.commands import cli

if __name__ == "__main__":
    cli()

"""WSGI entry point: `gunicorn wsgi:app`.

Reads .env like the CLI. With DATABASE_URL empty it uses the embedded
PostgreSQL under var/ and prepares it as `jobboard serve` does.
"""

from dotenv import load_dotenv

from jobboard import create_app
from jobboard.commands.common import resolve_database_url
from jobboard.commands.serve import prepare_database
from jobboard.config import Settings

load_dotenv()
settings = Settings.from_env()
if not settings.database_url:
    settings.database_url = resolve_database_url(settings)
    prepare_database(settings.database_url)
app = create_app(settings)

"""The health check: is the database reachable, and which SmartBot mode runs."""

from flask import current_app
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields

from jobboard.db import get_db

blp = Blueprint("health", __name__, description="Service health")


class HealthSchema(Schema):
    status = fields.String(required=True)
    database = fields.String(required=True)
    smartbot = fields.String(required=True, metadata={"description": "demo or llm"})


@blp.route("/health")
class Health(MethodView):
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, description="PostgreSQL cannot be reached (code database_unavailable).")
    def get(self):
        """Report whether the API can reach PostgreSQL and which SmartBot mode is on."""
        # get_db() pings the server and raises DatabaseUnavailable (503) when it is down.
        get_db()
        return {"status": "ok", "database": "ok", "smartbot": current_app.extensions["smartbot"].mode}

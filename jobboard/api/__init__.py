"""The HTTP API: one flask-smorest blueprint per domain."""

from flask import Flask
from flask_smorest import Api as SmorestApi

from jobboard.errors import handle_http_exception
from jobboard.schemas import ErrorSchema


class Api(SmorestApi):
    """flask-smorest's Api, answering errors with the project's one envelope."""

    ERROR_SCHEMA = ErrorSchema

    def handle_http_exception(self, error):
        return handle_http_exception(error)


def register_blueprints(app: Flask, api: Api) -> None:
    from jobboard.api.applications.routes import blp as applications_blp
    from jobboard.api.auth.routes import blp as auth_blp
    from jobboard.api.health import blp as health_blp
    from jobboard.api.jobs.routes import blp as jobs_blp
    from jobboard.api.resumes.routes import blp as resumes_blp
    from jobboard.api.smartbot.routes import blp as smartbot_blp

    from jobboard.api.docs_page import blp as docs_page_blp

    for blueprint in (health_blp, auth_blp, jobs_blp, resumes_blp, applications_blp, smartbot_blp):
        api.register_blueprint(blueprint)
    # The HTML page is not part of the API, so it stays out of the OpenAPI document.
    app.register_blueprint(docs_page_blp)

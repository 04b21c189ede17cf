"""Serve the built single-page app (frontend/dist) from the API's origin.

The SPA's routes overlap the API (/jobs/3 is both a page and a resource), so
the Accept header decides: a GET that prefers text/html over JSON (a browser
navigation or refresh) gets index.html, and every other request reaches the
API. Files that exist in dist (assets, favicon) are served as they are.
"""

from pathlib import Path

from flask import Flask, current_app, request, send_from_directory
from werkzeug.security import safe_join

DIST_DIR = Path(__file__).resolve().parent.parent / "frontend" / "dist"

# Browser pages of the server itself, never replaced by the SPA.
SERVER_PAGES = ("/docs", "/openapi.json")

NOT_BUILT_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>JobBoard</title></head>
<body><h1>JobBoard API is running</h1>
<p>The web interface has not been built. Run <code>make run</code>, or
<code>npm ci && npm run build</code> in <code>frontend/</code>.</p>
<p>API documentation: <a href="/docs">/docs</a>.</p></body></html>
"""


def register_spa(app: Flask, dist_dir: Path = DIST_DIR) -> None:
    app.config.setdefault("SPA_DIST_DIR", str(dist_dir))
    app.before_request(serve_spa)
    app.after_request(vary_by_accept)


def vary_by_accept(response):
    """Mark GET responses as depending on Accept, so a browser cache never serves the JSON as the page."""
    if request.method in ("GET", "HEAD"):
        response.vary.add("Accept")
    return response


def wants_html() -> bool:
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return best == "text/html" and request.accept_mimetypes["text/html"] > request.accept_mimetypes["application/json"]


def serve_spa():
    if request.method not in ("GET", "HEAD"):
        return None
    dist_dir = Path(current_app.config["SPA_DIST_DIR"])
    path = request.path

    if path != "/" and dist_dir.is_dir():
        candidate = safe_join(str(dist_dir), path.lstrip("/"))
        if candidate is not None and _is_file(candidate):
            return _send_static(dist_dir, path.lstrip("/"))

    if not wants_html() or path.startswith(SERVER_PAGES):
        return None
    if not (dist_dir / "index.html").is_file():
        return NOT_BUILT_PAGE, 200, {"Content-Type": "text/html; charset=utf-8"}
    response = send_from_directory(dist_dir, "index.html", max_age=0)
    response.headers["Cache-Control"] = "no-cache"
    return response


def _send_static(dist_dir: Path, relative_path: str):
    response = send_from_directory(dist_dir, relative_path)
    if relative_path.startswith("assets/"):
        # Vite puts a content hash in every asset name, so they never change.
        response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
    return response



def _is_file(path: str) -> bool:
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        # A segment longer than the file system allows (ENAMETOOLONG) is no file of ours.
        return False

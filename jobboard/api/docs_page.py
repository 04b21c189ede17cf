"""/docs: a self-contained HTML page generated from the OpenAPI document.

It needs no script from a CDN, so it works offline and sends visitors'
browsers nowhere else.
"""

from flask import Blueprint, current_app, render_template_string

blp = Blueprint("docs_page", __name__)

METHODS = ("get", "post", "put", "patch", "delete")

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} {{ version }}</title>
<style>
 body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 960px; padding: 24px; color: #1d2522; }
 h1 { margin-bottom: 4px; } h2 { margin-top: 32px; border-bottom: 1px solid #d5dcd9; }
 .op { border: 1px solid #d5dcd9; border-radius: 8px; padding: 10px 14px; margin: 10px 0; }
 .method { display: inline-block; min-width: 64px; font-weight: 700; text-transform: uppercase; }
 .get { color: #0b6b4f; } .post { color: #1f5fbf; } .put, .patch { color: #a05a00; } .delete { color: #b3261e; }
 code { background: #f1f4f3; padding: 1px 4px; border-radius: 4px; }
 .lock { font-size: 13px; color: #5c6b66; } ul { margin: 4px 0; }
</style></head><body>
<h1>{{ title }}</h1>
<p>Version {{ version }}. Machine-readable document: <a href="/openapi.json">/openapi.json</a>.
Errors always have the shape <code>{"error": {"code", "message", "fields"?}}</code>.</p>
{% for tag, operations in groups %}
<h2>{{ tag }}</h2>
{% for op in operations %}
<div class="op">
 <div><span class="method {{ op.method }}">{{ op.method }}</span> <code>{{ op.path }}</code>
 {% if op.secured %}<span class="lock">· bearer token</span>{% endif %}</div>
 {% if op.summary %}<div>{{ op.summary }}</div>{% endif %}
 {% if op.parameters %}<div>Parameters: {% for p in op.parameters %}<code>{{ p }}</code> {% endfor %}</div>{% endif %}
 {% if op.body %}<div>Body: <code>{{ op.body }}</code></div>{% endif %}
 <ul>{% for status, text in op.responses %}<li><code>{{ status }}</code> {{ text }}</li>{% endfor %}</ul>
</div>
{% endfor %}
{% endfor %}
</body></html>"""


def _schema_name(content: dict | None) -> str | None:
    schema = ((content or {}).get("application/json") or {}).get("schema") or {}
    ref = schema.get("$ref", "")
    return ref.rsplit("/", 1)[-1] or None


def _response_description(spec: dict, response: dict) -> str:
    """Return a response's description, following a $ref into components/responses."""
    ref = response.get("$ref")
    if ref:
        response = spec.get("components", {}).get("responses", {}).get(ref.rsplit("/", 1)[-1], {})
    return response.get("description", "")


def describe_operations(spec: dict) -> list[tuple[str, list[dict]]]:
    """Group the document's operations by tag, in the order the paths appear."""
    groups: dict[str, list[dict]] = {}
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            parameters = [f"{p['name']} ({p['in']})" for p in item.get("parameters", []) + operation.get("parameters", [])]
            responses = sorted(
                (status, _response_description(spec, body)) for status, body in operation.get("responses", {}).items()
            )
            groups.setdefault((operation.get("tags") or ["other"])[0], []).append({
                "method": method,
                "path": path,
                "summary": operation.get("summary", ""),
                "parameters": parameters,
                "body": _schema_name((operation.get("requestBody") or {}).get("content")),
                "responses": responses,
                "secured": bool(operation.get("security")),
            })
    return list(groups.items())


@blp.route("/docs")
def docs():
    spec = current_app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()
    info = spec.get("info", {})
    return render_template_string(PAGE, title=info.get("title", "API"), version=info.get("version", ""),
                                  groups=describe_operations(spec))

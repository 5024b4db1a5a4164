"""The review web app (Starlette, Jinja2 templates, plain JavaScript, assets served locally).

Binds to 127.0.0.1 by default; on any other host every request needs the
token (``?token=`` once, then a cookie, or the ``X-Review-Token`` header).
"""
import json
import secrets
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .store import ACTIONS, FIELDS, add_decision, article_state, connect, item_spans, last_undoable, queue
from .validation import InvalidEdit, validate_item

HERE = Path(__file__).resolve().parent
TEMPLATES = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))


def item_label(field: str, value: dict) -> str:
    """A one-line description of an item for the list beside the text."""
    if field == "countries":
        return f"{value.get('code')} · {value.get('name')}"
    if field == "officials":
        return f"{value.get('name')} · {value.get('title') or '—'} · {value.get('country') or '—'}"
    if field == "tariffs":
        return f"{value.get('rate')}% on {value.get('target') or 'all'} by {value.get('imposer') or '?'}"
    if field == "dates":
        return f"{value.get('text')} = {value.get('value')}"
    if field == "quotes":
        return f"“{(value.get('text') or '')[:80]}” — {value.get('speaker') or 'unattributed'}"
    return (f"{value.get('type')} {value.get('date') or 'undated'}: {'+'.join(value.get('actors') or []) or '?'}"
            f" → {'+'.join(value.get('targets') or []) or '?'}")


def segments(text: str, state: dict) -> list[dict]:
    """The text cut at every highlight boundary; each piece knows which items cover it."""
    spans = []
    for field in FIELDS:
        for key, entry in state["items"][field].items():
            for start, end in item_spans(field, entry["value"] or {}):
                if 0 <= start < end <= len(text):
                    spans.append((start, end, field, key))
    cuts = sorted({0, len(text), *[s for s, _, _, _ in spans], *[e for _, e, _, _ in spans]})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [(f, k) for s, e, f, k in spans if s <= start and end <= e]
        pieces.append({"start": start, "text": text[start:end],
                       "fields": sorted({f for f, _ in covering}), "keys": [f"{f}:{k}" for f, k in covering]})
    return pieces


class TokenGate(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        token = request.app.state.token
        if not token:
            return await call_next(request)
        given = request.query_params.get("token") or request.headers.get("x-review-token") or request.cookies.get("review_token")
        if not given or not secrets.compare_digest(given, token):
            return PlainTextResponse("a review token is required (start the app with --token or use the printed one)",
                                     status_code=401)
        response = await call_next(request)
        if request.query_params.get("token"):
            response.set_cookie("review_token", token, httponly=True, samesite="strict")
        return response


def create_app(db_path: str | Path, token: str | None = None) -> Starlette:
    connection = connect(db_path)

    async def queue_page(request: Request):
        status, country = request.query_params.get("status") or None, request.query_params.get("country") or None
        articles = queue(connection, status, country)
        everything = queue(connection)
        counts = {s: sum(a["status"] == s for a in everything) for s in ("unreviewed", "in progress", "done")}
        html = TEMPLATES.get_template("queue.html").render(articles=articles, counts=counts, status=status or "",
                                                           country=country or "", total=len(everything))
        return HTMLResponse(html)

    async def article_page(request: Request):
        article_id = request.path_params["article_id"]
        try:
            state = article_state(connection, article_id)
        except KeyError:
            return PlainTextResponse(f"no article {article_id!r} in this review database", status_code=404)
        ids = [a["id"] for a in queue(connection)]
        following = ids[(ids.index(article_id) + 1) % len(ids)] if article_id in ids else None
        items = [{"field": field, "key": key, "status": entry["status"], "reason": entry["reason"],
                  "label": item_label(field, entry["value"] or {}), "value": json.dumps(entry["value"])}
                 for field in FIELDS for key, entry in state["items"][field].items()]
        html = TEMPLATES.get_template("article.html").render(
            state=state, items=items, segments=segments(state["text"], state), next_id=following, fields=FIELDS)
        return HTMLResponse(html)

    async def article_json(request: Request):
        try:
            return JSONResponse(article_state(connection, request.path_params["article_id"]))
        except KeyError:
            return JSONResponse({"error": "no such article"}, status_code=404)

    async def decide(request: Request):
        try:
            body = await request.json()
        except json.JSONDecodeError:
            return JSONResponse({"error": "the request body is not JSON"}, status_code=400)
        article_id, field = body.get("article_id"), body.get("field")
        action, reviewer = body.get("action"), str(body.get("reviewer") or "").strip()
        if not reviewer:
            return JSONResponse({"error": "enter your name before reviewing"}, status_code=400)
        if action not in ACTIONS:
            return JSONResponse({"error": f"action must be one of {', '.join(ACTIONS)}"}, status_code=400)
        try:
            state = article_state(connection, article_id)
        except KeyError:
            return JSONResponse({"error": f"no article {article_id!r}"}, status_code=404)
        if action == "undo":
            target = last_undoable(connection, article_id, reviewer)
            if target is None:
                return JSONResponse({"error": "nothing to undo"}, status_code=400)
            add_decision(connection, article_id, "-", "-", "undo", reviewer, undoes=target)
            return JSONResponse(article_state(connection, article_id))
        if field not in FIELDS:
            return JSONResponse({"error": f"field must be one of {', '.join(FIELDS)}"}, status_code=400)
        payload, key = None, body.get("item_key")
        if action in ("edit", "add"):
            try:
                payload = validate_item(field, body.get("payload"))
            except InvalidEdit as problem:
                return JSONResponse({"error": str(problem)}, status_code=422)
            if action == "add":
                key = f"n{sum(len(b) for b in state['items'].values()) + 1}-{secrets.token_hex(3)}"
        if action != "add" and key not in state["items"][field]:
            return JSONResponse({"error": f"no item {key!r} in {field}"}, status_code=400)
        if action == "reject" and not str(body.get("reason") or "").strip():
            return JSONResponse({"error": "a rejection needs a reason"}, status_code=400)
        add_decision(connection, article_id, field, key, action, reviewer, payload, body.get("reason"))
        return JSONResponse(article_state(connection, article_id))

    routes = [
        Route("/", queue_page), Route("/article/{article_id}", article_page),
        Route("/api/article/{article_id}", article_json), Route("/api/decision", decide, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(TokenGate)])
    app.state.token = token
    app.state.connection = connection
    return app



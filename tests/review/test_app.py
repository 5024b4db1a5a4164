import pytest
from starlette.testclient import TestClient

from pipeline.review.app import create_app


@pytest.fixture()
def client(review_db):
    return TestClient(create_app(review_db[0]))


def decide(client, **decision):
    return client.post("/api/decision", json={"article_id": "talks", "reviewer": "ana", **decision})


def test_queue_lists_articles_lowest_confidence_first(client):
    page = client.get("/").text
    assert page.index("/article/") < page.rindex("/article/")
    assert "2 unreviewed" in page and client.get("/?status=done").text.count("/article/") == 0
    assert client.get("/?country=KOR").text.count("/article/") == 1


def test_decisions_accept_reject_edit_add_undo(client):
    assert decide(client, field="dates", item_key="i0", action="accept").json()["items"]["dates"]["i0"]["status"] == "accepted"
    assert decide(client, field="dates", item_key="i1", action="reject").status_code == 400  # a reason is needed
    state = decide(client, field="dates", item_key="i1", action="reject", reason="wrong day").json()
    assert state["items"]["dates"]["i1"]["reason"] == "wrong day"
    quote = decide(client, field="quotes", item_key="i0", action="edit",
                   payload={"text": "Our trading partners are lining up,", "speaker": "Bessent"}).json()
    assert quote["items"]["quotes"]["i0"]["value"]["speaker"] == "Bessent"
    added = decide(client, field="dates", action="add",
                   payload={"text": "Monday", "value": "2025-04-07", "start": 250, "end": 256}).json()
    assert [e["status"] for e in added["items"]["dates"].values()].count("added") == 1
    undone = decide(client, action="undo").json()
    assert [e["status"] for e in undone["items"]["dates"].values()].count("added") == 0
    assert undone["items"]["quotes"]["i0"]["status"] == "edited"


@pytest.mark.parametrize("field, payload, message", [
    ("countries", {"code": "XYZ"}, "not an ISO 3166-1 alpha-3 code"),
    ("dates", {"text": "Monday", "value": "2025-02-30"}, "does not exist"),
    ("dates", {"text": "Monday", "value": "next week"}, "is not YYYY"),
    ("tariffs", {"rate": "a lot", "target": "KOR"}, "is not a number"),
    ("events", {"type": "INVADE", "actors": ["USA"]}, "is not one of"),
])
def test_invalid_edits_are_refused_and_not_stored(client, field, payload, message):
    response = decide(client, field=field, item_key="i0", action="edit", payload=payload)
    assert response.status_code == 422 and message in response.json()["error"]
    assert client.get("/api/article/talks").json()["n_decisions"] == 0


def test_article_text_is_escaped(client):
    page = client.get("/article/markup").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_a_token_guards_every_request_when_set(review_db):
    guarded = TestClient(create_app(review_db[0], token="s3cret"))
    assert guarded.get("/").status_code == 401
    assert guarded.get("/?token=wrong").status_code == 401
    assert guarded.get("/?token=s3cret").status_code == 200
    assert guarded.get("/api/article/talks").status_code == 200  # the cookie set by the first visit
    assert TestClient(create_app(review_db[0], token="s3cret")).get(
        "/api/article/talks", headers={"X-Review-Token": "s3cret"}).status_code == 200

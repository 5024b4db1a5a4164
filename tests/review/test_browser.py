"""The review app in a real headless Chromium: keyboard decisions, edits, additions, persistence."""
import os
import shutil
import socket
import threading
import time

import pytest
import uvicorn

from pipeline.evaluate import evaluate, load_gold
from pipeline.review.app import create_app
from pipeline.review.gold import export_gold
from pipeline.review.store import article_state, connect

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(not CHROMIUM and not os.environ.get("CI"),
                                reason="Debian chromium not installed (make test installs it)")


@pytest.fixture()
def server(review_db):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app_server = uvicorn.Server(uvicorn.Config(create_app(review_db[0]), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    while not app_server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", review_db
    app_server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def page():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield browser.new_page()
        browser.close()


def press_and_reload(page, key):
    """Press a decision key and wait for the reload that follows a saved decision."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    try:
        with page.expect_navigation(timeout=15_000):
            page.keyboard.press(key)
    except PlaywrightTimeout:
        pytest.fail(f"no reload after pressing {key!r}; the page says {page.locator('#message').inner_text()!r}")


def test_review_with_the_keyboard(server, page, tmp_path):
    base, (db_path, records) = server
    answers = []
    page.on("dialog", lambda dialog: dialog.accept(answers.pop(0)))

    page.goto(base + "/")
    assert page.locator("#queue tbody tr").count() == 2
    with page.expect_navigation(wait_until="load"):  # the review script has run once the page has loaded
        page.click("a[href='/article/talks']")
    page.fill("#reviewer", "ana")
    page.dispatch_event("#reviewer", "change")
    page.locator("body").click(position={"x": 5, "y": 5})

    press_and_reload(page, "a")  # accept the first item
    assert "status-accepted" in page.locator("#items .item").first.get_attribute("class").split()

    quote_index = [i.get_attribute("data-field") for i in page.locator("#items .item").all()].index("quotes")
    for _ in range(quote_index):
        page.keyboard.press("j")
    answers.append("Scott Bessent")
    press_and_reload(page, "e")  # edit the quote's speaker
    assert "— Scott Bessent" in page.locator("#items .item[data-field='quotes']").first.inner_text()

    tariff_index = [i.get_attribute("data-field") for i in page.locator("#items .item").all()].index("tariffs")
    for _ in range(abs(tariff_index - quote_index)):
        page.keyboard.press("j" if tariff_index > quote_index else "k")
    answers.append("target=JPN")
    press_and_reload(page, "e")  # any attribute as name=value
    assert "on JPN" in page.locator("#items .item[data-field='tariffs']").first.inner_text()

    page.evaluate("""() => {
        const seg = [...document.querySelectorAll('#article-text .seg')].find(s => s.textContent.includes('Monday'));
        const node = seg.firstChild, at = node.textContent.indexOf('Monday');
        const range = document.createRange(); range.setStart(node, at); range.setEnd(node, at + 6);
        const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
    }""")
    answers.append("2025-04-07")
    press_and_reload(page, "d")  # add the date from the selected text
    added = page.locator("#items .item.status-added")
    assert added.count() == 1 and "Monday = 2025-04-07" in added.inner_text()

    page.reload()  # decisions are kept
    assert page.locator("#items .item.status-accepted").count() == 1
    assert page.locator("#items .item.status-edited").count() == 2  # the quote and the tariff
    page.keyboard.press("?")
    assert page.locator("#help").is_visible()

    state = article_state(connect(db_path), "talks")
    monday = [e for e in state["items"]["dates"].values() if e["status"] == "added"][0]["value"]
    assert state["text"][monday["start"]:monday["end"]] == "Monday"
    export_gold(connect(db_path), tmp_path / "gold")
    scores = evaluate({r.id: r for r in records}, load_gold([str(tmp_path / "gold")]))
    assert scores["quotes"].attributes["speaker"] == [1, 1] and scores["countries"].f1 == 1.0


def test_markup_in_articles_renders_as_text(server, page):
    base, _ = server
    page.goto(base + "/article/markup")
    assert page.locator("#article-text img").count() == 0 and page.locator("#article-text script").count() == 0
    assert "<script>alert('x')</script>" in page.locator("#article-text").inner_text()

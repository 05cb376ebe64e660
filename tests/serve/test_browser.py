"""The web page in headless Chromium, as an analyst uses it, against a real `diurna serve`.

Debian's Chromium (``make chromium`` installs it) is driven by Playwright; Playwright never
downloads a browser. Without Chromium these tests fail: they are part of what CI checks.
Screenshots go to ``test-artifacts/serve/``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time

import httpx
import pytest
from playwright.sync_api import expect, sync_playwright

from ..conftest import EXAMPLES, ROOT

ARTIFACTS = ROOT / "test-artifacts" / "serve"
TOKEN = "browser-test-token"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SEED = (EXAMPLES / "otan-g7-2022-03-24.txt").read_text(encoding="utf-8")
# The first coding request loads the models in the server process, on a machine shared with others.
CODING_TIMEOUT_MS = 240_000


def chromium_path() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if found is None:
        pytest.fail("Debian's chromium is not installed: `make chromium` installs it (the browser tests need it)")
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`diurna serve` in its own process, with a token, over a store that does not exist yet."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    port = free_port()
    store = tmp_path_factory.mktemp("browser") / "diurna.db"
    env = {**os.environ, "DIURNA_TOKEN": TOKEN}
    log = open(ARTIFACTS / "server.log", "w", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "diurna", "serve", "--port", str(port), "--db", str(store)],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, f"diurna serve exited: see {ARTIFACTS / 'server.log'}"
        try:
            if httpx.get(f"{base}/status", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "diurna serve did not answer within 60 s"
        time.sleep(0.3)
    yield base
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=chromium_path(), args=CHROMIUM_FLAGS,
            headless=True, viewport={"width": 1400, "height": 950},
        )
        yield context
        context.close()


@pytest.fixture()
def page(browser):
    """A page whose console errors and script errors fail the test (a CSP violation shows there too);
    Chromium's own line for each 4xx answer is expected where a test provokes one."""
    page = browser.new_page()
    problems: list[str] = []

    def on_console(message) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource: the server responded with a status of 4"):
            problems.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(str(error)))
    yield page
    page.close()
    assert problems == []


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)
    assert (ARTIFACTS / name).stat().st_size > 10_000


def test_an_analyst_codes_the_seed_stores_it_and_finds_nato_condemning_russia(server, page):
    page.goto(server + "/")
    expect(page).to_have_title("diurna · workbench")
    expect(page.locator("#filters")).to_be_hidden()
    expect(page.locator("#store-status")).to_contain_text("no store yet")

    # Code the seed through the form: actors, places and triggers marked, events beside.
    page.fill("#code-text", SEED)
    page.click("#code-submit")
    cards = page.locator("#code-view .event-card")
    expect(cards.first).to_be_visible(timeout=CODING_TIMEOUT_MS)
    coded_events = cards.count()
    condemnation = cards.filter(has_text="111 Criticize or denounce")
    expect(condemnation).to_have_count(1)
    expect(condemnation).to_contain_text("la Russie")
    trigger = page.locator("#code-view mark.mark-trigger", has_text="ont condamné")
    expect(trigger).to_have_count(1)
    assert "mark-quad-3" in trigger.get_attribute("class")
    assert page.locator("#code-view mark.mark-actor").count() > 10
    expect(page.locator("#code-view mark.mark-place", has_text="Bruxelles")).to_have_count(1)
    condemnation.hover()
    assert page.locator("#code-view mark.focused").count() >= 3  # source, trigger, target
    shot(page, "1-code.png")

    # Save it: a wrong token is refused, the right one stores it.
    page.fill("#save-token", "wrong")
    page.click("#save-submit")
    expect(page.locator("#save-message")).to_contain_text("Bearer")
    page.fill("#save-token", TOKEN)
    page.click("#save-submit")
    expect(page.locator("#save-message")).to_contain_text("Stored (1 added")
    expect(page.locator("#store-status")).to_contain_text("1 articles")

    # The table: the condemnation is there; its detail shows the sentence with its spans.
    page.click("#tab-button-events")
    row = page.locator("#events-table tbody tr[data-code^='11']", has_text="NATO").filter(has_text="RUS")
    expect(row).to_have_count(1)
    acts = page.locator("#events-table tbody tr[data-ref]").count()
    assert 0 < acts <= coded_events  # reports of one act are merged
    row.click()
    sentence = page.locator("#event-detail .mention .sentence")
    expect(sentence).to_contain_text("l'invasion perpétrée sans aucune justification par la Russie")
    expect(sentence.locator("mark.mark-trigger")).to_have_text("ont condamné" + "CAMEO 111")
    expect(sentence.locator(".mark-label", has_text="source NATO")).to_have_count(1)
    expect(sentence.locator(".mark-label", has_text="target RUS")).to_have_count(1)
    page.click("#event-detail button.link")
    expect(page.locator("#detail-article .event-card")).to_have_count(coded_events)
    shot(page, "2-events.png")

    # Filters narrow the table and stay in the address.
    page.fill("#filters [name=actor]", "NATO")
    page.fill("#filters [name=target]", "RUS")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events-table tbody tr[data-ref]")).to_have_count(2)  # 111 and 16
    assert "actor=NATO" in page.url and "target=RUS" in page.url
    page.click("#filters button[type=reset]")
    expect(page.locator("#events-table tbody tr[data-ref]")).to_have_count(acts)

    # The timeline: one day of acts, by quad class, with the mean Goldstein line.
    page.click("#tab-button-timeline")
    day = page.locator("#timeline-chart svg g.day[data-date='2022-03-24']")
    expect(day).to_have_count(1)
    assert day.locator("rect").count() >= 3  # the seed has acts of three quad classes or more
    expect(page.locator("#timeline-chart .goldstein-dot")).to_have_count(1)
    shot(page, "3-timeline.png")

    # The map: every country drawn from the bundled geometry; each place of an act a circle, its country shaded.
    places = httpx.get(f"{server}/stats/places", timeout=10).json()
    assert places, "the seed's acts have places"
    page.click("#tab-button-map")
    expect(page.locator("#map-chart svg path.country").first).to_be_visible()
    assert page.locator("#map-chart svg path.country").count() >= 170
    for place in places:
        expect(page.locator(f"#map-chart circle.place[data-names*='{place['name']}']")).to_have_count(1)
        expect(page.locator(f"#map-chart path.country.active[data-iso='{place['country']}']")).to_have_count(1)
    shot(page, "4-map.png")
    # A click lists the acts there: by place name, or by country when a country and its capital share the circle.
    circle = page.locator(f"#map-chart circle.place[data-names*='{places[0]['name']}']")
    names = circle.get_attribute("data-names").split("|")
    circle.click()
    expect(page.locator("#tab-button-events")).to_have_attribute("aria-selected", "true")
    if len(names) == 1:
        expect(page.locator("#filters [name=place]")).to_have_value(names[0])
    else:
        expect(page.locator("#filters [name=country]")).to_have_value(places[0]["country"])
    rows = page.locator("#events-table tbody tr[data-ref]")
    expect(rows.first).to_be_visible()
    assert rows.count() >= sum(p["events"] for p in places if p["name"] in names)
    page.click("#filters button[type=reset]")

    # The network: NATO → RUS among the dyads.
    page.click("#tab-button-network")
    expect(page.locator("#network-chart path.edge[data-dyad='NATO>RUS']")).to_have_count(1)
    expect(page.locator("#network-chart g.node[data-actor='NATO']")).to_have_count(1)
    shot(page, "5-network.png")


def test_the_page_says_what_is_wrong_with_bad_input(server, page, tmp_path):
    page.goto(server + "/")
    page.click("#code-submit")
    expect(page.locator("#code-message")).to_have_text("Paste an article or choose a file first.")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    page.set_input_files("#code-file", str(binary))
    page.click("#code-submit")
    expect(page.locator("#code-message")).to_have_text("article not coded: binary content", timeout=CODING_TIMEOUT_MS)
    expect(page.locator("#code-message")).to_have_class("message error")
    page.goto(server + "/#events?code=abc")
    expect(page.locator("#browse-message")).to_contain_text("invalid CAMEO code prefix 'abc'")
    shot(page, "6-bad-input.png")


def test_a_view_can_be_bookmarked(server, page):
    page.goto(server + "/#events?actor=NATO&code=11")
    expect(page.locator("#tab-button-events")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#filters [name=actor]")).to_have_value("NATO")
    rows = page.locator("#events-table tbody tr[data-ref]")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("111")

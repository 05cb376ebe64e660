"""Fetching pages and feeds from a real HTTP server on loopback (hence ``allow_private``)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from diurna.ingest.web import Fetcher, FetchSettings, FeedResult, address_refusal, url_refusal
from diurna.records import Article, Rejection

ARTICLE_HTML = b"""<html><head><title>Sanctions</title></head><body><article>
<h1>Sanctions</h1>
<p>Les ministres des Affaires etrangeres de l'Union europeenne ont adopte lundi de nouvelles sanctions contre la Russie.</p>
<p>La France a salue la decision de l'Union europeenne et a appele la Russie a retirer ses troupes d'Ukraine.</p>
</article></body></html>"""

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>one</title><link>/articles/1.html</link></item>
<item><title>two</title><link>/articles/2.html</link></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    routes: dict = {}

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        route = self.routes.get(self.path)
        if route is None:
            self.send_response(404)
            self.end_headers()
            return
        status, headers, body = route(self) if callable(route) else route
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading: what the size-limit test wants


def slow(handler):
    time.sleep(1.5)
    return 200, {"Content-Type": "text/html"}, ARTICLE_HTML


def feed(handler):
    if handler.headers.get("If-None-Match") == '"v1"':
        return 304, {}, b""
    return 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'}, FEED


@pytest.fixture(scope="module")
def server():
    Handler.routes = {
        "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
        "/articles/1.html": (200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE_HTML),
        "/articles/2.html": (200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE_HTML.replace(b"lundi", b"mardi")),
        "/private/secret.html": (200, {"Content-Type": "text/html"}, ARTICLE_HTML),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/to-localhost": lambda handler: (302, {"Location": f"http://localhost:{handler.server.server_address[1]}/articles/1.html"}, b""),
        "/big": (200, {"Content-Type": "text/html"}, b"x" * 5000),
        "/slow": slow,
        "/feed.xml": feed,
        "/not-a-feed.xml": (200, {"Content-Type": "application/xml"}, b"this is not XML at all"),
        "/image.png": (200, {"Content-Type": "image/png"}, b"\x89PNG...."),
    }
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetcher(allow_private=True, **changes) -> Fetcher:
    settings = dict(user_agent="diurna-test/1", timeout=0.5, max_redirects=3, max_bytes=100_000, respect_robots=True,
                    allow_private=allow_private)
    settings.update(changes)
    return Fetcher(FetchSettings(**settings))


@pytest.mark.parametrize(
    "address, why",
    [("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"), ("10.1.2.3", "private"),
     ("192.168.0.10", "private"), ("fd00::1", "private"), ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
     ("0.0.0.0", None), ("100.64.0.1", None), ("224.0.0.1", None)],
)
def test_non_public_addresses_are_refused(address, why):
    reason = address_refusal(address)
    assert reason is not None and (why is None or reason == why)


def test_public_addresses_pass():
    assert address_refusal("93.184.216.34") is None and address_refusal("2606:2800:220:1::1") is None


def test_a_name_that_resolves_to_a_private_address_is_refused():
    reason = url_refusal("http://intranet.example/", False, resolver=lambda host: ["93.184.216.34", "10.0.0.7"])
    assert reason and "private" in reason
    assert url_refusal("file:///etc/passwd", False) is not None
    assert url_refusal("http://intranet.example/", True, resolver=lambda host: ["10.0.0.7"]) is None


def test_loopback_is_refused_without_allow_private(server):
    with fetcher(allow_private=False) as client:
        result = client.article(server + "/articles/1.html", max_article_bytes=100_000)
    assert isinstance(result, Rejection) and "loopback" in result.reason


def test_an_article_page_becomes_an_article(server):
    with fetcher() as client:
        result = client.article(server + "/articles/1.html", max_article_bytes=100_000)
    assert isinstance(result, Article), result
    assert result.id == server + "/articles/1.html" and result.url
    assert "sanctions contre la Russie" in result.text


@pytest.mark.parametrize(
    "path, reason",
    [("/loop", "too many redirects"), ("/big", "too large"), ("/slow", "timed out"), ("/missing", "HTTP 404"),
     ("/private/secret.html", "robots.txt"), ("/image.png", "not an article")],
)
def test_bad_pages_are_rejected_with_a_reason(server, path, reason):
    with fetcher(max_bytes=4000) as client:
        result = client.article(server + path, max_article_bytes=100_000)
    assert isinstance(result, Rejection) and reason in result.reason, result


def test_a_feed_lists_its_links_and_is_asked_conditionally(server):
    with fetcher() as client:
        first = client.feed(server + "/feed.xml")
        assert isinstance(first, FeedResult) and first.etag == '"v1"'
        assert first.links == (server + "/articles/1.html", server + "/articles/2.html")
        again = client.feed(server + "/feed.xml", etag=first.etag)
    assert isinstance(again, FeedResult) and again.not_modified and again.links == ()


def test_a_feed_that_is_not_xml_is_rejected(server):
    with fetcher() as client:
        result = client.feed(server + "/not-a-feed.xml")
    assert isinstance(result, Rejection) and result.reason.startswith("not a feed")


def test_robots_txt_that_cannot_be_read_disallows_the_site():
    # Nothing listens on this port: robots.txt is unreachable, so the site is not fetched.
    with fetcher(timeout=0.3) as client:
        result = client.article("http://127.0.0.1:9/page.html", max_article_bytes=1000)
        assert isinstance(client.get("http://127.0.0.1:9/"), Rejection)
    assert isinstance(result, Rejection) and result.reason == "disallowed by robots.txt"


def test_a_redirect_into_a_private_address_is_refused(server):
    # The resolver passes the first host off as public; the redirect names localhost, which is
    # checked again on its own hop and refused.
    pretend = {"127.0.0.1": ["93.184.216.34"], "localhost": ["127.0.0.1"]}
    settings = FetchSettings("diurna-test/1", 2.0, 3, 100_000, respect_robots=False, allow_private=False)
    with Fetcher(settings, resolver=lambda host: pretend[host]) as client:
        result = client.article(server + "/to-localhost", max_article_bytes=100_000)
    assert isinstance(result, Rejection) and "localhost is a loopback address" in result.reason

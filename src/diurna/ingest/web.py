"""Fetching articles and feeds over HTTP, politely and safely.

- Only ``http`` and ``https``; every address a host name resolves to must be
  public unless ``allow_private`` (loopback, private, link-local, reserved and
  IPv4-mapped forms of them are refused: a server-side request forgery guard),
  checked again on every redirect, which is followed by hand up to a bound.
- A clear user agent, a timeout, a size limit read as the body streams.
- robots.txt honoured (RFC 9309: a 4xx robots.txt allows all, a 5xx or an
  unreachable one disallows the site).
- Feeds (RSS, Atom) with conditional requests: the caller keeps the ETag and
  Last-Modified and passes them back.

Every failure is a ``Rejection`` with its reason; nothing here raises for a
bad page.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass, replace
from typing import Callable
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from ..records import Article, Rejection
from . import articles_from_bytes

REDIRECTS = frozenset({301, 302, 303, 307, 308})
Resolver = Callable[[str], list[str]]


def resolve(host: str) -> list[str]:
    """Every address the host name resolves to."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise LookupError(f"cannot resolve {host}: {exc}") from exc
    return sorted({info[4][0] for info in infos})


def address_refusal(address: str) -> str | None:
    """Why this address must not be fetched from, or ``None`` when it is public."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_private:
        return "private"
    if ip.is_multicast or ip.is_reserved or ip.is_unspecified or not ip.is_global:
        return "not a public address"
    return None


def url_refusal(url: str, allow_private: bool, resolver: Resolver = resolve) -> str | None:
    """Why this URL must not be fetched, or ``None``."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"unsupported URL scheme {parts.scheme!r}: only http and https"
    if not parts.hostname:
        return "URL without a host"
    if allow_private:
        return None
    try:
        addresses = resolver(parts.hostname)
    except LookupError as exc:
        return str(exc)
    for address in addresses:
        why = address_refusal(address)
        if why:
            return f"refused: {parts.hostname} is a {why} address ({address}); use --allow-private to fetch it"
    return None


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True, slots=True)
class FeedResult:
    url: str
    links: tuple[str, ...]  # the entries' article URLs, in feed order
    not_modified: bool
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True, slots=True)
class FetchSettings:
    user_agent: str
    timeout: float
    max_redirects: int
    max_bytes: int
    respect_robots: bool
    allow_private: bool = False


class Fetcher:
    """One HTTP client for a run; robots.txt is read once per site."""

    def __init__(self, settings: FetchSettings, resolver: Resolver = resolve) -> None:
        self.settings = settings
        self.resolver = resolver
        self.client = httpx.Client(
            headers={"User-Agent": settings.user_agent}, timeout=settings.timeout, follow_redirects=False
        )
        self._robots: dict[str, RobotFileParser | None] = {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, headers: dict[str, str] | None = None) -> Page | Rejection:
        """GET with the address guard on every hop, bounded redirects and a size limit."""
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            refusal = url_refusal(current, self.settings.allow_private, self.resolver)
            if refusal:
                return Rejection(url, refusal)
            try:
                with self.client.stream("GET", current, headers=headers or {}) as response:
                    if response.status_code in REDIRECTS and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.settings.max_bytes:
                        return Rejection(url, f"too large: {declared} bytes, the limit is {self.settings.max_bytes}")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > self.settings.max_bytes:
                            return Rejection(url, f"too large: more than {self.settings.max_bytes} bytes")
                    return Page(
                        url=str(response.url), status=response.status_code,
                        content_type=response.headers.get("content-type", "").split(";")[0].strip().lower(),
                        body=bytes(body), etag=response.headers.get("etag"),
                        last_modified=response.headers.get("last-modified"),
                    )
            except httpx.TimeoutException:
                return Rejection(url, f"timed out after {self.settings.timeout:g} s")
            except httpx.HTTPError as exc:
                return Rejection(url, f"fetch failed: {type(exc).__name__}: {exc}")
        return Rejection(url, f"too many redirects (more than {self.settings.max_redirects})")

    def robots_allow(self, url: str) -> bool:
        if not self.settings.respect_robots:
            return True
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._read_robots(site)
        parser = self._robots[site]
        return parser is None or parser.can_fetch(self.settings.user_agent, url)

    def _read_robots(self, site: str) -> RobotFileParser | None:
        """The site's rules; ``None`` allows everything. Unreadable robots.txt disallows (RFC 9309)."""
        page = self.get(site + "/robots.txt")
        parser = RobotFileParser()
        if isinstance(page, Rejection) or page.status >= 500:
            parser.parse(["User-agent: *", "Disallow: /"])
            return parser
        if page.status >= 400:
            return None
        parser.parse(page.body.decode("utf-8", "replace").splitlines())
        return parser

    def article(self, url: str, *, lang: str | None = None, max_article_bytes: int) -> Article | Rejection:
        """One page as an article; its id is the URL as given."""
        refusal = url_refusal(url, self.settings.allow_private, self.resolver)
        if refusal:
            return Rejection(url, refusal)
        if not self.robots_allow(url):
            return Rejection(url, "disallowed by robots.txt")
        page = self.get(url)
        if isinstance(page, Rejection):
            return page
        if page.status >= 400:
            return Rejection(url, f"HTTP {page.status}")
        kind = "text" if page.content_type == "text/plain" else "html"
        if page.content_type and not (page.content_type.startswith("text/") or "html" in page.content_type):
            return Rejection(url, f"not an article: content type {page.content_type}")
        items = list(articles_from_bytes(page.body, url, kind, default_date=None, lang=lang, max_bytes=max_article_bytes))
        item = items[0] if items else Rejection(url, "no article in the page")
        if isinstance(item, Article) and item.url is None:
            item = replace(item, url=page.url)
        return item

    def feed(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FeedResult | Rejection:
        """The article links of an RSS or Atom feed, asked conditionally."""
        import feedparser

        refusal = url_refusal(url, self.settings.allow_private, self.resolver)
        if refusal:
            return Rejection(url, refusal)
        if not self.robots_allow(url):
            return Rejection(url, "disallowed by robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        page = self.get(url, headers)
        if isinstance(page, Rejection):
            return page
        if page.status == 304:
            return FeedResult(url, (), True, etag, last_modified)
        if page.status >= 400:
            return Rejection(url, f"HTTP {page.status}")
        parsed = feedparser.parse(page.body)
        if not parsed.entries:
            problem = getattr(parsed, "bozo_exception", None)
            return Rejection(url, f"not a feed: {problem}" if problem else "not a feed: no entries")
        links = tuple(urljoin(page.url, entry.link) for entry in parsed.entries if entry.get("link"))
        return FeedResult(url, links, False, page.etag, page.last_modified)

"""What stands between the network and the API: body limits, unexpected errors, the write token.

Both middlewares are plain ASGI: they see every request, including those the
router refuses, and they never buffer a body.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any, Awaitable, Callable

from fastapi import HTTPException, Request

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOG = logging.getLogger("diurna.serve")


class BodyTooLarge(HTTPException):
    """A request body went past the limit while it was being read: an HTTP error (413), so that
    the body parsers let it through and the route answers with it."""

    def __init__(self, max_bytes: int, size: int | None = None) -> None:
        told = f"{size} bytes" if size is not None else "more"
        super().__init__(413, f"request body too large: {told}, the limit is {max_bytes} bytes", {"Connection": "close"})


async def _send_json(send: Send, status: int, detail: str, headers: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps({"detail": detail}).encode("utf-8")
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *headers],
    })
    await send({"type": "http.response.body", "body": body})


class WatchedSend:
    """A ``send`` that remembers whether the response has started: after that, no other answer fits."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.started = False

    async def __call__(self, message: Message) -> None:
        self.started = self.started or message["type"] == "http.response.start"
        await self.send(message)


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413: at once when ``Content-Length`` says so,
    else as soon as the bytes read pass the limit (a chunked upload)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await _send_json(send, 400, "invalid Content-Length header")
                return
            if size > self.max_bytes:
                await _send_json(send, 413, BodyTooLarge(self.max_bytes, size).detail, [(b"connection", b"close")])
                return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        watched = WatchedSend(send)
        try:
            await self.app(scope, limited_receive, watched)
        except BodyTooLarge as refusal:  # read outside a route (routes answer it themselves)
            if watched.started:
                raise
            await _send_json(send, 413, refusal.detail, [(b"connection", b"close")])


class InternalErrors:
    """Turns an exception nothing else handled into a 500 with a one-line message; the traceback
    goes to the server's log, never to the client."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        watched = WatchedSend(send)
        try:
            await self.app(scope, receive, watched)
        except BodyTooLarge:
            raise  # BodyLimit, outside, answers it
        except Exception:
            LOG.exception("internal error on %s %s", scope.get("method"), scope.get("path"))
            if watched.started:
                raise
            await _send_json(send, 500, "internal error: the server logged the details")


class SecurityHeaders:
    """Headers on every response: no MIME sniffing, no framing; the page's own strict CSP on the web
    page (the API documentation at /docs needs its inline script, so it does without)."""

    PAGE_POLICY = (
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
        b" object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )

    def __init__(self, app: ASGIApp, page_paths: tuple[str, ...]) -> None:
        self.app = app
        self.page_paths = page_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        on_page = scope["path"] == "/" or scope["path"].startswith(self.page_paths)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                            (b"referrer-policy", b"no-referrer")]
                if on_page:
                    headers.append((b"content-security-policy", self.PAGE_POLICY))
                message = message | {"headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def require_token(request: Request, token: str | None) -> None:
    """Writes need ``Authorization: Bearer TOKEN``: 403 when the server has no token (writes off),
    401 when the request's is missing or wrong (compared in constant time)."""
    if not token:
        raise HTTPException(403, "writes are off: start `diurna serve` with $DIURNA_TOKEN (or [serve] token) set")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise HTTPException(401, "a valid `Authorization: Bearer TOKEN` header is needed", {"WWW-Authenticate": "Bearer"})

"""Bytes to text: size and binary checks, then the encoding.

A French article saved in Latin-1 or Windows-1252 is decoded, not rejected.
Problems are returned as a reason string, never raised: one bad file must not
stop a batch.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Share of control characters above which a file is taken for binary. Real
# articles have none besides tabs and newlines; 1% leaves room for stray bytes.
MAX_CONTROL_SHARE = 0.01
ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}
# Half of a UTF-16 pair alone: no character at all. Decoded bytes never hold one, but a JSON
# escape ("\ud800") does, and UTF-8 (the detector, the store, the output) cannot encode it.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in ALLOWED_CONTROLS) or 0x7F <= ord(ch) < 0xA0)
    return controls / len(text)


def decode(data: bytes, max_bytes: int) -> tuple[str | None, str | None]:
    """``(text, None)`` or ``(None, reason)``."""
    if len(data) > max_bytes:
        return None, f"too large: {len(data)} bytes, the limit is {max_bytes}"
    if not data.strip():
        return None, "empty"
    if b"\x00" in data:
        return None, "binary content"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
        if text is None:
            return None, "unknown text encoding"
    if _control_share(text) > MAX_CONTROL_SHARE:
        return None, "binary content"
    if not text.strip():
        return None, "empty"
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def _decode_legacy(data: bytes) -> str | None:
    """Windows-1252 first (it is Latin-1 plus the curly quotes and œ that French uses), else the detector's guess."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        return None
    return str(best)

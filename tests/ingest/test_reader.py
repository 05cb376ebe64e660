"""Reading inputs: HTML, JSONL, folders, standard input."""

from __future__ import annotations

import datetime as dt
import io
import json

from diurna.ingest import read_inputs
from diurna.records import Article, Rejection, SegmentKind

from ..conftest import FIXTURES

LIMIT = 2_000_000


def test_html_main_text_title_and_date():
    (article,) = list(read_inputs([str(FIXTURES / "fr" / "communique.html")], max_bytes=LIMIT))
    assert isinstance(article, Article)
    assert article.title.startswith("La France condamne les essais de missiles")
    assert article.published == dt.date(2023, 4, 13)
    assert "Corée du Nord" in article.text
    assert "Mentions légales" not in article.text and "Accueil" not in article.text


def test_jsonl_fields_and_defaults():
    lines = "\n".join(
        [
            json.dumps({"id": "one", "text": "La France a condamné la Russie.", "date": "2022-03-24", "lang": "fr", "url": "https://example.org/1", "title": "T"}),
            json.dumps({"id": "two", "text": "Russia attacked Ukraine."}),
            json.dumps({"id": "three", "text": "Russia attacked Ukraine.", "lang": "de"}),
            json.dumps(["not", "an", "object"]),
        ]
    ).encode("utf-8")
    items = list(read_inputs(["-"], default_date=dt.date(2022, 1, 1), max_bytes=LIMIT, stdin=io.BytesIO(lines)))
    one, two, three, four = items
    assert (one.id, one.published, one.published_basis, one.lang, one.url, one.title) == (
        "one", dt.date(2022, 3, 24), "input", "fr", "https://example.org/1", "T",
    )
    assert two.published == dt.date(2022, 1, 1) and two.published_basis == "option"
    assert three == Rejection("three", "unsupported language: de")
    assert isinstance(four, Rejection) and four.reason.startswith("malformed record")


def test_folders_are_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Le Mali a expulsé l'ambassadeur de France.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("Le Niger a rappelé son ambassadeur.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    ids = [a.id for a in read_inputs([str(tmp_path)], max_bytes=LIMIT)]
    assert ids == [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.txt")]


def test_plain_text_from_standard_input_keeps_offsets():
    text = "BRUXELLES, 24 mars (AFP) - Les Alliés ont condamné l'invasion."
    (article,) = list(read_inputs(["-"], max_bytes=LIMIT, stdin=io.BytesIO(text.encode("utf-8"))))
    body = [s for s in article.segments if s.kind is SegmentKind.BODY]
    assert article.text == text and article.text[body[0].start :].startswith("Les Alliés")


def test_datasets_empty_or_with_an_endless_line_are_rejected_with_reasons(tmp_path):
    import gzip

    from diurna.ingest import read_inputs

    (tmp_path / "empty.jsonl.gz").write_bytes(b"")
    with gzip.open(tmp_path / "bomb.jsonl.gz", "wb") as handle:
        handle.write(b'{"id": "ok", "text": "La France a condamn\\u00e9 la Russie."}\n')
        handle.write(b"x" * 3_000_000 + b"\n")
        handle.write(b'{"id": "after", "text": "Le Canada a salu\\u00e9 la d\\u00e9cision."}\n')
    results = list(read_inputs([str(tmp_path)], max_bytes=500_000))
    reasons = {getattr(r, "article_id", getattr(r, "id", None)): getattr(r, "reason", None) for r in results}
    assert reasons[str(tmp_path / "empty.jsonl.gz")] == "empty: no rows"
    assert reasons[str(tmp_path / "bomb.jsonl.gz") + ":2"].startswith("too large")
    assert reasons["ok"] is None and reasons["after"] is None

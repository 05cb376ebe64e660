"""Hostile input for every reader (issue 10): bytes, text, datelines, JSON lines, HTML, files.

Each property says what a reader owes whatever it is given: an ``Article``
whose segments are slices of its text, or a ``Rejection`` with a reason, one
result per input (per line for JSON lines), and the good inputs next to a bad
one read as if it were alone. Examples are derandomised (tests/conftest.py),
so a failure here fails the same way on every run.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diurna.ingest import article_from_text, articles_from_bytes, read_inputs
from diurna.ingest.datelines import MAX_YEAR, MIN_YEAR, _months, find_dates
from diurna.ingest.decoding import decode
from diurna.ingest.text import layout
from diurna.records import Article, Rejection, SegmentKind

from ..hostile import FRENCH, hostile_text

LIMIT = 2_000_000
DECODE_REASONS = {"empty", "binary content", "unknown text encoding"}


def assert_article(article: Article, source: str) -> None:
    """What every article a reader returns must hold, whatever its input (one without a body
    is the coder's to reject: "no text to code")."""
    assert article.id == source
    previous_end = 0
    for segment in article.segments:
        assert previous_end <= segment.start < segment.end <= len(article.text)
        piece = article.text[segment.start : segment.end]
        assert piece.strip() == piece
        previous_end = segment.end
    if article.published is not None:
        assert MIN_YEAR <= article.published.year <= MAX_YEAR


def only(items):
    (item,) = list(items)
    return item


# Bytes ------------------------------------------------------------------------------------------


@settings(max_examples=3000)
@given(st.binary(max_size=600), st.integers(min_value=0, max_value=700))
def test_any_bytes_decode_to_text_or_a_reason(data, limit):
    text, problem = decode(data, limit)
    assert (text is None) != (problem is None)
    if len(data) > limit:
        assert problem == f"too large: {len(data)} bytes, the limit is {limit}"
    elif problem is not None:
        assert problem in DECODE_REASONS
    else:
        assert text.strip() and "\r" not in text and "\x00" not in text


@settings(max_examples=1500)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\r\t"), min_size=1, max_size=300))
def test_utf8_text_comes_back_as_written(text):
    text = text.removeprefix("\ufeff")
    if not text.strip():
        assert decode(text.encode("utf-8"), LIMIT)[1] == "empty"
        return
    assert decode(text.encode("utf-8"), LIMIT) == (text.replace("\r\n", "\n").replace("\r", "\n"), None)


@settings(max_examples=1500)
@given(hostile_text, st.lists(st.binary(min_size=1, max_size=3), max_size=4))
def test_a_text_file_is_one_article_or_one_rejection(text, noise):
    data = text.encode("utf-8") + b"".join(noise)
    item = only(articles_from_bytes(data, "file.txt", "text", default_date=None, lang=None, max_bytes=LIMIT))
    if isinstance(item, Rejection):
        assert item.article_id == "file.txt" and item.reason in DECODE_REASONS
    else:
        assert_article(item, "file.txt")


# Plain-text layout and datelines -----------------------------------------------------------------


@settings(max_examples=1500)
@given(hostile_text)
def test_layout_of_hostile_text_is_ordered_slices(text):
    found = layout(text)
    previous_end = 0
    for segment in found.segments:
        assert previous_end <= segment.start < segment.end <= len(text)
        previous_end = segment.end
    if found.title is not None:
        assert found.title in text
    kinds = {s.kind for s in found.segments}
    if found.published is not None:
        assert SegmentKind.DATELINE in kinds or SegmentKind.FURNITURE in kinds
        assert MIN_YEAR <= found.published.year <= MAX_YEAR


MONTH_NAMES = sorted(_months())


@st.composite
def written_dates(draw):
    """``(text, date or None)``: a day, a month name and a year, real or impossible."""
    day = draw(st.integers(min_value=0, max_value=40))
    name = draw(st.sampled_from(MONTH_NAMES))
    year = draw(st.integers(min_value=1800, max_value=2200))
    spelled = draw(st.sampled_from([name, name.capitalize(), name.upper()]))
    try:
        date = dt.date(year, _months()[name], day)
    except ValueError:
        date = None
    if not MIN_YEAR <= year <= MAX_YEAR:
        date = None
    return f"{day} {spelled} {year}", date


@settings(max_examples=2000)
@given(written_dates(), st.text(alphabet="abc ,.;\n-–", max_size=12), st.text(alphabet="xyz ,.;\n-–", max_size=12))
def test_a_written_date_is_found_exactly_when_it_exists(written, before, after):
    phrase, date = written
    text = f"{before} {phrase} {after}"
    found = find_dates(text)
    # Left to right, no overlaps, each one a real date in range.
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert all(MIN_YEAR <= m.date.year <= MAX_YEAR for m in found)
    if date is not None:
        assert [m.date for m in found] == [date]
        (match,) = found
        assert text[match.start : match.end] == phrase
    else:
        assert not [m for m in found if m.precision == "day"], "an impossible day is no date"


@settings(max_examples=800)
@given(written_dates(), st.sampled_from(["BRUXELLES, {} (AFP) - ", "{} - ", "PARIS, {}. - ", "Mis à jour le: {} 10:15\n\n"]))
def test_an_impossible_dateline_leaves_the_article_undated(written, template):
    phrase, date = written
    text = template.format(phrase) + FRENCH
    article = article_from_text(text, "t")
    assert article.published == date
    assert_article(article, "t")


def test_a_page_of_dates_is_read_in_linear_time():
    """A line of 60,000 dates: the overlap check was quadratic (minutes at 2 MB), now a bisection."""
    line = "le 24 mars 2022, 3 Feb. 2023 et 2021-05-06 " * 20_000
    started = time.perf_counter()
    found = find_dates(line)
    assert len(found) == 60_000
    assert time.perf_counter() - started < 20


# JSON lines --------------------------------------------------------------------------------------

valid_date = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)).map(dt.date.isoformat)
bad_date = st.sampled_from(["2022-02-31", "2022-13-01", "24/03/2022", "yesterday", "", "2022-3-4", "99999-01-01"]) | st.integers()
identifier = st.text(alphabet="abcdefghij0123456789-_é", min_size=1, max_size=12)
json_scalar = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5)
printable = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)


@st.composite
def jsonl_line(draw, index: int):
    """``(line, expected)``: expected is ``("article", id)`` or ``("rejected", where_or_id, reason prefix)``."""
    where = f"feed.jsonl:{index}"
    article_id = f"{draw(identifier)}-{index}"
    text = draw(st.sampled_from([FRENCH, "Russia attacked Ukraine.", "é" * 50]))
    kind = draw(st.sampled_from(
        ["valid", "broken", "not-object", "bad-id", "bad-text", "empty", "bad-date", "bad-lang", "garbage", "control"]
    ))
    record: dict = {"id": article_id, "text": text}
    if kind == "valid":
        record.update(draw(st.fixed_dictionaries({}, optional={"date": valid_date, "lang": st.sampled_from(["fr", "en"]),
                                                                "title": printable, "url": printable})))
        return json.dumps(record, ensure_ascii=draw(st.booleans())), ("article", article_id)
    if kind == "broken":
        full = json.dumps(record)
        return full[: draw(st.integers(min_value=1, max_value=len(full) - 1))], ("rejected", where, "malformed JSON")
    if kind == "not-object":
        value = draw(st.lists(json_scalar, max_size=3) | json_scalar)
        return json.dumps(value), ("rejected", where, "malformed record: not a JSON object")
    if kind == "bad-id":
        record["id"] = draw(st.sampled_from(["", None, 7, ["x"]]))
        return json.dumps(record), ("rejected", where, "malformed record: 'id'")
    if kind == "bad-text":
        record["text"] = draw(st.sampled_from([None, 3, ["a"], {"t": 1}]))
        return json.dumps(record), ("rejected", article_id, "malformed record: 'text'")
    if kind == "empty":
        record["text"] = draw(st.sampled_from(["", "   ", "\n\t", "\u3000"]))
        return json.dumps(record), ("rejected", article_id, "empty")
    if kind == "bad-date":
        record["date"] = draw(bad_date)
        return json.dumps(record), ("rejected", article_id, "invalid date")
    if kind == "bad-lang":
        record["lang"] = draw(st.sampled_from(["de", "FR", "français"]))
        return json.dumps(record), ("rejected", article_id, "unsupported language")
    if kind == "control":
        # Raw control characters: inside the text (JSON allows C1 raw), or between the tokens.
        controls = "".join(draw(st.lists(st.characters(categories=["Cc"], exclude_characters="\n\r"), min_size=1, max_size=6)))
        record["text"] = text + controls
        line = json.dumps(record, ensure_ascii=False)
        if draw(st.booleans()):
            line = line[:1] + controls + line[1:]
        return line, ("control", article_id, where)
    garbage = draw(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
        lambda s: s.strip() and not s.lstrip().startswith(("{", "[", '"')) and s.strip() not in ("true", "false", "null")
    ))
    try:
        json.loads(garbage)
        reason = "malformed record: not a JSON object"  # "12", "-3e5": JSON, but not an object
    except ValueError:
        reason = "malformed JSON"
    return garbage, ("rejected", where, reason)


@st.composite
def jsonl_files(draw):
    count = draw(st.integers(min_value=1, max_value=8))
    lines, expected = [], []
    for index in range(1, count + 1):
        line, outcome = draw(jsonl_line(index))
        lines.append(line)
        expected.append(outcome)
    return lines, expected


@settings(max_examples=1000)
@given(jsonl_files(), st.sampled_from(["\n", "\r\n"]))
def test_every_jsonl_line_is_an_article_or_a_rejection_of_its_own(file, newline):
    lines, expected = file
    data = newline.join(lines).encode("utf-8")
    items = list(articles_from_bytes(data, "feed.jsonl", "jsonl", default_date=None, lang=None, max_bytes=LIMIT))
    assert len(items) == len(expected)
    for item, outcome in zip(items, expected):
        if outcome[0] == "article":
            assert isinstance(item, Article), item
            assert_article(item, outcome[1])
        elif outcome[0] == "control":
            # Coded when the controls are few (tabs, a stray byte), else that line alone is refused.
            if isinstance(item, Article):
                assert_article(item, outcome[1])
            else:
                assert item.article_id == outcome[2], item
                assert item.reason == "binary content" or item.reason.startswith("malformed JSON"), item
        else:
            assert isinstance(item, Rejection), item
            assert item.article_id == outcome[1] and item.reason.startswith(outcome[2]), item


def test_a_binary_jsonl_line_costs_that_line_only():
    """A line with a NUL byte or Latin-1 bytes is that line's problem, not the file's (it used to
    make the whole file "binary content", or the whole file decoded as Windows-1252)."""
    good = [json.dumps({"id": f"a{i}", "text": FRENCH}) for i in range(3)]
    data = b"\n".join([good[0].encode(), b'{"id": "x", "text": "\x00\x01\x02"}', good[1].encode(),
                       json.dumps({"id": "latin", "text": "Les Alliés ont condamné."}, ensure_ascii=False).encode("cp1252"),
                       good[2].encode()])
    items = list(articles_from_bytes(data, "f.jsonl", "jsonl", default_date=None, lang=None, max_bytes=LIMIT))
    assert [getattr(i, "id", None) for i in items] == ["a0", None, "a1", "latin", "a2"]
    assert items[1] == Rejection("f.jsonl:2", "binary content")
    assert items[3].text == "Les Alliés ont condamné."
    assert all(i.text == FRENCH for i in (items[0], items[2], items[4]))


# HTML --------------------------------------------------------------------------------------------

TAGS = ["div", "p", "span", "article", "main", "section", "table", "td", "ul", "li", "script", "style", "a", "b", "html", "body"]
html_tree = st.recursive(
    st.one_of(st.text(max_size=40), st.sampled_from(["&amp;", "&#0;", "&#xD800;", "&nbsp;", "<!--", "-->", "<![CDATA[", "]]>",
                                                      "</", "<", ">", "&", "<br>", FRENCH])),
    lambda inner: st.builds(lambda tag, parts, close: f"<{tag}>{''.join(parts)}" + (f"</{tag}>" if close else ""),
                            st.sampled_from(TAGS), st.lists(inner, max_size=4), st.booleans()),
    max_leaves=20,
)


@settings(max_examples=400)
@given(html_tree, st.sampled_from(["", "<!DOCTYPE html>", "<?xml version='1.0'?>"]))
def test_any_html_is_one_article_or_one_rejection(tree, prolog):
    data = (prolog + tree).encode("utf-8")
    item = only(articles_from_bytes(data, "page.html", "html", default_date=None, lang=None, max_bytes=LIMIT))
    if isinstance(item, Rejection):
        assert item.article_id == "page.html"
        assert item.reason in DECODE_REASONS | {"no main text found in the HTML page"}
    else:
        assert_article(item, "page.html")


@pytest.mark.parametrize("depth", [10_000])
def test_deeply_nested_html_is_read_or_refused_without_crashing(depth):
    page = "<html><body>" + "<div>" * depth + f"<p>{FRENCH}</p>" + "</div>" * depth + "</body></html>"
    item = only(articles_from_bytes(page.encode(), "deep.html", "html", default_date=None, lang=None, max_bytes=LIMIT))
    if isinstance(item, Rejection):
        assert item.reason == "no main text found in the HTML page"
    else:
        assert_article(item, "deep.html")
        assert "Les Alliés ont condamné" in item.text


@pytest.mark.parametrize("date", ["2022-02-31", "0000-00-00", "9999-99-99", "demain", "2022-02-30T25:61:00"])
def test_an_impossible_date_in_html_metadata_leaves_the_page_undated(date):
    page = (f'<html><head><meta property="article:published_time" content="{date}"><title>T</title></head>'
            f"<body><article><p>{FRENCH}</p><p>{FRENCH}</p></article></body></html>")
    item = only(articles_from_bytes(page.encode(), "d.html", "html", default_date=None, lang=None, max_bytes=LIMIT))
    assert isinstance(item, Article)
    assert item.published is None or MIN_YEAR <= item.published.year <= MAX_YEAR


# Files: truncated gzip, a 10 MB line, a folder of both next to good articles -------------------------


@pytest.fixture(scope="module")
def gz_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("gzip")


def gzipped_articles(count: int) -> tuple[bytes, list[dict]]:
    records = [{"id": f"row{i}", "text": f"{FRENCH} ({i})"} for i in range(count)]
    return gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode(), mtime=0), records


@settings(max_examples=300)
@given(st.data(), st.sampled_from([".txt", ".html", ".jsonl", ""]))
def test_truncated_gzip_given_as_a_file_is_refused_and_the_rest_read(gz_folder, data, suffix):
    compressed, _ = gzipped_articles(5)
    cut = data.draw(st.integers(min_value=0, max_value=len(compressed) - 1))
    (gz_folder / "a-good.txt").write_text(FRENCH, encoding="utf-8")
    bad = gz_folder / f"b-archive{suffix}"
    bad.write_bytes(compressed[:cut])
    good, *rest = read_inputs([str(gz_folder / "a-good.txt"), str(bad)], max_bytes=LIMIT)
    assert isinstance(good, Article) and good.text == FRENCH
    # One rejection for the file, or one per line of it for JSON lines.
    assert rest and all(isinstance(r, Rejection) and r.article_id.startswith(str(bad)) for r in rest)
    assert all(r.reason in DECODE_REASONS or r.reason.startswith("malformed JSON") for r in rest)
    bad.unlink()


@settings(max_examples=200)
@given(st.data())
def test_a_truncated_jsonl_gz_keeps_its_whole_rows_and_names_the_rest(gz_folder, data):
    compressed, records = gzipped_articles(40)
    cut = data.draw(st.integers(min_value=1, max_value=len(compressed) - 1))
    path = gz_folder / "feed.jsonl.gz"
    path.write_bytes(compressed[:cut])
    items = list(read_inputs([str(path)], max_bytes=LIMIT))
    by_id = {r["id"]: r["text"] for r in records}
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.text for a in articles] == [by_id[a.id] for a in articles]
    assert [a.id for a in articles] == [r["id"] for r in records[: len(articles)]]
    assert isinstance(items[-1], Rejection) and items[-1].article_id.startswith(str(path)) and items[-1].reason


def test_a_10_mb_single_line_is_refused_as_a_file_a_stream_and_a_jsonl_line(tmp_path):
    line = "a" * 10_000_000
    (tmp_path / "huge.txt").write_text(line, encoding="ascii")
    (tmp_path / "ok.txt").write_text(FRENCH, encoding="utf-8")
    rows = [json.dumps({"id": "before", "text": FRENCH}), json.dumps({"id": "huge", "text": line}), json.dumps({"id": "after", "text": FRENCH})]
    (tmp_path / "rows.jsonl").write_text("\n".join(rows), encoding="utf-8")
    items = list(read_inputs([str(tmp_path)], max_bytes=LIMIT))
    outcome = {getattr(i, "id", None) or i.article_id: i for i in items}
    assert outcome[str(tmp_path / "huge.txt")] == Rejection(str(tmp_path / "huge.txt"), "too large: 10000000 bytes, the limit is 2000000")
    assert outcome["huge"] == Rejection("huge", "too large: 10000000 bytes, the limit is 2000000")
    assert {outcome[k].text for k in ("before", "after", str(tmp_path / "ok.txt"))} == {FRENCH}
    streamed = only(read_inputs(["-"], max_bytes=LIMIT, stdin=io.BytesIO(line.encode())))
    assert streamed == Rejection("-", "too large: 10000000 bytes, the limit is 2000000")


def test_a_single_line_at_the_size_limit_is_laid_out_in_linear_time():
    started = time.perf_counter()
    article = article_from_text("a" * (LIMIT - 1), "long")
    assert [(s.start, s.end, s.kind) for s in article.segments] == [(0, LIMIT - 1, SegmentKind.BODY)]
    assert time.perf_counter() - started < 30

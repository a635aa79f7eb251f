"""Reading articles: the three formats and every bad input."""

from __future__ import annotations

import json

import pytest

from kg.articles import iter_articles, read_path
from kg.errors import ArticleError

BODY = ("The minister said on Monday that the talks would continue, and the opposition rejected the plan "
        "as a waste of time for the people of the country.")


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_txt_header_byline_and_dateline(tmp_path):
    path = write(tmp_path, "a.txt", f" date 2026-04-23 By Ann Lee, Bo Chan and Cy Dee, Reuters\n\n"
                                    f"PORT SUDAN, April 23 (Reuters) - {BODY}\n")
    article = read_path(path)[0]
    authors = ["Ann Lee", "Bo Chan", "Cy Dee"]
    assert (article.date, article.outlet, article.authors) == ("2026-04-23", "Reuters", authors)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.body.startswith("The minister said")
    assert article.source == "a.txt"


@pytest.mark.parametrize("dateline", ["(CNN) — ", "WASHINGTON (AP) — ", "LONDON — ", "",
                                      "BUNIA, Democratic Republic of the Congo (Al Jazeera) — ",
                                      "VAN, Turkey, March 18 (Reuters) - "])
def test_datelines_are_skipped(tmp_path, dateline):
    path = write(tmp_path, "b.txt", f" date 2025-12-01 By Ann Lee, CNN\n\n{dateline}{BODY}")
    assert read_path(path)[0].body.startswith("The minister said")


def test_source_is_relative_to_root(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "c.txt", f" date 2025-12-01 By Ann Lee, CNN\n\n{BODY}")
    assert [a.source for a in read_path(tmp_path)] == ["sub/c.txt"]


def test_html_main_text_and_metadata(tmp_path):
    page = f"""<html><head><title>Talks go on</title>
    <meta property="og:site_name" content="The Daily"><meta name="author" content="Ann Lee, Bo Chan">
    <meta property="article:published_time" content="2026-01-05T10:00:00Z">
    <link rel="canonical" href="https://daily.example/talks"></head>
    <body><nav><p>Home News</p></nav><article><h1>Talks go on</h1><p>{BODY}</p>
    <script>var x = 1;</script><p>It is the second round.</p></article><footer><p>(c)</p></footer></body></html>"""
    article = read_path(write(tmp_path, "d.html", page))[0]
    assert (article.date, article.outlet, article.authors) == ("2026-01-05", "The Daily", ["Ann Lee", "Bo Chan"])
    assert article.source == article.url == "https://daily.example/talks"
    assert "Home" not in article.text and "var x" not in article.text and BODY in article.text


def test_jsonl_bad_line_is_named_and_others_read(tmp_path):
    good = {"url": "https://x.example/1", "date": "2026-02-01", "outlet": "X", "authors": ["A"],
            "title": "T", "text": BODY}
    path = write(tmp_path, "e.jsonl", json.dumps(good) + "\n{broken\n" + json.dumps({**good, "url": "u2"}) + "\n")
    items = list(iter_articles(path))
    assert [type(i).__name__ for i in items] == ["Article", "ArticleError", "Article"]
    assert "e.jsonl line 2" in str(items[1]) and "bad JSON" in str(items[1])
    with pytest.raises(ArticleError, match="line 2"):
        read_path(path)


@pytest.mark.parametrize("data, problem", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b" date 2025-12-01 By A, CNN\n\n\xff\xfe caf\xe9", "invalid UTF-8"),
    (BODY.encode(), "no header"),
    (f" date 01/12/2025 By A, CNN\n\n{BODY}".encode(), "unparseable date"),
    (" date 2025-12-01 By A, CNN\n\nLe ministre a déclaré lundi que les négociations continueraient "
     "malgré les critiques de l'opposition sur le calendrier proposé.".encode(), "not look like English"),
])
def test_bad_inputs_get_clear_errors(tmp_path, data, problem):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(ArticleError, match=problem) as err:
        read_path(path)
    assert "bad.txt" in str(err.value)

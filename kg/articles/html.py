"""HTML pages: the main text (paragraphs of <article>, else of <body>) and the page's metadata."""

from __future__ import annotations

from html.parser import HTMLParser

from kg.articles.checks import dateline_end, iso_date, require_english
from kg.articles.model import Article
from kg.errors import ArticleError

_SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "figure"}
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"}
_DATE_KEYS = ("article:published_time", "date", "pubdate", "dc.date", "publish-date", "og:published_time")


class _PageParser(HTMLParser):
    """Collects meta tags, the title, <time datetime> and block texts (inside <article> separately)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.authors: list[str] = []
        self.title = ""
        self.times: list[str] = []
        self.canonical: str | None = None
        self.blocks: list[tuple[bool, str]] = []  # (inside <article>, text)
        self._skip = 0
        self._article = 0
        self._in_title = False
        self._block: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            self._meta(a)
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        elif tag == "title":
            self._in_title = True
        elif tag in _SKIPPED:
            self._skip += 1
        elif tag == "article":
            self._article += 1
        elif tag in _BLOCKS and not self._skip:
            self._close_block()
            self._block = []
        elif tag == "br" and self._block is not None:
            self._block.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self._close_block()
        elif tag == "article":
            self._close_block()
            self._article = max(0, self._article - 1)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif self._block is not None and not self._skip:
            self._block.append(data)

    def _meta(self, a: dict[str, str]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        content = a.get("content", "").strip()
        if key in ("author", "article:author") and content:
            self.authors.append(content)
        elif key and content:
            self.meta.setdefault(key, content)

    def _close_block(self) -> None:
        if self._block is not None:
            text = " ".join("".join(self._block).split())
            if text:
                self.blocks.append((self._article > 0, text))
        self._block = None


def _main_text(page: _PageParser) -> str:
    inside = [t for in_article, t in page.blocks if in_article]
    return "\n\n".join(inside or [t for _, t in page.blocks])


def parse_html(html: str, source: str) -> Article:
    """One article from an HTML page."""
    page = _PageParser()
    page.feed(html)
    page.close()
    text = _main_text(page)
    if not text:
        raise ArticleError(f"{source}: the page has no paragraph text")
    require_english(text, source)
    raw_date = next((page.meta[k] for k in _DATE_KEYS if k in page.meta), None) or next(iter(page.times), None)
    authors = [n.strip() for a in page.authors for n in a.split(",") if n.strip()]
    url = page.meta.get("og:url") or page.canonical
    return Article(
        source=url or source,
        text=text,
        date=iso_date(raw_date, source),
        outlet=page.meta.get("og:site_name"),
        authors=authors,
        title=(page.meta.get("og:title") or page.title.strip() or None),
        url=url,
        body_start=dateline_end(text, 0),
    )

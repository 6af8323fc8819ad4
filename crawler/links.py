"""Which links on a listing page are articles, and which one is the next page (pure)."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from parsel import Selector

# Path words of menus and utility pages that are never articles.
_NON_ARTICLE = re.compile(
    r"/(?:tags?|the|category|categories|chuyen-muc|danh-muc|chuyenmuc|search|tim-kiem|timkiem|print|in-bai|"
    r"login|dang-nhap|dangnhap|dang-ky|register|logout|rss|feed|lien-he|contact|sitemap|gioi-thieu|"
    r"so-do-site|video|photo|album|hinh-anh)(?:[/.?#-]|$)",
    re.IGNORECASE,
)
_NON_ARTICLE_QUERY = re.compile(r"(?:^|&)(?:q|keyword|tukhoa|page|trang|p|sort|lang|language)=", re.IGNORECASE)
_FILE_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|css|js|ico|mp[34]|zip|rar|xml|rss)$", re.IGNORECASE)
# An article URL usually carries a long slug or a numeric/opaque id.
_ARTICLE_SHAPE = re.compile(
    r"(?:[a-z0-9]+-){3,}[a-z0-9]+|/\d{3,}(?:[/.?#-]|$)|-\d{2,}\.(?:html?|aspx?|php)$|[?&](?:id|itemid|newsid|docid|uri)=",
    re.IGNORECASE,
)
_CHROME_CONTAINERS = (
    "ancestor::nav or ancestor::header or ancestor::footer or "
    "ancestor::*[contains(translate(@class,'MENUNAVFOTBRDCGIPSW','menunavfotbrdcgipsw'),'menu') or "
    "contains(translate(@id,'MENUNAVFOTBRDCGIPSW','menunavfotbrdcgipsw'),'menu') or "
    "contains(translate(@class,'MENUNAVFOTBRDCGIPSW','menunavfotbrdcgipsw'),'footer') or "
    "contains(translate(@class,'MENUNAVFOTBRDCGIPSW','menunavfotbrdcgipsw'),'breadcrumb') or "
    "contains(translate(@class,'MENUNAVFOTBRDCGIPSW','menunavfotbrdcgipsw'),'pag')]"
)
NEXT_TEXTS = {"trang sau", "sau", "tiếp", "trang tiếp", "»", "›", ">", ">>", "next", "tiếp theo", "xem tiếp"}


def _absolute_links(selector: Selector, base_url: str, xpath: str = "//a[@href]") -> list[tuple[str, str]]:
    links = []
    for anchor in selector.xpath(xpath):
        href = (anchor.attrib.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        links.append((urljoin(base_url, href).split("#", 1)[0], " ".join(anchor.xpath("string()").get().split())))
    return links


def looks_like_article(url: str, listing_url: str) -> bool:
    parts, listing = urlsplit(url), urlsplit(listing_url)
    if parts.scheme not in ("http", "https") or parts.netloc != listing.netloc:
        return False
    if url.rstrip("/") == listing_url.rstrip("/") or _FILE_EXT.search(parts.path):
        return False
    if _NON_ARTICLE.search(parts.path) or _NON_ARTICLE_QUERY.search(parts.query):
        return False
    return bool(_ARTICLE_SHAPE.search(parts.path + ("?" + parts.query if parts.query else "")))


def article_links(html: str, base_url: str, follow: re.Pattern | None = None) -> list[str]:
    """Article URLs on a listing page, in page order, without duplicates.

    With a `follow` pattern the source decides; otherwise same-host links that look
    like articles and do not sit in menus, headers, footers or pagers.
    """
    selector = Selector(text=html)
    if follow is not None:
        candidates = [url for url, _ in _absolute_links(selector, base_url) if follow.search(url)]
    else:
        xpath = f"//a[@href][not({_CHROME_CONTAINERS})]"
        candidates = [url for url, _ in _absolute_links(selector, base_url, xpath) if looks_like_article(url, base_url)]
    return list(dict.fromkeys(candidates))


def next_page_url(html: str, base_url: str, current_page: int, css: str | None = None) -> str | None:
    """The next listing page: the source's selector, rel=next, a "Trang sau"/"»" link, or number+1."""
    selector = Selector(text=html)
    if css:
        node = selector.css(css)
        href = node.attrib.get("href") if node else None
        return urljoin(base_url, href) if href else None
    rel_next = selector.xpath("//a[@rel='next']/@href | //link[@rel='next']/@href").get()
    if rel_next:
        return urljoin(base_url, rel_next.strip())
    links = _absolute_links(selector, base_url)
    for url, text in links:
        if text.lower() in NEXT_TEXTS and url.rstrip("/") != base_url.rstrip("/"):
            return url
    wanted = str(current_page + 1)
    for url, text in links:
        if text == wanted and urlsplit(url).netloc == urlsplit(base_url).netloc:
            return url
    return None


def feed_links(xml: bytes | str) -> list[tuple[str, str | None]]:
    """(url, date text) of every item in an RSS 2.0 / Atom feed or a sitemap (index entries included)."""
    selector = Selector(text=xml.decode("utf-8", "replace") if isinstance(xml, bytes) else xml, type="xml")
    selector.remove_namespaces()
    found = []
    for item in selector.xpath("//item"):
        found.append(((item.xpath("link/text()").get() or "").strip(), item.xpath("pubDate/text()").get()))
    for entry in selector.xpath("//entry"):
        href = entry.xpath("link[@rel='alternate']/@href | link[not(@rel)]/@href").get()
        found.append(((href or "").strip(), entry.xpath("updated/text() | published/text()").get()))
    for loc in selector.xpath("//url | //sitemap"):
        found.append(((loc.xpath("loc/text()").get() or "").strip(), loc.xpath("lastmod/text()").get()))
    return [(url, date) for url, date in found if url]

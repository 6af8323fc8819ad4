import re

from crawler.links import article_links, feed_links, looks_like_article, next_page_url
from pipelines.urls import canonical_url

LISTING = "http://portal.test/tin-tuc"


def test_websphere_state_tokens_canonicalise_stably():
    a = canonical_url("http://h.test/wps/portal/tu/!ut/p/z1/04_AAA/dz/d5/?uri=nm:oid:Z6_XYZ")
    b = canonical_url("http://h.test/wps/portal/tu/!ut/p/z1/99_BBB/?uri=nm:oid:Z6_XYZ")
    assert a == b == "http://h.test/wps/portal/tu/?uri=nm:oid:Z6_XYZ"
    assert canonical_url("http://h.test/wps/portal/tu/ds/!ut/p/z1/04_A/?pagenum=2") == \
        canonical_url("http://h.test/wps/portal/tu/ds/!ut/p/z1/77_B/?pagenum=2")
    # Without parameters the token is all that tells pages apart: keep it.
    assert "!ut/p" in canonical_url("http://h.test/wps/portal/!ut/p/z1/04_AAA/")


def test_session_and_tracking_parameters_are_dropped():
    url = "HTTP://Portal.TEST:80/bai-viet;jsessionid=AB12?utm_source=fb&id=5&fbclid=x&PHPSESSID=1#top"
    assert canonical_url(url) == "http://portal.test/bai-viet?id=5"
    assert canonical_url("http://p.test/a?b=2&a=1") == canonical_url("http://p.test/a?a=1&b=2")


def test_article_heuristic_rejects_menus_tags_search_print_login():
    assert looks_like_article("http://portal.test/tin-tuc/hoi-nghi-tong-ket-nghi-quyet-25-123.html", LISTING)
    assert looks_like_article("http://portal.test/tuyengiao/ct/sub/45678/slug", LISTING)
    for bad in ["http://portal.test/tag/nghi-quyet-moi-nhat", "http://portal.test/tim-kiem?q=nghi-quyet",
                "http://portal.test/print/bai-viet-so-mot-hai", "http://portal.test/dang-nhap",
                "http://other.test/tin-tuc/hoi-nghi-tong-ket-nghi-quyet", "http://portal.test/tin-tuc?page=2",
                "http://portal.test/chuyen-muc/thoi-su-chinh-tri", "http://portal.test/anh/hinh-dai-dien-bai-viet.jpg"]:
        assert not looks_like_article(bad, LISTING), bad


def test_article_links_skip_navigation_and_keep_order():
    html = """<html><body><nav><a href="/tin-tuc/gioi-thieu-ve-dang-bo-tinh-nha">Menu</a></nav>
    <div class="list"><a href="/tin-tuc/bai-mot-ve-nghi-quyet-43-101.html">1</a>
    <a href="/tin-tuc/bai-hai-ve-chuong-trinh-226-102.html">2</a>
    <a href="/tin-tuc/bai-mot-ve-nghi-quyet-43-101.html">1 again</a></div>
    <div class="footer"><a href="/tin-tuc/lien-ket-chan-trang-so-mot-9">f</a></div></body></html>"""
    assert article_links(html, LISTING) == [
        "http://portal.test/tin-tuc/bai-mot-ve-nghi-quyet-43-101.html",
        "http://portal.test/tin-tuc/bai-hai-ve-chuong-trinh-226-102.html",
    ]
    assert article_links(html, LISTING, re.compile(r"-102\.html$")) == [
        "http://portal.test/tin-tuc/bai-hai-ve-chuong-trinh-226-102.html"]


def test_next_page_by_selector_rel_text_and_number():
    assert next_page_url('<a class="nx" href="?p=2">x</a>', LISTING, 1, "a.nx") == "http://portal.test/tin-tuc?p=2"
    assert next_page_url('<link rel="next" href="/tin-tuc/2">', LISTING, 1) == "http://portal.test/tin-tuc/2"
    assert next_page_url('<a href="/p/9">Trang cuối</a><a href="/p/2">Trang sau</a>', LISTING, 1).endswith("/p/2")
    assert next_page_url('<a href="/p/1">»</a>', "http://portal.test/p/0", 1).endswith("/p/1")
    pager = '<a href="/p/1">Trang đầu</a> <a href="/p/1">1</a> <a href="/p/2">2</a> <a href="/p/3">3</a>'
    assert next_page_url(pager, "http://portal.test/p/2", 2).endswith("/p/3")
    assert next_page_url(pager, "http://portal.test/p/3", 3) is None


def test_feed_links_read_rss_atom_and_sitemaps():
    rss = b"<rss><channel><item><link>http://a.test/x-1</link><pubDate>Mon</pubDate></item></channel></rss>"
    atom = b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="http://a.test/y"/></entry></feed>'
    sitemap = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://a.test/z</loc>'
               b"<lastmod>2024-01-01</lastmod></url></urlset>")
    assert feed_links(rss) == [("http://a.test/x-1", "Mon")]
    assert feed_links(atom) == [("http://a.test/y", None)]
    assert feed_links(sitemap) == [("http://a.test/z", "2024-01-01")]

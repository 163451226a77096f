"""DESIGN §7's trust features in a real browser, on the trust fixture site: a reliability letter, a
verdict pill and a confidence label lead to their definitions on methodology/, a repost to its
original's bibliography entry, an update from corrections/ to the briefing and back; the grade filter
works; no serious axe-core violation (light and dark) on the new and changed pages; corrections.xml
parses and the JSON-LD carries what the keys say."""
import json
import re
import xml.etree.ElementTree as ElementTree

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_pages import emulate

TRUST_PAGES = {
    "briefing": "briefings/deployment/",
    "sources": "sources/",
    "methodology": "methodology/",
    "corrections": "corrections/",
    "about": "about/",
    "claims-status": "claims/incorrect/",
    "glossary-entry": "glossary/north-korea/",
}


def target_id(driver):
    """The id the page's address points at, once the browser has scrolled to it."""
    fragment = driver.current_url.split("#", 1)[1]
    assert driver.find_elements(By.ID, fragment), f"no element #{fragment} on {driver.current_url}"
    return fragment


def follow(driver, css):
    link = driver.find_element(By.CSS_SELECTOR, css)
    href = link.get_attribute("href")
    driver.get(href)  # the same as a click, without depending on the link being in view
    return href


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("name", sorted(TRUST_PAGES))
def test_no_serious_accessibility_violation(no_console_errors, sites, name, dark):
    driver = no_console_errors
    emulate(driver, dark=dark)
    try:
        driver.get(sites.trust_url(TRUST_PAGES[name]))
        axe = Axe(driver)
        axe.inject()
        violations = [v for v in axe.run()["violations"] if v.get("impact") in ("serious", "critical")]
        assert not violations, axe.report(violations)
    finally:
        emulate(driver)


def test_reliability_letter_leads_to_its_definition(no_console_errors, sites):
    driver = no_console_errors
    driver.get(sites.trust_url("briefings/deployment/"))
    letter = driver.find_element(By.CSS_SELECTOR, "#note-troops a.grade")
    assert letter.text == "B"
    assert "usually reliable" in letter.get_attribute("aria-label")
    follow(driver, "#note-troops a.grade")
    assert target_id(driver) == "reliability-b"
    assert "usually reliable" in driver.find_element(By.ID, "reliability-b").text


def test_verdict_pill_and_confidence_lead_to_their_definitions(no_console_errors, sites):
    driver = no_console_errors
    driver.get(sites.trust_url("briefings/deployment/"))
    follow(driver, "#note-troops .claim-note__head a.verdict")
    assert target_id(driver) == "verdict-incorrect"
    driver.get(sites.trust_url("briefings/deployment/"))
    follow(driver, "#note-troops a.confidence")
    assert target_id(driver) == "confidence-high"


def test_repost_leads_to_its_original(no_console_errors, sites):
    driver = no_console_errors
    driver.get(sites.trust_url("sources/"))
    repost = driver.find_element(By.ID, "source-daily-repost")
    assert "repost of" in repost.text
    follow(driver, "#source-daily-repost .source-grade a[href*='#source-']")
    assert target_id(driver) == "source-afp-troops"


def test_update_leads_from_corrections_to_the_briefing_and_back(no_console_errors, sites):
    driver = no_console_errors
    driver.get(sites.trust_url("corrections/"))
    follow(driver, "#deployment--update-2 a[href*='briefings/deployment/']")
    assert target_id(driver) == "update-2"
    assert "Correction" in driver.find_element(By.ID, "update-2").text
    follow(driver, "#update-2 a.backref")
    assert target_id(driver) == "deployment--update-2"


def test_grade_filter_shows_only_the_chosen_grade(no_console_errors, sites):
    driver = no_console_errors
    driver.get(sites.trust_url("sources/"))
    WebDriverWait(driver, 5).until(lambda d: d.find_element(By.ID, "grade-filter").is_displayed())
    Select(driver.find_element(By.ID, "grade-filter-select")).select_by_value("B")
    visible = [item.get_attribute("id") for item in driver.find_elements(By.CSS_SELECTOR, ".bibliography .source")
               if item.is_displayed()]
    assert visible == ["source-afp-troops"]
    Select(driver.find_element(By.ID, "grade-filter-select")).select_by_value("")
    assert all(item.is_displayed() for item in driver.find_elements(By.CSS_SELECTOR, ".bibliography .source"))


def test_grade_filter_is_hidden_without_javascript(sites):
    html = (sites.trust / "sources" / "index.html").read_text()
    assert '<div class="grade-filter" id="grade-filter" hidden>' in html


def test_corrections_feed_parses(sites):
    feed = ElementTree.parse(sites.trust / "corrections.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(atom + "entry")
    assert [entry.find(atom + "id").text for entry in entries] == [
        sites.trust_url("briefings/follow-up/#update-1"),
        sites.trust_url("briefings/deployment/#update-2"),
        sites.trust_url("briefings/deployment/#update-1"),
    ]


def test_claim_review_json_ld_carries_appearance_citation_and_date_modified(sites):
    html = (sites.trust / "briefings" / "deployment" / "index.html").read_text()
    blocks = [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    reviews = {review["url"].split("#")[1]: review for review in blocks[0]["@graph"] if review["@type"] == "ClaimReview"}
    troops = reviews["claim-troops"]
    assert troops["dateModified"] == "2024-10-28"
    assert [work["name"] for work in troops["itemReviewed"]["appearance"]] == ["What Pyongyang gains"]
    assert troops["itemReviewed"]["firstAppearance"]["name"] == "What Pyongyang gains"
    assert [work["name"] for work in troops["citation"]] == ["Troops seen in eastern Russia", "Daily News: troops seen"]
    assert reviews["claim-denial"]["dateModified"] == "2024-10-30"
    assert "dateModified" not in reviews["claim-treaty-signed"]

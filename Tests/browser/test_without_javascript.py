"""With JavaScript off, everything essential still works: annotations are plain links and anchors."""
import pytest
from selenium.webdriver.common.by import By

from conftest import make_browser


@pytest.fixture(scope="module")
def browser():
    driver = make_browser(javascript=False)
    try:
        yield driver
    finally:
        driver.quit()


def test_annotations_are_plain_links(no_console_errors, sites):
    driver = no_console_errors
    driver.get(sites.url("briefings/russia-dprk-treaty/"))
    assert not driver.find_elements(By.ID, "term-card")
    marker = driver.find_element(By.CSS_SELECTOR, "a.claim-marker")
    note = marker.get_attribute("href").split("#", 1)[1]
    driver.get(marker.get_attribute("href"))
    assert driver.find_element(By.ID, note).is_displayed()
    term = driver.find_element(By.CSS_SELECTOR, "a.term[data-term]")
    href = term.get_attribute("href")
    driver.get(href)
    assert driver.find_element(By.CSS_SELECTOR, ".lede").text


def test_search_page_says_it_needs_javascript(no_console_errors, sites):
    driver = no_console_errors
    driver.get(sites.url("search/"))
    assert not driver.find_elements(By.CSS_SELECTOR, "#search-results li")
    assert "needs JavaScript" in driver.find_element(By.TAG_NAME, "main").text

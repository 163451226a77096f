"""Languages in a real browser (DESIGN §8), over http and from file:// (a --portable build): the
switcher takes a reader at a claim to the same claim of the translation and back, a page without a
translation switches to the language's home, and search in the second language finds a word of the
translated body."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def page_url(sites, over, path):
    return sites.url(path) if over == "http" else sites.file_url(path + "index.html")


def switcher_link(driver, code):
    # The page may still be scrolling (smoothly) to its #fragment: once it rests, the reader scrolls
    # back up to the header, where the switcher is. (Clicking while the fragment's scroll went on
    # hit a point above the viewport on a loaded machine.)
    last = [None]

    def at_rest(d):
        y = d.execute_script("return window.scrollY")
        rested = y == last[0]
        last[0] = y
        return rested

    WebDriverWait(driver, 5, poll_frequency=0.1).until(at_rest)
    driver.execute_script("window.scrollTo({top: 0, behavior: 'instant'});")
    link = driver.find_element(By.CSS_SELECTOR, f'.language-switcher a[hreflang="{code}"]')
    WebDriverWait(driver, 5).until(lambda d: d.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return window.scrollY === 0 && r.top >= 0 && r.bottom <= innerHeight;",
        link))
    return link


@pytest.mark.parametrize("over", ["http", "file"])
def test_switching_language_keeps_the_claim(no_console_errors, sites, over):
    driver = no_console_errors
    driver.get(page_url(sites, over, "briefings/russia-dprk-treaty/") + "#claim-treaty-signing")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    switcher_link(driver, "fr").click()
    WebDriverWait(driver, 5).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr")
    assert "/fr/briefings/russia-dprk-treaty/" in driver.current_url
    assert driver.current_url.endswith("#claim-treaty-signing")
    claim = driver.find_element(By.ID, "claim-treaty-signing")
    assert "Pyongyang" in claim.text and "19 juin 2024" in claim.text
    # the current language is marked in words for assistive technology, not only by colour
    assert switcher_link(driver, "fr").get_attribute("aria-current") == "true"
    # and back to the same claim in English
    switcher_link(driver, "en").click()
    WebDriverWait(driver, 5).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
    assert driver.current_url.endswith("briefings/russia-dprk-treaty/#claim-treaty-signing") \
        or driver.current_url.endswith("briefings/russia-dprk-treaty/index.html#claim-treaty-signing")


@pytest.mark.parametrize("over", ["http", "file"])
def test_a_page_without_translation_switches_to_the_languages_home(no_console_errors, sites, over):
    driver = no_console_errors
    driver.get(page_url(sites, over, "briefings/north-korea-gambit/"))
    link = switcher_link(driver, "fr")
    assert link.get_attribute("data-same-page") is None
    link.click()
    WebDriverWait(driver, 5).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr")
    assert driver.current_url.rstrip("/").endswith("/fr") or driver.current_url.endswith("fr/index.html")
    titles = [a.text for a in driver.find_elements(By.CSS_SELECTOR, ".briefing-card__title a")]
    assert len(titles) == 1 and "traité" in titles[0].lower()


@pytest.mark.parametrize("over", ["http", "file"])
def test_search_in_french_finds_a_word_of_the_translated_body(no_console_errors, sites, over):
    driver = no_console_errors
    driver.get(page_url(sites, over, "fr/search/"))
    field = driver.find_element(By.ID, "search-input")
    field.send_keys("assistance mutuelle")
    WebDriverWait(driver, 5).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a.search-result__link"))
    links = driver.find_elements(By.CSS_SELECTOR, "#search-results a.search-result__link")
    assert any("fr/briefings/russia-dprk-treaty/" in a.get_attribute("href") for a in links)
    # the English index does not hold the French words
    driver.get(page_url(sites, over, "search/"))
    driver.find_element(By.ID, "search-input").send_keys("mutuelle")
    WebDriverWait(driver, 5).until(lambda d: "mutuelle" in d.find_element(By.ID, "search-status").text)
    assert not driver.find_elements(By.CSS_SELECTOR, "#search-results a.search-result__link")

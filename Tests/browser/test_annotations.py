"""Following the annotations in a real browser: marker → note → bibliography → back to the claim, and
glossary cards by mouse, keyboard focus and tap, closed with Escape, with nothing on the page moving."""
import time
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.interaction import POINTER_TOUCH
from selenium.webdriver.common.actions.pointer_input import PointerInput
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

BRIEFING = "briefings/russia-dprk-treaty/"


def wait(driver, timeout=5):
    return WebDriverWait(driver, timeout)


def fragment(driver):
    return urlparse(driver.current_url).fragment


def target_id(driver):
    return driver.execute_script("var t = document.querySelector(':target'); return t ? t.id : null;")


def card(driver):
    cards = driver.find_elements(By.CSS_SELECTOR, ".term-card")
    return cards[0] if cards else None


def card_is_open(driver):
    element = card(driver)
    return element is not None and element.is_displayed()


def layout_snapshot(driver):
    """Where the article's blocks are: any shift moves one of them."""
    return driver.execute_script("""
        return Array.prototype.map.call(document.querySelectorAll('.briefing__body > *, .claims, .site-footer'),
            function (e) { var r = e.getBoundingClientRect(); return [r.top + window.scrollY, r.left, r.width, r.height]; });
    """)


def first_term(driver):
    return driver.find_element(By.CSS_SELECTOR, ".briefing__body a.term[data-term]")


def scroll_to(driver, element):
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element)


@pytest.fixture
def page(no_console_errors, sites):
    driver = no_console_errors
    driver.set_window_size(1280, 900)
    driver.get(sites.url(BRIEFING))
    return driver


def test_marker_note_bibliography_and_back(page, sites):
    driver = page
    marker = driver.find_element(By.CSS_SELECTOR, "a.claim-marker")
    note_id = marker.get_attribute("href").split("#", 1)[1]
    claim_id = note_id[len("note-"):]
    # the marker follows its claim, which shows its verdict as a class and a readable label
    claim = driver.find_element(By.ID, "claim-" + claim_id)
    assert "claim--" in claim.get_attribute("class")
    assert marker.find_element(By.CSS_SELECTOR, ".claim-marker__verdict").text.strip()
    scroll_to(driver, marker)
    marker.click()
    wait(driver).until(lambda d: target_id(d) == note_id)
    note = driver.find_element(By.ID, note_id)
    assert note.find_element(By.CSS_SELECTOR, ".verdict").text.strip()
    # the note links back to the mark
    assert any(a.get_attribute("href").endswith("#claim-" + claim_id)
               for a in note.find_elements(By.CSS_SELECTOR, "a.backref"))
    source_link = note.find_element(By.CSS_SELECTOR, ".claim-note__sources a[href*='sources/#source-']")
    source_id = source_link.get_attribute("href").split("#", 1)[1]
    scroll_to(driver, source_link)
    source_link.click()
    wait(driver).until(lambda d: urlparse(d.current_url).path.endswith("/sources/") and target_id(d) == source_id)
    source = driver.find_element(By.ID, source_id)
    back = [a for a in source.find_elements(By.CSS_SELECTOR, ".cited-by a.backref")
            if a.get_attribute("href").endswith("#claim-" + claim_id)]
    assert back, f"{source_id} has no 'Cited by' link back to claim {claim_id}"
    scroll_to(driver, back[0])
    back[0].click()
    wait(driver).until(lambda d: urlparse(d.current_url).path.endswith("/" + BRIEFING) and target_id(d) == "claim-" + claim_id)
    # and the browser's Back goes to the bibliography again, at the same source
    driver.back()
    wait(driver).until(lambda d: fragment(d) == source_id)


def test_card_opens_on_hover_without_layout_shift(page):
    driver = page
    term = first_term(driver)
    scroll_to(driver, term)
    before = layout_snapshot(driver)
    ActionChains(driver).move_to_element(term).perform()
    wait(driver).until(card_is_open)
    element = card(driver)
    name = element.find_element(By.CSS_SELECTOR, ".term-card__name").text
    kind = element.find_element(By.CSS_SELECTOR, ".term-card__kind").text
    summary = element.find_element(By.CSS_SELECTOR, ".term-card__summary").text
    assert name and kind and len(summary) > 20
    assert term.get_attribute("aria-describedby") == "term-card"
    link = element.find_element(By.CSS_SELECTOR, "a.term-card__link")
    assert link.get_attribute("href") == term.get_attribute("href")
    # the card's words come from the page (script#card-words), in the page's language
    assert link.text == "Glossary entry"
    assert link.get_attribute("aria-label") == "Glossary entry: " + name
    assert layout_snapshot(driver) == before, "opening the card moved the page"
    # the card stays inside the viewport, below or above its term
    box = driver.execute_script("var r = arguments[0].getBoundingClientRect(); return [r.left, r.right, innerWidth];", element)
    assert box[0] >= 0 and box[1] <= box[2]
    # moving onto the card keeps it open; moving away closes it
    ActionChains(driver).move_to_element(link).perform()
    time.sleep(0.4)
    assert card_is_open(driver)
    ActionChains(driver).move_to_element(driver.find_element(By.CSS_SELECTOR, "h1")).perform()
    wait(driver).until(lambda d: not card_is_open(d))
    assert term.get_attribute("aria-describedby") is None


def test_card_opens_on_keyboard_focus_and_closes_with_escape(page):
    driver = page
    term = first_term(driver)
    # tab to the term from the element before it, as a keyboard user would
    driver.execute_script("""
        var links = Array.prototype.slice.call(document.querySelectorAll('a[href]'));
        var index = links.indexOf(arguments[0]);
        links[index - 1].focus();
    """, term)
    ActionChains(driver).send_keys(Keys.TAB).perform()
    assert driver.switch_to.active_element == term
    wait(driver).until(card_is_open)
    assert card(driver).find_element(By.CSS_SELECTOR, ".term-card__name").text
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    wait(driver).until(lambda d: not card_is_open(d))
    assert driver.switch_to.active_element == term, "Escape must leave the focus where it was"
    # focus moving on closes the card of the previous term and opens the next one's
    ActionChains(driver).send_keys(Keys.TAB).perform()
    focused = driver.switch_to.active_element
    if "term" in (focused.get_attribute("class") or "").split():
        wait(driver).until(card_is_open)
    else:
        assert not card_is_open(driver)


def tap(driver, element):
    touch = PointerInput(POINTER_TOUCH, "finger")
    actions = ActionBuilder(driver, mouse=touch)
    actions.pointer_action.move_to(element).pointer_down().pause(0.05).pointer_up()
    actions.perform()


def test_first_tap_opens_the_card_second_tap_follows_the_link(page, sites):
    driver = page
    term = first_term(driver)
    href = term.get_attribute("href")
    scroll_to(driver, term)
    url = driver.current_url
    tap(driver, term)
    wait(driver).until(card_is_open)
    time.sleep(0.3)
    assert driver.current_url == url, "the first tap must not follow the link"
    # the card links to the entry
    assert card(driver).find_element(By.CSS_SELECTOR, "a.term-card__link").get_attribute("href") == href
    # a tap elsewhere closes it
    tap(driver, driver.find_element(By.CSS_SELECTOR, "h1"))
    wait(driver).until(lambda d: not card_is_open(d))
    # tap, and tap again: the second tap follows the link
    tap(driver, term)
    wait(driver).until(card_is_open)
    tap(driver, term)
    wait(driver).until(lambda d: d.current_url == href)
    assert driver.find_element(By.CSS_SELECTOR, "h1").text


def test_tapping_the_card_link_opens_the_entry(page):
    driver = page
    term = first_term(driver)
    href = term.get_attribute("href")
    scroll_to(driver, term)
    tap(driver, term)
    wait(driver).until(card_is_open)
    tap(driver, card(driver).find_element(By.CSS_SELECTOR, "a.term-card__link"))
    wait(driver).until(lambda d: d.current_url == href)


def test_cards_work_on_a_glossary_entry_and_from_file(no_console_errors, sites):
    driver = no_console_errors
    for url in (sites.url("glossary/russia-dprk-treaty/"), sites.file_url(BRIEFING + "index.html")):
        driver.get(url)
        term = driver.find_element(By.CSS_SELECTOR, "main a.term[data-term]")
        scroll_to(driver, term)
        ActionChains(driver).move_to_element(term).perform()
        wait(driver).until(card_is_open)
        link = card(driver).find_element(By.CSS_SELECTOR, "a.term-card__link")
        assert link.get_attribute("href") == term.get_attribute("href")
        ActionChains(driver).send_keys(Keys.ESCAPE).perform()
        wait(driver).until(lambda d: not card_is_open(d))
    # from file://, the card's link opens the entry's index.html
    assert driver.current_url.startswith("file://")
    term = driver.find_element(By.CSS_SELECTOR, "main a.term[data-term]")
    href = term.get_attribute("href")
    assert href.endswith("/index.html")
    scroll_to(driver, term)
    # after Escape the card stays closed until the pointer leaves the term and comes back
    time.sleep(0.3)
    assert not card_is_open(driver)
    ActionChains(driver).move_to_element(driver.find_element(By.CSS_SELECTOR, "h1")).perform()
    ActionChains(driver).move_to_element(term).perform()
    wait(driver).until(card_is_open)
    link = card(driver).find_element(By.CSS_SELECTOR, "a.term-card__link")
    ActionChains(driver).move_to_element(link).click().perform()
    wait(driver).until(lambda d: d.current_url == href)
    assert "glossary" in driver.find_element(By.CSS_SELECTOR, ".eyebrow").text.lower()


"""Every kind of page in a real browser: no serious or critical axe-core violation (light and dark), no
horizontal scrolling at 320 px, no console error; screenshots (desktop, phone, print) when
BROWSER_ARTIFACTS names a folder."""
import time

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import save_screenshot

PAGES = {
    "home": "",
    "briefing": "briefings/north-korea-gambit/",
    "short-briefing": "briefings/russia-dprk-treaty/",
    "glossary": "glossary/",
    "glossary-entry": "glossary/russia-dprk-treaty/",
    "sources": "sources/",
    "claims": "claims/",
    "claims-status": "claims/supported/",
    "tags": "tags/",
    "tag": "tags/treaties/",
    "search": "search/?q=treaty",
    "timeline": "timeline/",
    "404": "404.html",
    "methodology": "methodology/",
    "corrections": "corrections/",
    # DESIGN §8: the French translation and its language's listings
    "fr-home": "fr/",
    "fr-briefing": "fr/briefings/russia-dprk-treaty/",
    "fr-glossary": "fr/glossary/",
    "fr-glossary-entry": "fr/glossary/russia-dprk-treaty/",
}


def emulate(driver, width=None, dark=False, media=""):
    if width:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 720, "deviceScaleFactor": 2, "mobile": True})
    else:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": media, "features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def open_page(driver, sites, path):
    driver.get(sites.url(path))
    if path.startswith("search/"):
        WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))


def serious_violations(driver):
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    return [v for v in results["violations"] if v.get("impact") in ("serious", "critical")], axe


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_serious_accessibility_violation(no_console_errors, sites, name, dark):
    driver = no_console_errors
    emulate(driver, dark=dark)
    try:
        open_page(driver, sites, PAGES[name])
        violations, axe = serious_violations(driver)
        assert not violations, axe.report(violations)
    finally:
        emulate(driver)


def test_open_glossary_card_is_accessible(no_console_errors, sites):
    driver = no_console_errors
    for dark in (False, True):
        # the colour scheme is set before the page loads: switching it on a loaded page starts transitions
        emulate(driver, dark=dark)
        open_page(driver, sites, PAGES["short-briefing"])
        term = driver.find_element(By.CSS_SELECTOR, ".briefing__body a.term[data-term]")
        driver.execute_script("arguments[0].focus();", term)
        WebDriverWait(driver, 5).until(lambda d: d.find_element(By.ID, "term-card").is_displayed())
        time.sleep(0.3)  # the card's fade-in
        violations, axe = serious_violations(driver)
        assert not violations, axe.report(violations)
    emulate(driver)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_horizontal_scrolling_at_320_px(no_console_errors, sites, name):
    driver = no_console_errors
    emulate(driver, width=320)
    try:
        open_page(driver, sites, PAGES[name])
        overflow = driver.execute_script("""
            var width = document.documentElement.clientWidth;
            var wide = [];
            document.querySelectorAll('body *').forEach(function (e) {
                var r = e.getBoundingClientRect();
                if (r.width && r.right > width + 1 && getComputedStyle(e).position !== 'fixed') {
                    var scroller = e.parentElement && e.parentElement.closest('table, pre');
                    if (!scroller) wide.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));
                }
            });
            return {scroll: document.documentElement.scrollWidth, width: width, wide: wide.slice(0, 5)};
        """)
        assert overflow["scroll"] <= overflow["width"], overflow
        if name == "briefing":
            save_screenshot(driver, "briefing-phone.png")
    finally:
        emulate(driver)


def test_screenshots_desktop_and_print(no_console_errors, sites):
    driver = no_console_errors
    driver.set_window_size(1280, 900)
    open_page(driver, sites, PAGES["briefing"])
    save_screenshot(driver, "briefing-desktop.png")
    emulate(driver, dark=True)
    open_page(driver, sites, PAGES["briefing"])
    save_screenshot(driver, "briefing-desktop-dark.png")
    emulate(driver, media="print")
    # print hides the navigation and the table of contents, and shows every claim note
    assert not driver.find_element(By.CSS_SELECTOR, ".site-nav").is_displayed()
    assert driver.find_element(By.CSS_SELECTOR, ".claims").is_displayed()
    save_screenshot(driver, "briefing-print.png")
    emulate(driver)

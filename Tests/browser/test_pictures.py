"""Timelines and relation diagrams in a real browser: labels measured with the real fonts never
overlap and stay inside the picture, every link in a picture leads to a page and element that exist,
links take keyboard focus visibly, the list the picture names as its description exists, and the
pictures scroll inside themselves at 320 px, in dark mode and in print."""
import re
from urllib.parse import unquote

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from test_pages import emulate, open_page

PICTURE_PAGES = ["timeline/", "briefings/russia-dprk-treaty/", "glossary/russia-dprk-treaty/", "glossary/russia/"]

LABEL_BOXES = """
    var out = [];
    document.querySelectorAll('figure.picture svg').forEach(function (svg, index) {
        var frame = svg.viewBox.baseVal;
        svg.querySelectorAll('text').forEach(function (text) {
            var box = text.getBBox();
            out.push({svg: index, text: text.textContent, x: box.x, y: box.y, w: box.width, h: box.height,
                      right: frame.width});
        });
    });
    return out;
"""


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("path", PICTURE_PAGES)
def test_labels_measured_in_the_browser_do_not_overlap(no_console_errors, sites, path, dark):
    driver = no_console_errors
    emulate(driver, dark=dark)
    try:
        open_page(driver, sites, path)
        boxes = driver.execute_script(LABEL_BOXES)
        assert boxes, "no picture on " + path
        for box in boxes:
            assert box["x"] >= 0 and box["x"] + box["w"] <= box["right"], box
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if a["svg"] != b["svg"]:
                    continue
                apart = (a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"]
                         or a["y"] + a["h"] <= b["y"] or b["y"] + b["h"] <= a["y"])
                assert apart, (a, b)
    finally:
        emulate(driver)


@pytest.mark.parametrize("path", PICTURE_PAGES)
def test_every_picture_link_resolves_and_the_description_exists(sites, path):
    page = sites.portable / path / "index.html"
    html = page.read_text()
    figures = re.findall(r'<figure class="picture.*?</figure>', html, re.S)
    assert figures
    for figure in figures:
        described = re.search(r'aria-describedby="([^"]+)"', figure).group(1)
        assert f'id="{described}"' in figure
        labelled = re.search(r'aria-labelledby="([^"]+)"', figure).group(1)
        assert f'<title id="{labelled}">' in figure
        svg = figure[figure.index("<svg"):figure.index("</svg>")]
        for href in re.findall(r'<a [^>]*href="([^"]+)"', svg):
            href = href.replace("&amp;", "&")
            target, _, fragment = href.partition("#")
            file = (page.parent / unquote(target)).resolve() if target else page
            assert file.exists(), f"{href} from {path}"
            if fragment:
                assert f'id="{fragment}"' in file.read_text(), f"{href} from {path}"


def test_timeline_list_is_newest_first_and_the_picture_links_are_focusable(no_console_errors, sites):
    driver = no_console_errors
    open_page(driver, sites, "timeline/")
    dates = [t.get_attribute("datetime") for t in driver.find_elements(By.CSS_SELECTOR, "#timeline-events time")]
    assert len(dates) > 10
    padded = [d + "-00" * (2 - d.count("-")) for d in dates]  # a partial date sits at the start of its month or year
    assert padded == sorted(padded, reverse=True)
    link = driver.find_element(By.CSS_SELECTOR, "svg.timeline a")
    ActionChains(driver).send_keys(Keys.SHIFT).perform()  # keyboard modality, so :focus-visible applies
    driver.execute_script("arguments[0].focus();", link)
    assert driver.execute_script("return document.activeElement;") == link
    # A focused link shows it: its marker gets a focus ring.
    stroke = driver.execute_script(
        "return getComputedStyle(arguments[0].querySelector('circle')).strokeWidth;", link)
    assert stroke == "3px", stroke


def test_pictures_scroll_inside_themselves_at_320_px_and_print_whole(no_console_errors, sites):
    driver = no_console_errors
    emulate(driver, width=320)
    try:
        open_page(driver, sites, "glossary/russia-dprk-treaty/")
        sizes = driver.execute_script("""
            var s = document.querySelector('.picture__scroll');
            return {scroll: s.scrollWidth, client: s.clientWidth, page: document.documentElement.scrollWidth,
                    width: document.documentElement.clientWidth};
        """)
        assert sizes["scroll"] > sizes["client"], sizes   # the picture scrolls…
        assert sizes["page"] <= sizes["width"], sizes      # …the page does not
        emulate(driver, media="print")
        printed = driver.execute_script("""
            var s = document.querySelector('.picture__scroll');
            return {scroll: s.scrollWidth, client: s.clientWidth,
                    shown: document.querySelector('.picture svg').getBoundingClientRect().width > 0};
        """)
        assert printed["shown"] and printed["scroll"] <= printed["client"] + 1, printed
    finally:
        emulate(driver)

"""`briefing serve` in Chromium: a save reloads the open pages, and the search page, which waits for
the search index written after them, reloads once with the new index."""
import re
import shutil
import subprocess
import time
import urllib.request

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from conftest import BINARY, REPO

GOLDEN = REPO / "Tests/BriefingKitTests/Fixtures/golden-site"
MANIFEST = re.compile(r"search/manifest\.[0-9a-f]+\.js")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The golden site under `briefing serve` on a free port: its URL and its content folder."""
    root = tmp_path_factory.mktemp("serve")
    shutil.copytree(GOLDEN, root / "Content")
    server = subprocess.Popen(
        [str(BINARY), "serve", "--port", "0", "--templates", str(REPO / "Templates")],
        cwd=root, stderr=subprocess.PIPE, text=True)
    try:
        url = None
        deadline = time.monotonic() + 120
        while url is None and time.monotonic() < deadline:
            line = server.stderr.readline()
            if not line:
                break
            found = re.search(r"http://127\.0\.0\.1:\d+/", line)
            url = found.group(0) if found else None
        assert url, "briefing serve did not say where it serves"
        yield url, root / "Content"
    finally:
        server.terminate()
        server.wait(timeout=10)


def mark(browser):
    """Sets a flag that only a reload clears."""
    browser.execute_script("window.__notReloaded = true")


def reloaded(browser):
    return browser.execute_script("return window.__notReloaded === undefined && document.readyState === 'complete'")


def test_a_save_reloads_pages_and_the_search_page_waits_for_the_index(browser, served):
    url, content = served
    browser.get(url + "briefings/gambit/")
    page = browser.current_window_handle
    mark(browser)
    browser.switch_to.new_window("tab")
    browser.get(url + "search/")
    search = browser.current_window_handle
    old_manifest = MANIFEST.search(browser.page_source).group(0)
    mark(browser)
    # The EventSource of both pages must be listening before the save.
    time.sleep(1)

    briefing = content / "briefings" / "gambit.md"
    briefing.write_text(briefing.read_text(encoding="utf-8") + "\nA paragraph about kestrels.\n", encoding="utf-8")

    browser.switch_to.window(page)
    WebDriverWait(browser, 30).until(lambda driver: reloaded(driver) and "kestrels" in driver.page_source)
    browser.switch_to.window(search)
    WebDriverWait(browser, 30).until(reloaded)
    # Reloaded once, on the news of the index: it names the new index at once.
    new_manifest = MANIFEST.search(browser.page_source).group(0)
    assert new_manifest != old_manifest
    with urllib.request.urlopen(url + new_manifest) as response:
        assert response.status == 200
    # The briefing page does not reload a second time for the index.
    browser.switch_to.window(page)
    mark(browser)
    time.sleep(2)
    assert not reloaded(browser), "the briefing page reloaded again for the search index"
    browser.switch_to.window(search)
    browser.close()
    browser.switch_to.window(page)

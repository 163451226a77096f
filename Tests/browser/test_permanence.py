"""Old addresses keep working in a real browser (DESIGN §7 Permanence): a redirect page left by
`moved-from` lands on the same anchor of the new page — `old/#claim-x` on `new/#claim-x`, which a
meta refresh alone would drop — over HTTP and from file:// (--portable); a claim's old id is still
a target; stylesheets load from their versioned (`?v=`) address, from file:// too."""
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlparse

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO, build, free_port

GOLDEN = REPO / "Tests/BriefingKitTests/Fixtures/golden-site"


@pytest.fixture(scope="module")
def golden(sites):
    """The golden fixture (gambit.md has `moved-from: [nk-gambit]`, its claim `numbers` has
    `moved-from: [figures]`) built plainly and served over HTTP, and built --portable."""
    served = build(sites.root / "golden-http", content=GOLDEN)
    portable = build(sites.root / "golden-portable", "--portable", content=GOLDEN)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(served)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).read()
            break
        except OSError:
            if time.monotonic() > deadline:
                server.kill()
                raise RuntimeError("the test HTTP server did not start")
            time.sleep(0.1)
    try:
        yield {"http": f"http://127.0.0.1:{port}/", "portable": portable}
    finally:
        server.terminate()
        server.wait(timeout=10)


def url_for(golden, kind, path):
    if kind == "http":
        return golden["http"] + path
    return (golden["portable"] / (path + "index.html")).as_uri()


def landed(driver, kind, path, fragment):
    WebDriverWait(driver, 10).until(lambda d: urlparse(d.current_url).path.endswith(
        "/" + path + ("index.html" if kind == "portable" else "")))
    assert urlparse(driver.current_url).fragment == fragment
    target = driver.execute_script("var t = document.querySelector(':target'); return t ? t.id : null;")
    assert target == fragment, f"landed on {driver.current_url}, :target is {target!r}"


@pytest.mark.parametrize("kind", ["http", "portable"])
@pytest.mark.parametrize("anchor", ["claim-troops", "note-troops", "why-pyongyang-acts", "claim-figures"])
def test_old_address_lands_on_the_same_anchor(browser, golden, kind, anchor):
    browser.get(url_for(golden, kind, "briefings/nk-gambit/") + "#" + anchor)
    landed(browser, kind, "briefings/gambit/", anchor)


@pytest.mark.parametrize("kind", ["http", "portable"])
def test_old_address_without_a_fragment_lands_on_the_page(browser, golden, kind):
    browser.get(url_for(golden, kind, "briefings/nk-gambit/"))
    WebDriverWait(browser, 10).until(lambda d: "/briefings/gambit/" in d.current_url)
    assert urlparse(browser.current_url).fragment == ""
    assert "gambit" in browser.title


@pytest.mark.parametrize("kind", ["http", "portable"])
def test_the_versioned_stylesheet_applies(browser, golden, kind):
    browser.get(url_for(golden, kind, "briefings/gambit/"))
    href = browser.execute_script("return document.querySelector('link[rel=stylesheet]').getAttribute('href')")
    assert "style.css?v=" in href
    # The stylesheet sets `body { margin: 0 }` (browsers default to 8px).
    assert browser.execute_script("return getComputedStyle(document.body).marginTop") == "0px"

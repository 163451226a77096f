"""Shared fixtures for the browser and output tests (run with `make browser-test`).

The session builds three sites with the debug binary (BRIEFING_BINARY, default .build/debug/briefing)
into a temporary folder:
  http      the shipped site (Content/ + Templates/), served by `python3 -m http.server` on 127.0.0.1 at
            a free port; its base URL is the server's, so even 404.html's absolute links resolve
  portable  the shipped site built with --portable, opened from file://
  golden    the test fixture site Tests/BriefingKitTests/Fixtures/golden-site
  trust     the fixture Tests/BriefingKitTests/Fixtures/trust-site (every DESIGN §7 trust key), built into
            http/trust/ so the same server serves it (and the Nu checker's walk of http/ covers it)
Each test module gets one headless Chromium session (the `browser` fixture).
"""
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

REPO = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("BRIEFING_BINARY", REPO / ".build/debug/briefing"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
ARTIFACTS = Path(os.environ["BROWSER_ARTIFACTS"]) if os.environ.get("BROWSER_ARTIFACTS") else None


def build(output, *extra, content=REPO / "Content"):
    result = subprocess.run(
        [str(BINARY), "build", "--content", str(content), "--templates", str(REPO / "Templates"),
         "--output", str(output), *extra],
        cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, f"briefing build failed:\n{result.stdout}\n{result.stderr}"
    return Path(output)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Sites:
    def __init__(self, root, port):
        self.root = root
        self.port = port
        self.http = root / "http"
        self.portable = root / "portable"
        self.golden = root / "golden"

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}/"

    def url(self, path=""):
        return self.base + path

    @property
    def trust(self):
        return self.http / "trust"

    def trust_url(self, path=""):
        return self.base + "trust/" + path

    def file_url(self, path="index.html"):
        return (self.portable / path).as_uri()


@pytest.fixture(scope="session")
def sites():
    assert BINARY.exists(), f"{BINARY} is missing: run `swift build` first (make browser-test does)"
    root = Path(tempfile.mkdtemp(prefix="briefing-browser-"))
    port = free_port()
    build(root / "http", "--base-url", f"http://127.0.0.1:{port}/")
    build(root / "portable", "--portable")
    build(root / "golden", content=REPO / "Tests/BriefingKitTests/Fixtures/golden-site")
    build(root / "http" / "trust", "--base-url", f"http://127.0.0.1:{port}/trust/",
          content=REPO / "Tests/BriefingKitTests/Fixtures/trust-site")
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(root / "http")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).read()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("the test HTTP server did not start")
            time.sleep(0.1)
    try:
        yield Sites(root, port)
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(root, ignore_errors=True)


def make_browser(width=1280, height=900, javascript=True):
    options = Options()
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-color-profile=srgb", f"--window-size={width},{height}",
                     "--lang=en-GB", "--no-first-run", "--disable-extensions"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


@pytest.fixture(scope="module")
def browser():
    driver = make_browser()
    try:
        yield driver
    finally:
        driver.quit()


def console_errors(driver):
    """The browser log's errors since the last call (reading the log empties it)."""
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


@pytest.fixture
def no_console_errors(browser):
    """Fails the test when the page logged an error (a script error, a failed request) while it ran."""
    console_errors(browser)  # drop what earlier tests left
    yield browser
    errors = console_errors(browser)
    assert not errors, "console errors:\n" + "\n".join(entry["message"] for entry in errors)


def html_pages(folder):
    return sorted(p for p in Path(folder).rglob("*.html"))


def json_ld_blocks(html):
    return [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def save_screenshot(driver, name):
    if ARTIFACTS:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / name))

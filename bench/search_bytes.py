#!/usr/bin/env python3
"""make bench (search part): what one search costs a reader, Briefing against Pagefind, in a real browser.

Generates the 10,000-briefing corpus (bench/bench.py's "short" one) unless --corpus is given, copies it and
puts a made-up word (the rare word) into two briefings' bodies, builds it with BRIEFING_BINARY, indexes the
same built site with Pagefind (default settings; its default UI on a page of its own), serves the folder with
`python3 -m http.server` on 127.0.0.1 (no compression) and drives headless Chromium with the cache disabled
and a fresh profile for each first query. It counts the bytes the server sent (the bodies of the files its
log shows served, so that Pagefind's web-worker requests count too) for: loading the search page and typing
a first query (every keystroke, as a reader types), then a second query. The common
word is the word found in most briefings. Also checks that Briefing finds every briefing page Pagefind finds
for the rare word, and times Briefing's results (keystroke to results shown, after the first chunk load).

Usage: search_bytes.py BRIEFING_BINARY [--corpus DIR] [--briefings N] [--work DIR] [--pagefind CMD] [--key-delay MS]
(SEARCH_BENCH_FILES=1 lists every file each query loaded.)
"""
import argparse
import collections
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "gen_corpus.py")
if not os.path.exists(GENERATOR):
    GENERATOR = "/work/shared/bench/gen_corpus.py"
RARE = "quendrivax"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
PAGEFIND_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind search</title>
<link href="pagefind/pagefind-ui.css" rel="stylesheet"><script src="pagefind/pagefind-ui.js"></script></head>
<body><main><div id="search"></div></main>
<script>window.addEventListener("DOMContentLoaded", function () { new PagefindUI({ element: "#search" }); });</script>
</body></html>
"""


def generate(out, briefings):
    if not os.path.exists(os.path.join(out, "Content", "site.yaml")):
        args = ["--briefings", str(briefings)]
        if briefings >= 10000:
            args += ["--paragraphs", "6", "--terms", "1000", "--sources", "5000"]
        subprocess.run([sys.executable, GENERATOR, out, *args], check=True, stdout=subprocess.DEVNULL)
    return out


def insert_rare_word(content):
    """Puts RARE into the body of two briefings (far apart in the listing); returns their slugs."""
    folder = os.path.join(content, "briefings")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".md"))
    chosen = [names[len(names) // 3], names[(2 * len(names)) // 3]]
    for name in chosen:
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.rstrip("\n") + f"\n\nObservers reported a {RARE} near the front.\n")
    return [n[:-3] for n in chosen]


def common_word(content):
    """The word (5+ letters) in the most briefings' bodies; of words in equally many, the first in
    alphabetical order (a Counter's ties follow set order, which changes with each run's string hashing)."""
    folder = os.path.join(content, "briefings")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".md"))[:500]
    counts = collections.Counter()
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            body = f.read().split("\n---\n", 1)[-1]
        body = re.sub(r"\]\([^)]*\)", "]", body)  # link destinations (claim:…, cite:…) are not text
        counts.update(set(w.lower() for w in re.findall(r"[A-Za-z]{5,}", body)))
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(folder, port, log):
    server = subprocess.Popen([sys.executable, "-u", "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", folder], stdout=subprocess.DEVNULL, stderr=open(log, "w"))
    deadline = time.monotonic() + 15
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).read()
            return server
        except OSError:
            if time.monotonic() > deadline:
                server.kill()
                sys.exit("the HTTP server did not start")
            time.sleep(0.1)


def browser():
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--no-first-run", "--disable-extensions"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    return driver


class Meter:
    """Bytes the server sent since the last reading: the bodies of the files its log shows served
    (a 200 response's body is the file; the few hundred bytes of headers are left out alike for both
    tools). Read from the server's side so that requests from web workers count too."""

    LINE = re.compile(r'"GET (\S+) HTTP/[\d.]+" (\d{3})')

    def __init__(self, log, root):
        self.log = open(log, encoding="utf-8", errors="replace")
        self.root = root

    def size(self, path):
        path = urllib.parse.unquote(urllib.parse.urlsplit(path).path).lstrip("/")
        local = os.path.join(self.root, path)
        if os.path.isdir(local):
            local = os.path.join(local, "index.html")
        return os.path.getsize(local) if os.path.isfile(local) else 0

    def read(self):
        total, files = 0, []
        for line in self.log.readlines():
            match = self.LINE.search(line)
            if match and match.group(2) == "200":
                size = self.size(match.group(1))
                total += size
                files.append((match.group(1), size))
        return total, files

    def settle(self, quiet=1.0, timeout=30):
        """Waits until the server served nothing for `quiet` seconds; returns bytes and (path, size) pairs."""
        total, files = 0, []
        deadline = time.monotonic() + timeout
        last_activity = time.monotonic()
        while time.monotonic() < deadline:
            more, names = self.read()
            total += more
            files += names
            if names:
                last_activity = time.monotonic()
            elif time.monotonic() - last_activity >= quiet:
                break
            time.sleep(0.1)
        return total, files


KEY_DELAY = 0.0  # seconds between keystrokes (--key-delay); 0: as fast as the driver types


def type_into(driver, selector, text):
    field = driver.find_element(By.CSS_SELECTOR, selector)
    field.clear()
    if not KEY_DELAY:
        field.send_keys(text)
        return
    for character in text:
        field.send_keys(character)
        time.sleep(KEY_DELAY)


def briefing_results(driver, word):
    WebDriverWait(driver, 30).until(
        lambda d: d.find_element(By.ID, "search-results").get_attribute("data-query") == word)
    return [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results a.search-result__link")]


def pagefind_results(driver):
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__message")
                                    and "result" in d.find_element(By.CSS_SELECTOR, ".pagefind-ui__message").text)
    return [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link")]


def measure(tool, url, first, second, meter):
    """(bytes of page + first query, bytes of the second query, first query's result URLs, the files of
    the first query, the files of the second)."""
    driver = browser()
    try:
        meter.settle(quiet=0.3)
        driver.get(url)
        selector = "#search-input" if tool == "briefing" else ".pagefind-ui__search-input"
        WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, selector))
        type_into(driver, selector, first)
        results = briefing_results(driver, first) if tool == "briefing" else pagefind_results(driver)
        first_bytes, first_files = meter.settle()
        type_into(driver, selector, second)
        if tool == "briefing":
            briefing_results(driver, second)
        else:
            WebDriverWait(driver, 30).until(lambda d: second in d.find_element(By.CSS_SELECTOR, ".pagefind-ui__message").text
                                            or d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-link"))
        second_bytes, second_files = meter.settle()
        return first_bytes, second_bytes, results, first_files, second_files
    finally:
        driver.quit()


TIMING_SCRIPT = """
const [word, done] = [arguments[0], arguments[arguments.length - 1]];
const input = document.getElementById("search-input");
const list = document.getElementById("search-results");
const started = performance.now();
const observer = new MutationObserver(() => {
  if (list.getAttribute("data-query") === word) { observer.disconnect(); done(performance.now() - started); }
});
observer.observe(list, { attributes: true, attributeFilter: ["data-query"] });
input.value = word;
input.dispatchEvent(new Event("input"));
"""


def time_to_results(url, words):
    """Milliseconds from an input event to results shown, per keystroke of `words` (after their first load)."""
    driver = browser()
    try:
        driver.get(url)
        times = []
        for word in words:
            for end in range(2, len(word) + 1):
                driver.execute_async_script(TIMING_SCRIPT, word[:end])   # loads what the prefix needs
                driver.execute_async_script(TIMING_SCRIPT, "")
                times.append(driver.execute_async_script(TIMING_SCRIPT, word[:end]))
        return statistics.median(times), max(times)
    finally:
        driver.quit()


def briefing_pages(urls):
    slugs = set()
    for url in urls:
        match = re.search(r"/briefings/([^/#]+)/", url)
        if match:
            slugs.add(match.group(1))
    return slugs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--corpus", help="an existing corpus folder (holding Content/)")
    parser.add_argument("--briefings", type=int, default=10000)
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "briefing-bench"))
    parser.add_argument("--pagefind", default=f"{sys.executable} -m pagefind")
    parser.add_argument("--key-delay", type=float, default=0, metavar="MS",
                        help="milliseconds between keystrokes, as a reader types (default 0: as fast as the "
                             "driver types, so that a prefix passed while another is looked up is skipped)")
    args = parser.parse_args()
    global KEY_DELAY
    KEY_DELAY = args.key_delay / 1000
    binary = os.path.abspath(args.binary)
    corpus = os.path.abspath(args.corpus) if args.corpus else generate(
        os.path.join(args.work, "corpora", "short" if args.briefings == 10000 else f"b{args.briefings}"), args.briefings)
    work = os.path.join(args.work, "search")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(os.path.join(corpus, "Content"), os.path.join(work, "Content"))
    content = os.path.join(work, "Content")
    rare_slugs = insert_rare_word(content)
    common = common_word(content)
    site = os.path.join(work, "site")
    port = free_port()
    started = time.perf_counter()
    built = subprocess.run([binary, "build", "-v", "--content", content, "--output", site, "--base-url",
                            f"http://127.0.0.1:{port}/"], cwd=work, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
    build_s = time.perf_counter() - started
    stages = dict(re.findall(r"\] ([^:\n]+): ([\d.]+) ms", built.stderr))
    index_ms = float(stages.get("of which the search index", "nan"))
    started = time.perf_counter()
    subprocess.run(args.pagefind.split() + ["--site", site], check=True, stdout=subprocess.DEVNULL)
    pagefind_s = time.perf_counter() - started
    with open(os.path.join(site, "pagefind-search.html"), "w", encoding="utf-8") as f:
        f.write(PAGEFIND_PAGE)
    index_bytes = sum(os.path.getsize(os.path.join(d, n)) for d, _, ns in os.walk(os.path.join(site, "search")) for n in ns)
    index_files = sum(len(ns) for _, _, ns in os.walk(os.path.join(site, "search")))

    log = os.path.join(work, "server.log")
    server = serve(site, port, log)
    meter = Meter(log, site)
    try:
        ours = f"http://127.0.0.1:{port}/search/"
        theirs = f"http://127.0.0.1:{port}/pagefind-search.html"
        rows = []
        found = {}
        listings = []
        for first, second in ((RARE, common), (common, RARE)):
            b1, b2, results, files, files2 = measure("briefing", ours, first, second, meter)
            p1, p2, presults, pfiles, pfiles2 = measure("pagefind", theirs, first, second, meter)
            rows.append((first, second, b1, b2, p1, p2))
            listings += [(f"Briefing, {first} then {second}: first query", files),
                         (f"Briefing, {first} then {second}: second query", files2),
                         (f"Pagefind, {first} then {second}: first query", pfiles),
                         (f"Pagefind, {first} then {second}: second query", pfiles2)]
            if first == RARE:
                found = {"briefing": briefing_pages(results), "pagefind": briefing_pages(presults)}
        median_ms, worst_ms = time_to_results(ours, [RARE, common])
    finally:
        server.terminate()
        server.wait(timeout=10)

    print(f"\n## Search: bytes a reader's browser transfers (no compression, cache disabled), "
          f"{args.briefings:,}-briefing corpus")
    print(f"build {build_s:.1f} s (binary {binary}); search index {index_bytes / 1e6:.1f} MB in {index_files:,} files; "
          f"pagefind indexing {pagefind_s:.1f} s")
    print(f"search index built in {index_ms / 1000:.2f} s = {index_ms / 10 / build_s:.1f} % of the build "
          f"(goal <= 15 %; stages: {', '.join(f'{k} {float(v) / 1000:.2f} s' for k, v in stages.items())})")
    print(f"rare word '{RARE}' (in {', '.join(rare_slugs)}), common word '{common}'; typed "
          + (f"{args.key_delay:g} ms per key" if args.key_delay else "as fast as the driver types"))
    print("| first query | then | Briefing: page + first query | second query | Pagefind: page + first query "
          "| second query | ratio first | ratio second |")
    print("|---|---|---|---|---|---|---|---|")
    for first, second, b1, b2, p1, p2 in rows:
        print(f"| {first} | {second} | {b1 / 1000:.1f} kB | {b2 / 1000:.1f} kB | {p1 / 1000:.1f} kB | {p2 / 1000:.1f} kB "
              f"| {b1 / max(p1, 1):.2f} | {b2 / max(p2, 1):.2f} |")
    ok_first = all(r[2] <= 150_000 for r in rows)
    ok_second = all(r[3] <= 50_000 for r in rows)
    ok_ratio = all(r[2] <= 0.5 * r[4] and r[3] <= 0.5 * r[5] for r in rows)
    missing = found["pagefind"] - found["briefing"]
    print(f"goals: first query <= 150 kB: {'yes' if ok_first else 'NO'}; second <= 50 kB: {'yes' if ok_second else 'NO'}; "
          f"<= 0.5 x Pagefind (both queries): {'yes' if ok_ratio else 'NO'}")
    print(f"rare word: Pagefind finds briefing pages {sorted(found['pagefind'])}, Briefing {sorted(found['briefing'])}"
          f" -> {'every one found' if not missing else 'MISSING ' + ', '.join(sorted(missing))}")
    print(f"time to results after the first chunk load: median {median_ms:.1f} ms, worst {worst_ms:.1f} ms "
          f"(goal: median <= 100 ms)")
    if os.environ.get("SEARCH_BENCH_FILES"):
        for title, files in listings:
            print(f"{title}:")
            for path, size in files:
                print(f"  {size:>8}  {path}")


if __name__ == "__main__":
    main()

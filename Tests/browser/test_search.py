"""Search in a real browser, over http and from file:// (a --portable build): results as you type with
the matches highlighted, arrow keys and Enter, result links resolved against the search page."""
import json
import shutil
import subprocess
import sys

import pytest
from conftest import REPO, build
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def wait(driver, timeout=5):
    return WebDriverWait(driver, timeout)


def results(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#search-results a.search-result__link")


def search_url(sites, over):
    return sites.url("search/") if over == "http" else sites.file_url("search/index.html")


def type_query(driver, text):
    field = driver.find_element(By.ID, "search-input")
    field.clear()
    field.send_keys(text)
    return field


@pytest.mark.parametrize("over", ["http", "file"])
def test_results_as_you_type_with_highlights(no_console_errors, sites, over):
    driver = no_console_errors
    driver.get(search_url(sites, over))
    type_query(driver, "kazan")
    wait(driver).until(lambda d: len(results(d)) > 0)
    status = driver.find_element(By.ID, "search-status").text
    assert "result" in status and "kazan" in status.lower()
    marks = driver.find_elements(By.CSS_SELECTOR, "#search-results mark")
    assert marks and all(m.text.lower() == "kazan" for m in marks)
    # a glossary entry by one of its aliases, with diacritics and case ignored
    type_query(driver, "PYONGYANG")
    wait(driver).until(lambda d: any("North Korea" in r.text for r in results(d)))
    # a claim shows its verdict
    type_query(driver, "ratif")
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-result--claim .verdict"))
    # nothing found says so
    type_query(driver, "zzzqqq")
    wait(driver).until(lambda d: "No results" in d.find_element(By.ID, "search-status").text)
    assert not results(driver)


@pytest.mark.parametrize("over", ["http", "file"])
def test_keyboard_navigation_opens_a_result(no_console_errors, sites, over):
    driver = no_console_errors
    driver.get(search_url(sites, over))
    field = type_query(driver, "treaty")
    wait(driver).until(lambda d: len(results(d)) >= 3)
    links = results(driver)
    field.send_keys(Keys.ARROW_DOWN)
    assert driver.switch_to.active_element == links[0]
    driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    assert driver.switch_to.active_element == links[1]
    driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
    assert driver.switch_to.active_element == field
    field.send_keys(Keys.ARROW_DOWN)
    driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    target = links[1].get_attribute("href")
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    wait(driver).until(lambda d: d.current_url == target)
    assert ("http://127.0.0.1" if over == "http" else "file://") in target
    # the page and the anchor exist
    anchor = target.split("#", 1)[1] if "#" in target else None
    if anchor:
        assert driver.find_elements(By.ID, anchor)
    assert driver.find_element(By.CSS_SELECTOR, "h1").text
    # Back returns to the search with the query and its results
    driver.back()
    wait(driver).until(lambda d: len(results(d)) >= 3)
    assert driver.find_element(By.ID, "search-input").get_attribute("value") == "treaty"


@pytest.mark.parametrize("over", ["http", "file"])
def test_enter_opens_the_first_result_and_query_in_address(no_console_errors, sites, over):
    driver = no_console_errors
    base = search_url(sites, over)
    driver.get(base + "?q=Kim+Jong")
    wait(driver).until(lambda d: len(results(d)) > 0)
    first = results(driver)[0].get_attribute("href")
    assert "glossary/kim-jong-un/" in first
    driver.find_element(By.ID, "search-input").send_keys(Keys.ENTER)
    wait(driver).until(lambda d: d.current_url == first)
    assert "Kim Jong Un" in driver.find_element(By.CSS_SELECTOR, "h1").text


def test_search_link_in_the_navigation(no_console_errors, sites):
    driver = no_console_errors
    driver.get(sites.file_url("briefings/north-korea-gambit/index.html"))
    driver.find_element(By.LINK_TEXT, "Search").click()
    wait(driver).until(lambda d: d.current_url.endswith("/search/index.html"))
    type_query(driver, "storm")
    wait(driver).until(lambda d: len(results(d)) > 0)


def wait_for_query(driver, text, timeout=10):
    """Waits until the results shown are the ones for `text` (search.js marks the list when done)."""
    wait(driver, timeout).until(
        lambda d: d.find_element(By.ID, "search-results").get_attribute("data-query") == text)
    return results(driver)


@pytest.mark.parametrize("over", ["http", "file"])
def test_a_word_only_in_one_body_finds_and_opens_that_briefing(no_console_errors, sites, over):
    driver = no_console_errors
    driver.get(search_url(sites, over))
    type_query(driver, "awkwardly")
    found = wait_for_query(driver, "awkwardly")
    assert len(found) == 1
    target = found[0].get_attribute("href")
    assert "briefings/north-korea-gambit/" in target and target.endswith("#shells-missiles-and-specialists")
    mark = driver.find_element(By.CSS_SELECTOR, "#search-results .search-result__text mark")
    assert mark.text == "awkwardly"
    found[0].click()
    wait(driver).until(lambda d: d.current_url == target)
    assert driver.find_element(By.ID, "shells-missiles-and-specialists")
    assert "awkwardly" in driver.find_element(By.CSS_SELECTOR, ".briefing__body").text


@pytest.mark.parametrize("over", ["http", "file"])
def test_accents_are_folded_and_a_claim_opens_at_its_mark(no_console_errors, sites, over):
    driver = no_console_errors
    driver.get(search_url(sites, over))
    for query in ("materiel", "MATÉRIEL"):
        type_query(driver, query)
        found = wait_for_query(driver, query)
        claims = [a for a in found if "#claim-russia-needs-manpower" in a.get_attribute("href")]
        assert claims, [a.get_attribute("href") for a in found]
    claim = claims[0]
    assert claim.find_element(By.CSS_SELECTOR, ".verdict.verdict--supported").text.lower() == "supported"
    assert claim.find_element(By.CSS_SELECTOR, "mark").text == "matériel"
    target = claim.get_attribute("href")
    claim.click()
    wait(driver).until(lambda d: d.current_url == target)
    assert driver.find_element(By.ID, "claim-russia-needs-manpower")


@pytest.mark.parametrize("over", ["http", "file"])
def test_the_last_word_is_a_prefix_and_plurals_match(no_console_errors, sites, over):
    driver = no_console_errors
    driver.get(search_url(sites, over))
    # a stem: "troop" finds "troops", highlighted whole
    type_query(driver, "troop ")
    found = wait_for_query(driver, "troop ")
    assert found
    marks = [m.text.lower() for m in driver.find_elements(By.CSS_SELECTOR, "#search-results mark")]
    assert "troops" in marks
    # a prefix while typing: "awkwar" finds "awkwardly"; with a space after it, it is a whole word and does not
    type_query(driver, "awkwar")
    assert len(wait_for_query(driver, "awkwar")) == 1
    type_query(driver, "awkwar ")
    wait_for_query(driver, "awkwar ")
    assert "No results" in driver.find_element(By.ID, "search-status").text


def test_index_is_split_and_loaded_in_pieces(no_console_errors, sites):
    """The page loads the manifest, then only the shards, chunks and records a query needs."""
    driver = no_console_errors
    driver.get(sites.url("search/"))
    type_query(driver, "awkwardly")
    wait_for_query(driver, "awkwardly")
    loaded = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/search/'))")
    assert any("/search/manifest." in name for name in loaded)
    assert any("/search/d/" in name for name in loaded)
    assert any("/search/r/" in name for name in loaded)
    index = sites.http / "search"
    every = [p for p in index.rglob("*.js")]
    assert len(loaded) < len(every), (loaded, len(every))
    assert not (sites.http / "search.json").exists()


@pytest.fixture(scope="module")
def generated(sites):
    """A generated site of 60 briefings (bench/gen_corpus.py, fixed seed), served under many/: enough
    text for words found in hundreds of places, whose postings sit in chunks of their own. Removed after
    this module, so that the tests walking every page of the served site do not meet it."""
    content = sites.root / "generated"
    subprocess.run([sys.executable, str(REPO / "bench" / "gen_corpus.py"), str(content), "--briefings", "60",
                    "--seed", "3"], check=True, stdout=subprocess.DEVNULL)
    site = build(sites.http / "many", "--base-url", sites.url("many/"), content=content / "Content")
    yield site
    shutil.rmtree(site, ignore_errors=True)
    shutil.rmtree(content, ignore_errors=True)


def index_payload(path):
    text = path.read_text(encoding="utf-8")
    return json.loads(text[text.index(",") + 1:text.rindex(")")])


def test_a_prefix_loads_the_chunk_of_its_most_frequent_completion_only(no_console_errors, sites, generated):
    """Typing a prefix loads the postings of its completions, most frequent first, only until they fill
    the results: "con" stands for "concern" (999 places here) and more words of other chunks."""
    rows = []
    for shard in (generated / "search" / "d").glob("*.js"):
        data = index_payload(shard)
        rows += [(term, count, data["f"][place] if isinstance(place, int) else None) for term, count, place in data["t"]]
    completions = sorted((row for row in rows if row[0].startswith("con")), key=lambda row: (-row[1], row[0]))[:8]
    top_word, top_count, top_chunk = completions[0]
    # what makes the case: the most frequent completion alone fills the results, and the eight most
    # frequent are spread over several chunks (all of which the page used to load)
    assert top_count >= 100 and top_chunk, completions
    assert len({chunk for _, _, chunk in completions if chunk}) >= 3, completions
    driver = no_console_errors
    driver.get(sites.url("many/search/"))
    driver.execute_script("""const field = document.getElementById("search-input");
        field.value = "con"; field.dispatchEvent(new Event("input"));""")
    found = wait_for_query(driver, "con")
    assert len(found) == 10
    marks = [m.text.lower() for m in driver.find_elements(By.CSS_SELECTOR, "#search-results mark")]
    assert marks and all(mark.startswith("con") for mark in marks), marks
    loaded = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/search/c/'))")
    assert [name.split("/search/")[1][:-3] for name in loaded] == [top_chunk], (loaded, completions)


def test_one_or_two_letters_are_a_whole_word_not_a_prefix(no_console_errors, sites, generated):
    """"co" (two letters) is not yet a prefix: it would stand for hundreds of words on a large site.
    It finds nothing here (no word is "co") and loads no chunk; "con" finds "concern"."""
    driver = no_console_errors
    driver.get(sites.url("many/search/"))
    driver.execute_script("""const field = document.getElementById("search-input");
        field.value = "co"; field.dispatchEvent(new Event("input"));""")
    assert wait_for_query(driver, "co") == []
    loaded = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/search/c/'))")
    assert loaded == []


def test_a_query_typed_past_loads_no_records(no_console_errors, sites, generated):
    """A query the reader has already typed past when its words come back shows nothing, so none of
    its results' records are loaded: only the buckets of the last query's results are."""
    driver = no_console_errors
    driver.get(sites.url("many/search/"))
    # two words found in hundreds of passages each; the second is typed while the first is looked up
    driver.execute_script("""const field = document.getElementById("search-input");
        field.value = "partnership"; field.dispatchEvent(new Event("input"));
        field.value = "strain"; field.dispatchEvent(new Event("input"));""")
    found = wait_for_query(driver, "strain")
    assert len(found) == 10
    marks = [m.text.lower() for m in driver.find_elements(By.CSS_SELECTOR, "#search-results mark")]
    assert marks and "partnership" not in marks, marks
    buckets = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/search/r/'))")
    # at most one bucket per result shown (results of one page may share one)
    assert 0 < len(buckets) <= len(found), buckets

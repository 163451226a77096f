/*
 * Briefing — search (the search page only). The index is split into small scripts that call
 * briefingSearchData(key, data) (JSONP), so it loads from file:// as well as over http:
 *   manifest.<hash>.js   the dictionary shards (each with its first word); the records folder
 *   d/<hash>.js          a shard, a run of the sorted words: [word, places, chunk index or inline postings]
 *   c/<hash>.js          a chunk: word → postings, best first ("score:id,+d,-d;score:…", base 36; the
 *                        order within a score is the site's order, newest briefing first)
 *   r/<n>.js             records (title, URL with anchor, passage, verdict) of up to "b" (the manifest's)
 *                        results of one page; n (base 36) is the record id over "b". {"p": the page's URL,
 *                        "r": [{k: kind, a: anchor, t: title, w: page title, v: status, l: verdict label,
 *                        x: passage}]}, every field but x left out when it equals the record before's
 * A query loads the shards and chunks of its words and the records of the results it shows, nothing
 * else; a prefix reads its completions' postings, most frequent first, only until they hold
 * ENOUGH_PLACES places (a rare completion's postings, inline in its shard, cost nothing more). Words are folded and stemmed exactly as Sources/BriefingKit/Search/SearchTokenizer.swift
 * and EnglishStemmer.swift do: change both together.
 */
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var MAX_EXPANSIONS = 8;    // words a prefix may stand for (the most frequent ones)
  // Places (word occurrences in records) that fill pages of results: past them, a prefix's further
  // completions are read only when their postings are inline (already loaded with the shard). One
  // frequent completion fills the list, and each prefix typed on the way to a word then loads one
  // chunk or none, not a chunk for each of eight completions.
  var ENOUGH_PLACES = 100;
  var MAX_PREFIX_SHARDS = 3; // dictionary shards a short prefix may read
  // The last word stands for the words it begins once it has this many letters: one or two
  // letters begin hundreds of words on a large site, whose postings a reader typing on would
  // load for results that say nothing; until then it is matched as the whole word it is.
  var MIN_PREFIX_LETTERS = 3;
  var MAX_WORD_BYTES = 40;
  // The words the script shows come from the page (script#search-words, rendered from InterfaceText):
  // this file holds none, so a site in another language needs no other script.
  var WORDS = {};

  function readWords() {
    var element = document.getElementById("search-words");
    try {
      WORDS = element ? JSON.parse(element.textContent) : {};
    } catch (error) {
      WORDS = {};
    }
  }

  // The page's text for `key`, each {name} replaced by values[name]; numbers are written as the
  // page's language writes them (1,234 · 1 234 · 1.234), as the pages' own counts are.
  function say(key, values) {
    var text = WORDS[key] || key;
    var language = document.documentElement.lang || undefined;
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      if (!values || !Object.prototype.hasOwnProperty.call(values, name)) return whole;
      var value = values[name];
      if (typeof value === "number") {
        try {
          return value.toLocaleString(language);
        } catch (error) {
          return String(value);  // a language code the browser does not know
        }
      }
      return String(value);
    });
  }

  /* Loading ---------------------------------------------------------------- */

  var waiting = {};  // key → {resolve, reject}
  var loaded = {};   // key → promise of the data
  var base = "";     // the folder the index scripts are in, from the manifest script's address

  window.briefingSearchData = function (key, data) {
    var pending = waiting[key];
    if (pending) {
      delete waiting[key];
      pending.resolve(data);
    } else {
      loaded[key] = Promise.resolve(data);
    }
  };

  // `version`, when given, is added to the address as `?v=` (record buckets keep their names across
  // builds; the manifest's "rv" changes whenever one of them does).
  function load(key, version) {
    if (loaded[key]) return loaded[key];
    loaded[key] = new Promise(function (resolve, reject) {
      waiting[key] = { resolve: resolve, reject: reject };
      var script = document.createElement("script");
      script.src = base + key + ".js" + (version ? "?v=" + version : "");
      script.async = true;
      script.onerror = function () {
        delete waiting[key];
        delete loaded[key];
        reject(new Error("could not load " + key));
      };
      script.onload = function () { script.remove(); };
      document.head.appendChild(script);
    });
    return loaded[key];
  }

  /* Words ------------------------------------------------------------------ */

  var WORD = /[\p{Alphabetic}\p{N}]/u;
  var MARK = /\p{M}/u;
  var foldCache = {};

  function utf8Length(text) {
    var length = 0;
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      if (code < 0x80) length += 1;
      else if (code < 0x800) length += 2;
      else if (code >= 0xd800 && code < 0xdc00) { length += 4; i++; }
      else length += 3;
    }
    return length;
  }

  // One character folded: decomposed, marks removed, lower case; "" for a mark, null for a separator.
  function foldCharacter(character) {
    if (Object.prototype.hasOwnProperty.call(foldCache, character)) return foldCache[character];
    var folded;
    if (MARK.test(character)) folded = "";
    else if (!WORD.test(character)) folded = null;
    else folded = character.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    foldCache[character] = folded;
    return folded;
  }

  function endsWith(word, suffix) {
    return word.length >= suffix.length && word.slice(word.length - suffix.length) === suffix;
  }

  function isVowel(character) { return "aeiouy".indexOf(character) >= 0; }

  function dropEnding(word, count) {
    var stem = word.slice(0, word.length - count);
    if (stem.length < 3 || !/[aeiouy]/.test(stem)) return word;
    var last = stem.charAt(stem.length - 1);
    if (stem.charAt(stem.length - 2) === last && !isVowel(last) && "lsz".indexOf(last) < 0) stem = stem.slice(0, -1);
    return stem;
  }

  // The light English stemmer of EnglishStemmer.swift.
  function stem(word) {
    if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
    if (endsWith(word, "ies") && word.length > 4) return word.slice(0, -3) + "y";
    if (endsWith(word, "sses") || endsWith(word, "xes") || endsWith(word, "ches") || endsWith(word, "shes") || endsWith(word, "zes")) {
      return word.slice(0, -2);
    }
    if (endsWith(word, "s") && !endsWith(word, "ss") && !endsWith(word, "us") && !endsWith(word, "is")) return word.slice(0, -1);
    if (endsWith(word, "ing")) return dropEnding(word, 3);
    if (endsWith(word, "ed") && !endsWith(word, "eed")) return dropEnding(word, 2);
    return word;
  }

  // The folded words of `text` (not stemmed), with where each starts and ends in `text`.
  function foldedWords(text) {
    var words = [];
    var word = "";
    var bytes = 0;
    var start = -1;
    var end = 0;
    function finish() {
      if (bytes > 1) words.push({ word: word, start: start, end: end });
      word = "";
      bytes = 0;
      start = -1;
    }
    var index = 0;
    for (var character of text) {
      var folded = foldCharacter(character);
      if (folded === null) {
        finish();
      } else {
        if (start < 0) start = index;
        var size = utf8Length(folded);
        if (bytes + size <= MAX_WORD_BYTES) {
          word += folded;
          bytes += size;
        }
        end = index + character.length;
      }
      index += character.length;
    }
    finish();
    return words;
  }

  /* The index -------------------------------------------------------------- */

  function decodePostings(text) {
    var result = [];
    var groups = text.split(";");
    for (var g = 0; g < groups.length; g++) {
      var colon = groups[g].indexOf(":");
      if (colon < 0) continue;
      var score = parseInt(groups[g].slice(0, colon), 36);
      var ids = groups[g].slice(colon + 1).split(",");
      var id = -1;
      for (var i = 0; i < ids.length; i++) {
        var value = parseInt(ids[i], 36);
        id = id < 0 ? value : id + value;
        result.push([id, score]);
      }
    }
    return result;
  }

  function startsWith(text, prefix) { return text.slice(0, prefix.length) === prefix; }

  // Code point order, which is the order of the index builder (UTF-8 bytes).
  function compare(a, b) {
    var x = Array.from(a);
    var y = Array.from(b);
    for (var i = 0; i < x.length && i < y.length; i++) {
      var difference = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (difference) return difference;
    }
    return x.length - y.length;
  }

  // The shards to read for a word: manifest.d lists each shard's first word and key, in order; a
  // word is in the last shard whose first word is not after it. A prefix's words may run on into
  // the next shards (at most MAX_PREFIX_SHARDS in all).
  function shardKeys(manifest, word, asPrefix) {
    var shards = manifest.d;
    var index = 0;
    for (var i = 0; i + 1 < shards.length; i += 2) {
      if (compare(shards[i], word) <= 0) index = i; else break;
    }
    if (!shards.length) return [];
    var keys = [shards[index + 1]];
    for (var j = index + 2; asPrefix && j + 1 < shards.length && keys.length < MAX_PREFIX_SHARDS; j += 2) {
      if (!startsWith(shards[j], word)) break;
      keys.push(shards[j + 1]);
    }
    return keys;
  }

  // A query word's places: {terms: [matched words], places: {id: score}, capped: bool}. The word is
  // stemmed; a prefix also stands for the most frequent words that start with it (worth a bit less).
  function lookUp(manifest, query) {
    var exact = stem(query.word);
    var keys = shardKeys(manifest, query.asPrefix ? query.word : exact, query.asPrefix);
    if (query.asPrefix && exact !== query.word) {
      shardKeys(manifest, exact, false).forEach(function (key) { if (keys.indexOf(key) < 0) keys.push(key); });
    }
    return Promise.all(keys.map(load)).then(function (shards) {
      var candidates = [];
      shards.forEach(function (shard) {
        shard.t.forEach(function (row) {
          var term = row[0];
          if (term === exact || (query.asPrefix && startsWith(term, query.word))) {
            candidates.push({ term: term, count: row[1], place: typeof row[2] === "number" ? shard.f[row[2]] : row[2] });
          }
        });
      });
      candidates.sort(function (a, b) {
        return (b.term === exact) - (a.term === exact) || b.count - a.count || (a.term < b.term ? -1 : 1);
      });
      var chosen = [];
      var places = 0;
      candidates.forEach(function (candidate) {
        var inline = !startsWith(candidate.place, "c/");
        if (chosen.length >= MAX_EXPANSIONS) return;
        if (candidate.term !== exact && places >= ENOUGH_PLACES && !inline) return;
        chosen.push(candidate);
        places += candidate.count;
      });
      candidates = chosen;
      return Promise.all(candidates.map(function (candidate) {
        if (startsWith(candidate.place, "c/")) {
          return load(candidate.place).then(function (chunk) {
            return Object.prototype.hasOwnProperty.call(chunk, candidate.term) ? chunk[candidate.term] : "";
          });
        }
        return candidate.place;
      })).then(function (texts) {
        // order: where a place first came in the postings, which list equal scores in the site's order
        var found = { terms: [], places: {}, order: {}, capped: false };
        var seen = 0;
        candidates.forEach(function (candidate, index) {
          var postings = decodePostings(texts[index]);
          var weight = candidate.term === exact ? 1 : 0.75;
          found.terms.push(candidate.term);
          if (postings.length < candidate.count) found.capped = true;
          postings.forEach(function (posting) {
            var score = posting[1] * weight;
            if (!(found.places[posting[0]] >= score)) found.places[posting[0]] = score;
            if (!Object.prototype.hasOwnProperty.call(found.order, posting[0])) found.order[posting[0]] = seen++;
          });
        });
        return found;
      });
    });
  }

  // Record ids best first. A word whose places were capped (a very common word) is not required:
  // it only adds to the score of the places that have it.
  function rank(found) {
    var required = found.filter(function (word) { return !word.capped; });
    var scores = {};
    var matched = {};
    var order = {};
    found.forEach(function (word) {
      for (var id in word.places) {
        scores[id] = (scores[id] || 0) + word.places[id];
        matched[id] = (matched[id] || 0) + 1;
        if (!(order[id] <= word.order[id])) order[id] = word.order[id];
      }
    });
    var ids = [];
    for (var id in scores) {
      var ok = required.every(function (word) { return Object.prototype.hasOwnProperty.call(word.places, id); });
      if (ok) ids.push(+id);
    }
    ids.sort(function (a, b) { return matched[b] - matched[a] || scores[b] - scores[a] || order[a] - order[b] || a - b; });
    return ids;
  }

  var RECORD_FIELDS = ["k", "a", "t", "w", "v", "l"];

  // A bucket's records in full: each field the record leaves out is the previous record's.
  function bucketRecords(bucket) {
    var previous = { k: "", a: "", t: "", w: "", v: "", l: "" };
    return bucket.r.map(function (entry) {
      var item = {};
      RECORD_FIELDS.forEach(function (field) {
        item[field] = Object.prototype.hasOwnProperty.call(entry, field) ? entry[field] : previous[field];
      });
      previous = item;
      return {
        k: item.k, u: bucket.p + (item.a ? "#" + item.a : ""), t: item.t, w: item.w, v: item.v, l: item.l,
        x: entry.x || ""
      };
    });
  }

  var buckets = {};  // key → promise of the bucket's records in full

  function record(manifest, id) {
    var key = "r/" + Math.floor(id / manifest.b).toString(36);
    if (!buckets[key]) {
      buckets[key] = load(key, manifest.rv).then(bucketRecords, function (error) {
        delete buckets[key];
        throw error;
      });
    }
    return buckets[key].then(function (records) { return records[id % manifest.b]; });
  }

  /* Showing results -------------------------------------------------------- */

  // `text` with the words whose stem is one of `terms` in <mark>, cut to about `maxLength` characters
  // around the first match; built as DOM nodes, never as HTML.
  function highlighted(text, terms, maxLength) {
    var ranges = foldedWords(text).filter(function (word) {
      return terms.indexOf(stem(word.word)) >= 0;
    });
    var start = 0;
    var end = text.length;
    if (maxLength && text.length > maxLength) {
      var first = ranges.length ? ranges[0].start : 0;
      start = Math.max(0, Math.min(first - 60, text.length - maxLength));
      if (start > 0) {
        var space = text.indexOf(" ", start);
        if (space >= 0 && space < first) start = space + 1;
      }
      end = Math.min(text.length, start + maxLength);
      if (end < text.length) {
        var lastSpace = text.lastIndexOf(" ", end);
        if (lastSpace > start) end = lastSpace;
      }
    }
    var fragment = document.createDocumentFragment();
    if (start > 0) fragment.appendChild(document.createTextNode("… "));
    var cursor = start;
    ranges.forEach(function (range) {
      if (range.start < cursor || range.end > end) return;
      if (range.start > cursor) fragment.appendChild(document.createTextNode(text.slice(cursor, range.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(range.start, range.end);
      fragment.appendChild(mark);
      cursor = range.end;
    });
    if (cursor < end) fragment.appendChild(document.createTextNode(text.slice(cursor, end)));
    if (end < text.length) fragment.appendChild(document.createTextNode(" …"));
    return fragment;
  }

  function span(className, content) {
    var element = document.createElement("span");
    element.className = className;
    element.appendChild(content);
    return element;
  }

  function resultItem(item, terms, index, resolve) {
    var li = document.createElement("li");
    li.className = "search-result search-result--" + item.k;
    var link = document.createElement("a");
    link.className = "search-result__link";
    link.id = "search-result-" + index;
    link.href = resolve(item.u);
    link.appendChild(span("search-result__type", document.createTextNode(WORDS["kind." + item.k] || item.k)));
    if (item.v) {
      link.appendChild(document.createTextNode(" "));
      link.appendChild(span("verdict verdict--" + item.v, highlighted(item.l || item.v, terms)));
    }
    link.appendChild(span("search-result__title", highlighted(item.t || "", terms)));
    if (item.x) link.appendChild(span("search-result__text", highlighted(item.x, terms, 200)));
    if (item.w) {
      var within = document.createDocumentFragment();
      var parts = say("in").split("{title}");
      within.appendChild(document.createTextNode(parts[0]));
      within.appendChild(highlighted(item.w, terms));
      if (parts.length > 1) within.appendChild(document.createTextNode(parts.slice(1).join("")));
      link.appendChild(span("search-result__in", within));
    }
    li.appendChild(link);
    return li;
  }

  /* The page --------------------------------------------------------------- */

  function setUp() {
    var form = document.getElementById("search-form");
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var more = document.getElementById("search-more");
    var manifestScript = document.getElementById("search-manifest");
    if (!form || !input || !list || !status || !manifestScript) return;
    readWords();
    var root = form.getAttribute("data-root") || "./";
    base = manifestScript.src.slice(0, manifestScript.src.lastIndexOf("/") + 1);
    var manifestPromise = loaded.manifest || new Promise(function (resolve, reject) {
      waiting.manifest = { resolve: resolve, reject: reject };
      manifestScript.addEventListener("error", function () { reject(new Error("no manifest")); });
    });
    var generation = 0;   // the latest query; answers to older ones are dropped
    var lastQuery = null;
    var current = null;   // {query, ids, terms, shown: [urls], next}

    function resolve(url) {
      try {
        return new URL(root + url, window.location.href).href;
      } catch (error) {
        return root + url;
      }
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll("a.search-result__link"));
    }

    function remember(query) {
      try {
        var url = new URL(window.location.href);
        if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
        window.history.replaceState(null, "", url.href);
      } catch (error) {
        // Some browsers refuse to change a file:// URL; the results still show.
      }
    }

    function clear() {
      while (list.firstChild) list.removeChild(list.firstChild);
      if (more) more.hidden = true;
    }

    // The query's words: all whole words but the last, which is a prefix while it is being typed
    // (from MIN_PREFIX_LETTERS letters on).
    function parse(query) {
      var words = foldedWords(query).map(function (word) { return { word: word.word, asPrefix: false }; });
      var last = words[words.length - 1];
      if (last && !/\s$/.test(query) && Array.from(last.word).length >= MIN_PREFIX_LETTERS) last.asPrefix = true;
      return words;
    }

    function describe() {
      var query = current.query.trim();
      var total = current.ids.length;
      var shown = links().length;
      if (!shown) {
        status.textContent = say("noResults", { query: query });
      } else if (current.next < total) {
        status.textContent = say("firstOf", { shown: shown, total: total, query: query });
      } else {
        status.textContent = say(shown === 1 ? "oneResult" : "manyResults", { shown: shown, query: query });
      }
    }

    // Loads records for the next page of results (passages of a place already shown are skipped).
    function showMore(run) {
      var batch = current.ids.slice(current.next, current.next + PAGE_SIZE);
      current.next += batch.length;
      return Promise.all(batch.map(function (id) { return manifestPromise.then(function (m) { return record(m, id); }); }))
        .then(function (items) {
          if (run !== generation) return;
          items.forEach(function (item) {
            if (!item || current.shown.indexOf(item.u) >= 0) return;
            current.shown.push(item.u);
            list.appendChild(resultItem(item, current.terms, current.shown.length - 1, resolve));
          });
          if (links().length < PAGE_SIZE * current.pages && current.next < current.ids.length) return showMore(run);
          if (more) more.hidden = current.next >= current.ids.length;
          describe();
          list.setAttribute("data-query", current.query);
        });
    }

    // One query at a time: keystrokes that come while one is loading are not looked up one by one,
    // only the last of them once it is done (so fast typing loads no index for passing prefixes).
    // A query the reader has typed past by the time its words are looked up shows nothing: its
    // results' records would be loaded for a list replaced at once.
    var busy = false;
    var queued = null;

    function render(query) {
      if (busy) {
        queued = query;
        return;
      }
      if (query === lastQuery) return;
      lastQuery = query;
      var run = ++generation;
      var words = parse(query);
      if (!words.length) {
        clear();
        status.textContent = "";
        list.setAttribute("data-query", query);
        return;
      }
      busy = true;
      manifestPromise.then(function (manifest) {
        return Promise.all(words.map(function (word) { return lookUp(manifest, word); }));
      }).then(function (found) {
        if (run !== generation) return;
        if (queued !== null && queued !== query) return;
        var terms = [];
        found.forEach(function (word) { terms = terms.concat(word.terms); });
        clear();
        current = { query: query, ids: rank(found), terms: terms, shown: [], next: 0, pages: 1 };
        return showMore(run);
      }).catch(function () {
        if (run !== generation) return;
        clear();
        status.textContent = say("failed");
      }).then(function () {
        busy = false;
        if (queued !== null) {
          var next = queued;
          queued = null;
          render(next);
        }
      });
    }

    function update() {
      render(input.value);
      remember(input.value.trim());
    }

    input.addEventListener("input", update);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = links()[0];
      if (first) window.location.href = first.href;
    });
    if (more) {
      more.addEventListener("click", function () {
        if (!current) return;
        current.pages += 1;
        var count = links().length;
        showMore(generation).then(function () {
          var next = links()[count];
          if (next) next.focus();
        });
      });
    }

    input.addEventListener("keydown", function (event) {
      var all = links();
      if (event.key === "ArrowDown" && all.length) {
        event.preventDefault();
        all[0].focus();
      } else if (event.key === "Escape" && input.value) {
        event.preventDefault();
        input.value = "";
        update();
      }
    });

    list.addEventListener("keydown", function (event) {
      var all = links();
      var index = all.indexOf(document.activeElement);
      if (index < 0) return;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (index + 1 < all.length) all[index + 1].focus();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (index > 0) all[index - 1].focus(); else input.focus();
      } else if (event.key === "Home" || event.key === "End") {
        event.preventDefault();
        all[event.key === "Home" ? 0 : all.length - 1].focus();
      } else if (event.key === "Escape") {
        event.preventDefault();
        input.focus();
      } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        input.focus(); // typing goes on in the search field
      }
    });

    var query = "";
    try {
      query = new URL(window.location.href).searchParams.get("q") || "";
    } catch (error) {
      query = "";
    }
    if (query && !input.value) input.value = query;
    window.addEventListener("pageshow", function () { lastQuery = null; render(input.value); });
    render(input.value);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();

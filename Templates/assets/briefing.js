/*
 * Briefing — the site's only script. Everything essential works without it; with it:
 *  1. Glossary cards: a glossary link (a.term[data-term]) opens a card with the entry's kind, name and
 *     summary on mouse hover, on keyboard focus and on a first tap (a second tap follows the link);
 *     Escape closes it. The data is embedded in the page (script#glossary-data), so no request is made.
 *  2. Search (on the search page only): results as you type from window.BRIEFING_SEARCH, which
 *     search/index.js defines; arrow keys move through the results, Enter opens one.
 */
(function () {
  "use strict";

  /* 1. Glossary cards ---------------------------------------------------- */

  function setUpCards() {
    var dataElement = document.getElementById("glossary-data");
    if (!dataElement) return;
    var entries;
    try {
      entries = JSON.parse(dataElement.textContent);
    } catch (error) {
      return;
    }

    var card = null;
    var openFor = null;        // the term link the card belongs to
    var openTimer = 0;
    var closeTimer = 0;
    var lastPointer = "mouse"; // "touch" between a touch and the click it makes
    var tapFollows = false;    // the tap in progress is a second tap: let the link be followed

    function entryFor(link) {
      var id = link.getAttribute("data-term");
      return id && Object.prototype.hasOwnProperty.call(entries, id) ? entries[id] : null;
    }

    function termFrom(target) {
      if (!target || !target.closest) return null;
      var link = target.closest("a.term[data-term]");
      return link && entryFor(link) ? link : null;
    }

    function makeCard() {
      card = document.createElement("div");
      card.className = "term-card";
      card.id = "term-card";
      card.setAttribute("role", "tooltip");
      card.hidden = true;
      var kind = document.createElement("p");
      kind.className = "term-card__kind";
      var name = document.createElement("p");
      name.className = "term-card__name";
      var summary = document.createElement("p");
      summary.className = "term-card__summary";
      var link = document.createElement("a");
      link.className = "term-card__link";
      link.textContent = "Glossary entry";
      card.appendChild(kind);
      card.appendChild(name);
      card.appendChild(summary);
      card.appendChild(link);
      card.addEventListener("mouseenter", function () { clearTimeout(closeTimer); });
      card.addEventListener("mouseleave", function () { scheduleClose(); });
      card.addEventListener("focusout", function (event) {
        if (!card.contains(event.relatedTarget) && event.relatedTarget !== openFor) close();
      });
      document.body.appendChild(card);
    }

    function open(link) {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      var entry = entryFor(link);
      if (!entry) return;
      if (!card) makeCard();
      if (openFor && openFor !== link) openFor.removeAttribute("aria-describedby");
      card.children[0].textContent = entry.kind;
      card.children[1].textContent = entry.name;
      card.children[2].textContent = entry.summary;
      card.children[3].setAttribute("href", entry.href);
      card.children[3].setAttribute("aria-label", "Glossary entry: " + entry.name);
      openFor = link;
      link.setAttribute("aria-describedby", "term-card");
      card.hidden = false;
      place(link);
    }

    // Below the link (above it when there is no room below), inside the viewport: the card is
    // positioned absolutely, out of the flow, so nothing on the page moves.
    function place(link) {
      var rects = link.getClientRects();
      var rect = rects.length ? rects[0] : link.getBoundingClientRect();
      var viewportWidth = document.documentElement.clientWidth;
      var viewportHeight = window.innerHeight;
      var width = card.offsetWidth;
      var height = card.offsetHeight;
      var left = Math.max(8, Math.min(rect.left, viewportWidth - width - 8));
      var top = rect.bottom + 6;
      if (top + height > viewportHeight - 8 && rect.top - height - 6 >= 8) top = rect.top - height - 6;
      card.style.left = Math.round(left + window.pageXOffset) + "px";
      card.style.top = Math.round(top + window.pageYOffset) + "px";
    }

    function close() {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      if (!card || card.hidden) return;
      card.hidden = true;
      if (openFor) openFor.removeAttribute("aria-describedby");
      openFor = null;
    }

    function isOpenFor(link) {
      return card !== null && !card.hidden && openFor === link;
    }

    function scheduleClose() {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      closeTimer = setTimeout(close, 250);
    }

    document.addEventListener("pointerdown", function (event) {
      lastPointer = event.pointerType || "mouse";
      var link = termFrom(event.target);
      tapFollows = lastPointer !== "mouse" && link !== null && isOpenFor(link);
      if (lastPointer !== "mouse" && !link && card && !card.contains(event.target)) close();
    }, true);

    document.addEventListener("pointerover", function (event) {
      if (event.pointerType === "mouse") lastPointer = "mouse";
    }, true);

    document.addEventListener("mouseover", function (event) {
      if (lastPointer !== "mouse") return;
      var link = termFrom(event.target);
      if (!link) return;
      clearTimeout(closeTimer);
      if (isOpenFor(link)) return;
      clearTimeout(openTimer);
      openTimer = setTimeout(function () { open(link); }, 120);
    });

    document.addEventListener("mouseout", function (event) {
      if (lastPointer !== "mouse") return;
      var link = termFrom(event.target);
      if (!link || link.contains(event.relatedTarget)) return;
      if (card && card.contains(event.relatedTarget)) return;
      scheduleClose();
    });

    document.addEventListener("focusin", function (event) {
      var link = termFrom(event.target);
      if (link && lastPointer === "mouse") open(link);
    });

    document.addEventListener("focusout", function (event) {
      var link = termFrom(event.target);
      if (!link || !isOpenFor(link)) return;
      if (card.contains(event.relatedTarget)) return;
      if (lastPointer === "mouse") close();
    });

    // A tap on a term opens its card; a second tap on the same term follows the link.
    document.addEventListener("click", function (event) {
      var link = termFrom(event.target);
      var pointer = event.pointerType || lastPointer;
      if (!link || pointer === "mouse" || pointer === "") return;
      if (tapFollows) return;
      event.preventDefault();
      open(link);
    });

    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" || event.key === "Esc") {
        lastPointer = "mouse";
        if (card && !card.hidden) {
          var link = openFor;
          var focusInCard = card.contains(document.activeElement);
          close();
          if (focusInCard && link) link.focus({ preventScroll: true });
        }
      } else if (event.key === "Tab") {
        lastPointer = "mouse";
      }
    });

    window.addEventListener("resize", function () {
      if (openFor && card && !card.hidden) place(openFor);
    });
  }

  /* 2. Search ------------------------------------------------------------ */

  var MAX_RESULTS = 50;
  var TYPE_LABELS = { briefing: "Briefing", section: "Section", claim: "Claim", term: "Glossary" };
  var TYPE_WEIGHT = { briefing: 4, term: 3, section: 2, claim: 1 };

  // Lower case without diacritics, with a map from each folded character back to the original.
  function fold(text) {
    var folded = "";
    var map = [];
    var index = 0;
    for (var i = 0; i < text.length; ) {
      var code = text.codePointAt(i);
      var character = String.fromCodePoint(code);
      var simple = character.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      for (var j = 0; j < simple.length; j++) map.push(index);
      folded += simple;
      index += character.length;
      i += character.length;
    }
    map.push(index);
    return { text: folded, map: map };
  }

  function prepare(item) {
    var prepared = { item: item, fields: {} };
    prepared.fields.title = fold(item.title || "");
    prepared.fields.aliases = fold((item.aliases || []).join(" · "));
    prepared.fields.tags = fold((item.tags || []).join(" "));
    prepared.fields.text = fold(item.text || "");
    prepared.fields.within = fold(item["in"] || "");
    prepared.fields.verdict = fold(item.verdict || "");
    return prepared;
  }

  function isWordStart(text, position) {
    return position === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(position - 1));
  }

  // The score of one item for the query's words, or 0 when a word is missing from every field.
  function score(prepared, words) {
    var total = 0;
    var weights = { title: 10, aliases: 7, tags: 4, verdict: 3, text: 2, within: 1 };
    for (var w = 0; w < words.length; w++) {
      var best = 0;
      for (var field in weights) {
        var text = prepared.fields[field].text;
        var position = text.indexOf(words[w]);
        if (position < 0) continue;
        var value = weights[field];
        if (isWordStart(text, position)) value *= 2;
        if (field === "title" && position === 0) value += 5;
        if (value > best) best = value;
      }
      if (best === 0) return 0;
      total += best;
    }
    return total + (TYPE_WEIGHT[prepared.item.type] || 0);
  }

  // `text` with every occurrence of the words wrapped in <mark>, built as DOM nodes (never as HTML).
  function highlighted(folded, original, words, maxLength) {
    var ranges = [];
    words.forEach(function (word) {
      var from = 0;
      var position;
      while (word && (position = folded.text.indexOf(word, from)) >= 0) {
        ranges.push([folded.map[position], folded.map[position + word.length]]);
        from = position + word.length;
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var start = 0;
    var end = original.length;
    if (maxLength && original.length > maxLength) {
      var first = ranges.length ? ranges[0][0] : 0;
      start = Math.max(0, Math.min(first - 40, original.length - maxLength));
      if (start > 0) {
        var space = original.indexOf(" ", start);
        if (space >= 0 && space < first) start = space + 1;
      }
      end = Math.min(original.length, start + maxLength);
      if (end < original.length) {
        var lastSpace = original.lastIndexOf(" ", end);
        if (lastSpace > start) end = lastSpace;
      }
    }
    var fragment = document.createDocumentFragment();
    if (start > 0) fragment.appendChild(document.createTextNode("… "));
    var cursor = start;
    ranges.forEach(function (range) {
      var from = Math.max(range[0], cursor);
      var to = Math.min(range[1], end);
      if (to <= from) return;
      if (from > cursor) fragment.appendChild(document.createTextNode(original.slice(cursor, from)));
      var mark = document.createElement("mark");
      mark.textContent = original.slice(from, to);
      fragment.appendChild(mark);
      cursor = to;
    });
    if (cursor < end) fragment.appendChild(document.createTextNode(original.slice(cursor, end)));
    if (end < original.length) fragment.appendChild(document.createTextNode(" …"));
    return fragment;
  }

  function setUpSearch() {
    var form = document.getElementById("search-form");
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!form || !input || !list || !status) return;
    var data = window.BRIEFING_SEARCH;
    if (!data || !data.items) {
      status.textContent = "The search index could not be loaded.";
      return;
    }
    var root = form.getAttribute("data-root") || "./";
    var prepared = data.items.map(prepare);
    var lastQuery = null;

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

    function render(query) {
      if (query === lastQuery) return;
      lastQuery = query;
      while (list.firstChild) list.removeChild(list.firstChild);
      var words = fold(query.trim()).text.split(/\s+/).filter(Boolean);
      if (!words.length) {
        status.textContent = "";
        return;
      }
      var matches = [];
      for (var i = 0; i < prepared.length; i++) {
        var value = score(prepared[i], words);
        if (value > 0) matches.push({ prepared: prepared[i], score: value, order: i });
      }
      matches.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
      var shown = matches.slice(0, MAX_RESULTS);
      shown.forEach(function (match, index) {
        list.appendChild(result(match.prepared, words, index));
      });
      if (!matches.length) {
        status.textContent = "No results for “" + query.trim() + "”.";
      } else if (matches.length > shown.length) {
        status.textContent = "The first " + shown.length + " of " + matches.length + " results for “" + query.trim() + "”.";
      } else {
        status.textContent = matches.length + (matches.length === 1 ? " result" : " results") + " for “" + query.trim() + "”.";
      }
    }

    function result(entry, words, index) {
      var item = entry.item;
      var li = document.createElement("li");
      li.className = "search-result search-result--" + item.type;
      var link = document.createElement("a");
      link.className = "search-result__link";
      link.id = "search-result-" + index;
      link.href = resolve(item.url);
      var meta = document.createElement("span");
      meta.className = "search-result__type";
      meta.textContent = (TYPE_LABELS[item.type] || item.type) + (item.kind ? " · " + item.kind : "");
      link.appendChild(meta);
      if (item.type === "claim" && item.status) {
        var verdict = document.createElement("span");
        verdict.className = "verdict verdict--" + item.status;
        verdict.appendChild(highlighted(entry.fields.verdict, item.verdict, words));
        link.appendChild(document.createTextNode(" "));
        link.appendChild(verdict);
      }
      var title = document.createElement("span");
      title.className = "search-result__title";
      title.appendChild(highlighted(entry.fields.title, item.title || "", words));
      link.appendChild(title);
      if (item.aliases && item.aliases.length) {
        var aliases = document.createElement("span");
        aliases.className = "search-result__aliases";
        aliases.appendChild(document.createTextNode("Also: "));
        aliases.appendChild(highlighted(entry.fields.aliases, item.aliases.join(" · "), words));
        link.appendChild(aliases);
      }
      if (item.text) {
        var text = document.createElement("span");
        text.className = "search-result__text";
        text.appendChild(highlighted(entry.fields.text, item.text, words, 180));
        link.appendChild(text);
      }
      if (item["in"]) {
        var within = document.createElement("span");
        within.className = "search-result__in";
        within.appendChild(document.createTextNode("In "));
        within.appendChild(highlighted(entry.fields.within, item["in"], words));
        link.appendChild(within);
      }
      li.appendChild(link);
      return li;
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

    function fromAddress() {
      var query = "";
      try {
        query = new URL(window.location.href).searchParams.get("q") || "";
      } catch (error) {
        query = "";
      }
      if (query && !input.value) input.value = query;
      lastQuery = null;
      render(input.value);
    }

    window.addEventListener("pageshow", function () { lastQuery = null; render(input.value); });
    fromAddress();
  }

  // The bibliography's grade filter (DESIGN §7): hidden without JavaScript, where every source shows.
  function setUpGradeFilter() {
    var box = document.getElementById("grade-filter");
    var select = document.getElementById("grade-filter-select");
    if (!box || !select) return;
    box.hidden = false;
    select.addEventListener("change", function () {
      var wanted = select.value;
      document.querySelectorAll(".bibliography .source").forEach(function (item) {
        item.hidden = wanted !== "" && item.getAttribute("data-grade") !== wanted;
      });
      document.querySelectorAll(".source-group").forEach(function (group) {
        group.hidden = !group.querySelector(".source:not([hidden])");
      });
    });
  }

  function start() {
    setUpCards();
    setUpSearch();
    setUpGradeFilter();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

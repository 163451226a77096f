/*
 * Briefing — the script of every page. Everything essential works without it; with it:
 *  1. Glossary cards: a glossary link (a.term[data-term]) opens a card with the entry's kind, name and
 *     summary on mouse hover, on keyboard focus and on a first tap (a second tap follows the link);
 *     Escape closes it. The data is embedded in the page (script#glossary-data), so no request is made;
 *     so are the card's words (script#card-words), in the page's language: the script has none of its own.
 * Search has a script of its own (search.js), which only the search page loads.
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
    var words = { entry: "", entryNamed: "{name}" };
    var wordsElement = document.getElementById("card-words");
    if (wordsElement) {
      try {
        words = JSON.parse(wordsElement.textContent);
      } catch (error) {
        // Keep the empty words: the card still shows the entry, its link named by the entry's name.
      }
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
      link.textContent = words.entry;
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
      // split/join, not replace: a `$` in a name must not be read as a replacement pattern.
      card.children[3].setAttribute("aria-label", words.entryNamed.split("{name}").join(entry.name));
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

  // The language switcher (DESIGN §8) keeps the reader's place: a link to the same page in another
  // language takes the #fragment along, so a reader at a claim lands on the same claim.
  function setUpLanguageSwitcher() {
    document.querySelectorAll(".language-switcher a[data-same-page]").forEach(function (link) {
      link.addEventListener("click", function () {
        if (window.location.hash && link.href.indexOf("#") < 0) link.href = link.href + window.location.hash;
      });
    });
  }

  function start() {
    setUpCards();
    setUpGradeFilter();
    setUpLanguageSwitcher();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

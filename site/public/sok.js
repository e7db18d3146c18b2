// Starts Pagefind's search interface in Swedish and runs the query from the address (?q=…),
// so that the search form in every page's header leads straight to results.
(function () {
  var root = document.querySelector("[data-search-root]");
  if (!root || typeof PagefindUI === "undefined") return;
  // Search records carry the parts of their compounds after this label, for the index only.
  var PARTS = "Orddelar:";
  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function withoutParts(excerpt, content) {
    var at = excerpt.indexOf(PARTS);
    if (at === -1) return excerpt;
    var kept = excerpt.slice(0, at).trim();
    if (kept.replace(/<[^>]*>/g, "").split(/\s+/).length >= 8) return kept + " …";
    var opening = (content || "").split(PARTS)[0].trim().split(/\s+/).slice(0, 30).join(" ");
    return escapeHtml(opening) + " …";
  }
  var ui = new PagefindUI({
    element: root,
    showSubResults: true,
    showImages: false,
    showEmptyFilters: false,
    resetStyles: false,
    pageSize: 10,
    processResult: function (result) {
      result.excerpt = withoutParts(result.excerpt || "", result.content);
      (result.sub_results || []).forEach(function (sub) {
        sub.excerpt = withoutParts(sub.excerpt || "", result.content);
      });
      return result;
    },
    translations: {
      placeholder: "Sök i styrdokumenten",
      clear_search: "Rensa",
      load_more: "Visa fler träffar",
      search_label: "Sök på webbplatsen",
      filters_label: "Avgränsa",
      zero_results: "Inga träffar för [SEARCH_TERM]",
      many_results: "[COUNT] träffar för [SEARCH_TERM]",
      one_result: "[COUNT] träff för [SEARCH_TERM]",
      alt_search: "Inga träffar för [SEARCH_TERM]. Visar träffar för [DIFFERENT_TERM] i stället",
      search_suggestion: "Inga träffar för [SEARCH_TERM]. Prova någon av dessa sökningar:",
      searching: "Söker efter [SEARCH_TERM]…",
    },
  });
  // Pagefind's field has only a placeholder; a visible label serves everyone, not only screen readers.
  var input = root.querySelector(".pagefind-ui__search-input");
  if (input) {
    input.id = "sokfalt";
    var label = document.createElement("label");
    label.htmlFor = "sokfalt";
    label.className = "search-label";
    label.textContent = "Sök i styrdokumenten";
    root.insertBefore(label, root.firstChild);
  }
  // Pagefind counts a search's filters only from the parts of its filter index that have already
  // arrived, and the interface keeps that list until the next search. A search that runs too early
  // (a slow line, a busy phone) would show one filter, or counts for the whole site. So the query
  // from the address waits for the whole filter index, and a search typed before it arrived runs
  // again once it has.
  var query = new URLSearchParams(window.location.search).get("q");
  if (query && input) input.value = query;
  import("/pagefind/pagefind.js")
    .then(function (pagefind) {
      return pagefind.filters();
    })
    .catch(function () {
      // Without a filter index the search itself still works; it only shows no filters.
    })
    .then(function () {
      var term = input ? input.value : query || "";
      if (!term.trim()) return;
      // A search has shown its message: repeat it with the same ticks, since triggerSearch does
      // nothing for words it already has.
      if (root.querySelector(".pagefind-ui__message")) ui.triggerFilters(tickedFilters());
      else ui.triggerSearch(term);
    });
  function tickedFilters() {
    var ticked = {};
    root.querySelectorAll(".pagefind-ui__filter-checkbox:checked").forEach(function (box) {
      (ticked[box.name] = ticked[box.name] || []).push(box.value);
    });
    return ticked;
  }
  // Keep the address in step with the query, so that a search can be bookmarked and shared.
  if (input) {
    input.addEventListener("input", function () {
      var value = input.value.trim();
      history.replaceState(null, "", value ? "?q=" + encodeURIComponent(value) : window.location.pathname);
    });
  }
})();

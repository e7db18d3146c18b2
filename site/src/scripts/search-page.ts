// The search page: Pagefind's search interface in Swedish, with the query from the address
// (?q=…) run at once, so that the search form in every page's header leads straight to results.
// Pagefind's own script (pagefind-ui.js) is loaded before this one and defines PagefindUI.
import { withoutCompoundParts } from "@styrdok/pages/search-words";

interface Result {
  excerpt?: string;
  content?: string;
  sub_results?: Array<{ excerpt?: string }>;
}

interface PagefindUIOptions {
  element: Element;
  showSubResults: boolean;
  showImages: boolean;
  showEmptyFilters: boolean;
  resetStyles: boolean;
  pageSize: number;
  processResult: (result: Result) => Result;
  translations: Record<string, string>;
}

interface PagefindUI {
  triggerSearch(term: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
}

declare const PagefindUI: (new (options: PagefindUIOptions) => PagefindUI) | undefined;

/**
 * Pagefind's search API, which the interface loads from the same address: below the site's base
 * (Astro's `base`, from STYRDOK_BASE), where the interface finds it by its own script's address.
 */
const PAGEFIND = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;

function start(root: Element): void {
  if (typeof PagefindUI === "undefined") return;
  const ui = new PagefindUI({
    element: root,
    showSubResults: true,
    showImages: false,
    showEmptyFilters: false,
    resetStyles: false,
    pageSize: 10,
    processResult(result) {
      result.excerpt = withoutCompoundParts(result.excerpt ?? "", result.content);
      for (const sub of result.sub_results ?? []) sub.excerpt = withoutCompoundParts(sub.excerpt ?? "", result.content);
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
  const input = root.querySelector<HTMLInputElement>(".pagefind-ui__search-input");
  if (input) {
    input.id = "sokfalt";
    const label = document.createElement("label");
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
  const query = new URLSearchParams(window.location.search).get("q");
  if (query && input) input.value = query;
  import(/* @vite-ignore */ PAGEFIND)
    .then((pagefind: { filters(): Promise<unknown> }) => pagefind.filters())
    .catch(() => {
      // Without a filter index the search itself still works; it only shows no filters.
    })
    .then(() => {
      const term = input ? input.value : (query ?? "");
      if (!term.trim()) return;
      // A search has shown its message: repeat it with the same ticks, since triggerSearch does
      // nothing for words it already has.
      if (root.querySelector(".pagefind-ui__message")) ui.triggerFilters(tickedFilters(root));
      else ui.triggerSearch(term);
    });

  // Keep the address in step with the query, so that a search can be bookmarked and shared.
  input?.addEventListener("input", () => {
    const value = input.value.trim();
    history.replaceState(null, "", value ? `?q=${encodeURIComponent(value)}` : window.location.pathname);
  });
}

/** The filter values ticked in the interface, by filter. */
function tickedFilters(root: Element): Record<string, string[]> {
  const ticked: Record<string, string[]> = {};
  for (const box of root.querySelectorAll<HTMLInputElement>(".pagefind-ui__filter-checkbox:checked")) ticked[box.name] = [...(ticked[box.name] ?? []), box.value];
  return ticked;
}

const root = document.querySelector("[data-search-root]");
if (root) start(root);

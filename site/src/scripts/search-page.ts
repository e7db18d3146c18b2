// The search page: a search form of the site's own over Pagefind's JS API. What it asks Pagefind
// and how it judges the answer is in @styrdok/pages/search-query; this script only wires the form,
// the filters and the results together and draws them. The query lives in the address (?q=…), so
// the form in every page's header leads straight to results and a search can be shared.
import { matchesQuery, type NamedItem, namedMatches, pagefindTerm, suggestion } from "@styrdok/pages/search-query";
import { namesFile, SEARCH_FILES, SEARCH_FILTERS, SEARCH_KIND_HEADINGS, SEARCH_KIND_NAMES, SEARCH_TYPE_FILTER, type SearchKind, withoutCompoundParts } from "@styrdok/pages/search-words";

interface Fragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Result {
  id: string;
  data(): Promise<Fragment>;
}

type FilterCounts = Record<string, Record<string, number>>;

interface SearchResponse {
  results: Result[];
  filters: FilterCounts;
}

interface PagefindModule {
  createInstance(options: { noWorker?: boolean }): Pagefind;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: { filters: Record<string, { any: string[] }> }): Promise<SearchResponse>;
}

/** Under the site's base (Astro's `base`, from STYRDOK_BASE), as every address of the site. */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, "");
/** Results drawn at a time; "Visa fler träffar" draws as many again. */
const PAGE_SIZE = 30;
/** Fewer hits than this, and the page offers "Menade du …?" when it has a better word. */
const FEW = 3;
/** More hits than this, and the filters are offered without counts (see `counter`). */
const COUNTED_HITS = 2_000;
/** How long the reader has not typed before the page counts the filters and tells screen readers the result. */
const QUIET_MS = 250;
const ANNOUNCE_MS = 700;
const collator = new Intl.Collator("sv");

const form = document.querySelector<HTMLFormElement>("[data-search-form]")!;
const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
const root = document.querySelector<HTMLElement>("[data-search-root]")!;
const filtersElement = root.querySelector<HTMLElement>("[data-search-filters]")!;
const status = root.querySelector<HTMLElement>("[data-search-status]")!;
const announcer = root.querySelector<HTMLElement>("[data-search-announce]")!;
const suggestionElement = root.querySelector<HTMLElement>("[data-search-suggestion]")!;
const suggested = root.querySelector<HTMLButtonElement>("[data-search-suggested]")!;
const resultsElement = root.querySelector<HTMLElement>("[data-search-results]")!;
const more = root.querySelector<HTMLButtonElement>("[data-search-more]")!;

const loadJson = <T>(path: string, fallback: T): Promise<T> =>
  fetch(`${BASE}${path}`)
    .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
    .catch(() => fallback);

/**
 * Two Pagefind instances. Pagefind counts every filter value over every hit once it has the filter
 * index, and that grows with the square of the hits: on a site of 1,000 documents a search for a
 * word in half the records took two minutes, and the shared worker answers nothing else meanwhile.
 * So the hits come from an instance that never loads the filter index (in Pagefind's worker), and
 * the counts from another (in the page, without the worker), asked only once the reader stops
 * typing and only for searches with at most COUNTED_HITS hits. A search narrowed by a filter gets
 * its hits and counts from a third instance, in the worker, so that however long Pagefind counts,
 * the page itself keeps answering.
 */
const pagefindModule: Promise<PagefindModule> = import(/* @vite-ignore */ `${BASE}/pagefind/pagefind.js`);
const OPTIONS = { exactDiacritics: true, excerptLength: 24 };
const searcher: Promise<Pagefind> = pagefindModule.then(async (module) => {
  const instance = module.createInstance({});
  await instance.options(OPTIONS);
  await instance.init();
  // For whoever measures the wait from a keystroke in a page a reader has open (the benchmark).
  root.dataset.ready = "true";
  return instance;
});
/** The counting instance, once it has the whole filter index, and every value's count over the whole site. */
const counter: Promise<{ instance: Pagefind; totals: FilterCounts }> = pagefindModule.then(async (module) => {
  const instance = module.createInstance({ noWorker: true });
  await instance.options(OPTIONS);
  return { instance, totals: await instance.filters() };
});

/** The instance for searches narrowed by a filter, once it has the whole filter index. */
let narrowing: Promise<Pagefind> | undefined;
function narrower(): Promise<Pagefind> {
  narrowing ??= pagefindModule.then(async (module) => {
    const instance = module.createInstance({});
    await instance.options(OPTIONS);
    await instance.filters();
    return instance;
  });
  return narrowing;
}

const nameFiles = loadJson<string[]>(SEARCH_FILES.nameFiles, []).then((files) => new Set(files));
const namesByFile = new Map<string, Promise<NamedItem[]>>();
/** The items named as the query begins, fetched once per file, and only from files there are. */
async function namesFor(query: string): Promise<NamedItem[]> {
  const file = namesFile(query);
  if (!(await nameFiles).has(file)) return [];
  return namesByFile.get(file) ?? namesByFile.set(file, loadJson<NamedItem[]>(file, [])).get(file)!;
}
let vocabulary: Promise<string[]> | undefined;

/** The filter values ticked, by filter. */
const ticked = new Map<string, Set<string>>();
/** Each search's number: a search that a later one overtook draws nothing. */
let latest = 0;

/**
 * Pagefind answers one search at a time, and on a large site a search for a common prefix takes
 * seconds: searches typed meanwhile would queue behind it. So one runs at a time, and one that a
 * later keystroke overtook while it waited is never asked.
 */
let engine: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const previous = engine;
  const run = previous.then(task, task);
  engine = run.catch(() => undefined);
  return run;
}

/** The search drawn last: its hits, those drawn, and its filters' counts (undefined until counted, or when too many to count). */
interface Drawn {
  number: number;
  query: string;
  named: NamedItem[];
  results: Result[];
  fragments: Fragment[];
  counts?: FilterCounts;
}
let current: Drawn | undefined;

function pagefindFilters(leaveOut?: string): Record<string, { any: string[] }> {
  return Object.fromEntries([...ticked].filter(([name, values]) => values.size > 0 && name !== leaveOut).map(([name, values]) => [name, { any: [...values] }]));
}

const hitsWord = (count: number) => (count === 1 ? "träff" : "träffar");
const number = (count: number) => count.toLocaleString("sv-SE");

/**
 * Marks what the page shows, for whoever waits on it (the tests, the benchmark): "searching", or
 * "done" with the query drawn and its count of hits; `complete` once its filters are drawn too.
 */
function mark(state: "searching" | "done", query = "", hits = 0, complete = false): void {
  root.dataset.state = state;
  root.dataset.query = query;
  root.dataset.hits = String(hits);
  root.dataset.complete = String(complete);
}

let announcing: ReturnType<typeof setTimeout> | undefined;
/** Tells screen readers the outcome once the reader has paused, not at every key. */
function announce(text: string): void {
  clearTimeout(announcing);
  announcing = setTimeout(() => {
    announcer.textContent = text;
  }, ANNOUNCE_MS);
}

function fail(error: unknown): void {
  status.textContent = "Sökningen gick inte att göra. Ladda om sidan och försök igen.";
  announce(status.textContent);
  mark("done", input.value.trim(), 0, true);
  console.error(error);
}

async function search(): Promise<void> {
  const searchNumber = ++latest;
  const stale = () => searchNumber !== latest;
  mark("searching");
  const query = input.value.trim();
  const filters = pagefindFilters();
  const filtered = Object.keys(filters).length > 0;
  history.replaceState(null, "", query ? `?q=${encodeURIComponent(query)}` : window.location.pathname);
  if (!query && !filtered) {
    current = undefined;
    resultsElement.replaceChildren();
    status.textContent = "";
    suggestionElement.hidden = true;
    more.hidden = true;
    const { totals } = await counter;
    if (stale()) return;
    drawFilters(totals, totals);
    mark("done", "", 0, true);
    return;
  }
  // Fetched while Pagefind searches.
  const names = query ? namesFor(query) : Promise.resolve([]);
  const term = query ? pagefindTerm(query) : null;
  const api = filtered ? await narrower() : await searcher;
  const response = await oneAtATime(async () => (stale() ? undefined : api.search(term, { filters })));
  if (!response || stale()) return;
  let results = response.results;
  const first = await results[0]?.data();
  // Pagefind, finding no word, falls back to shorter prefixes of the query: those are no hits.
  // Pagefind finds words in the metadata too (a hit's document, its names), so those count.
  if (query && first && !matchesQuery(`${Object.values(first.meta).join(" ")} ${first.content}`, query)) results = [];
  // A reader who narrows the search has said what they want: no name is put before it.
  const named = query && !filtered ? namedMatches(query, await names) : [];
  const fragments = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
  if (stale()) return;
  const drawn: Drawn = { number: searchNumber, query, named, results, fragments, ...(results.length === 0 ? { counts: {} } : {}) };
  current = drawn;
  draw(drawn);
  const shown = query ? `för ”${query}”` : "med de valda avgränsningarna";
  status.textContent = results.length === 0 ? `Inga träffar ${shown}.` : `${number(results.length)} ${hitsWord(results.length)} ${shown}.`;
  const better = await offerSuggestion(query, results.length);
  if (stale()) return;
  announce(better ? `${status.textContent} Menade du ${better}?` : status.textContent);
  mark("done", query, results.length);

  // Counted once the reader has stopped typing: the counting instance works in the page itself.
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  if (stale()) return;
  const { instance, totals } = await counter;
  if (stale()) return;
  if (results.length > 0 && (filtered || results.length <= COUNTED_HITS)) {
    const counts = filtered ? response.filters : (await instance.search(term, { filters })).filters;
    // Pagefind counts what each value would leave if it were added to the filters ticked; a value
    // of a filter already ticked is added to it instead ("any"), so that filter is counted without
    // itself, in the page, and only when that is cheap (without the filter there are more hits).
    // Otherwise that filter offers all its values, uncounted, so that one can still be added.
    for (const name of ticked.keys()) {
      if ((ticked.get(name)?.size ?? 0) === 0) continue;
      if (results.length > COUNTED_HITS / 4) delete counts[name];
      else counts[name] = (await instance.search(term, { filters: pagefindFilters(name) })).filters[name] ?? {};
    }
    if (stale()) return;
    drawn.counts = counts;
    drawCounts(drawn);
  }
  drawFilters(drawn.counts, totals);
  mark("done", query, results.length, true);
}

/** Shows "Menade du …?" when the search found little and the vocabulary has a better word; returns it. */
async function offerSuggestion(query: string, count: number): Promise<string | undefined> {
  suggestionElement.hidden = true;
  if (!query || count >= FEW) return undefined;
  vocabulary ??= loadJson<string[]>(SEARCH_FILES.vocabulary, []);
  const better = suggestion(query, await vocabulary);
  if (!better) return undefined;
  suggested.textContent = better;
  suggestionElement.hidden = false;
  return better;
}

/** A result's excerpt, with the hits marked: Pagefind's HTML, kept to its text and its marks. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement("template");
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? "");
  });
}

function element<K extends keyof HTMLElementTagNameMap>(name: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, children: Array<Node | string> = []): HTMLElementTagNameMap[K] {
  const created = Object.assign(document.createElement(name), properties);
  created.append(...children);
  return created;
}

function hit(url: string, title: string, meta: Record<string, string | undefined>, excerpt?: Node[]): HTMLLIElement {
  const context = [meta.document, meta.county].filter(Boolean).join(" · ");
  // A goal's or a measure's title is its text: an excerpt that only repeats it is left out.
  const excerptText = (excerpt ?? [])
    .map((node) => node.textContent ?? "")
    .join("")
    .replace(/\s*…$/, "")
    .trim();
  if (excerptText && title.replace(/\s*…$/, "").includes(excerptText)) excerpt = undefined;
  return element("li", { className: "search-hit" }, [
    element("a", { href: url, className: "search-hit-title" }, [title]),
    ...(context ? [element("p", { className: "search-hit-context" }, [context])] : []),
    ...(excerpt && excerpt.length > 0 ? [element("p", { className: "search-hit-excerpt" }, excerpt)] : []),
  ]);
}

const headingOf = (kind: string) => SEARCH_KIND_HEADINGS[kind as SearchKind] ?? SEARCH_KIND_HEADINGS.page;

/** A group's heading, with its count and "Visa alla …" once the filters are counted. */
function groupHead(kind: string, shown: number, counts: FilterCounts | undefined): HTMLElement {
  const heading = headingOf(kind);
  const total = counts?.[SEARCH_TYPE_FILTER]?.[heading];
  const onlyThis = ticked.get(SEARCH_TYPE_FILTER)?.has(heading) && ticked.get(SEARCH_TYPE_FILTER)?.size === 1;
  const title = element("h2", { tabIndex: -1 }, [heading, ...(total ? [element("span", { className: "search-count" }, [` (${number(total)})`])] : [])]);
  const all =
    total && total > shown && !onlyThis
      ? [element("button", { type: "button", className: "link-button", onclick: () => showOnly(heading) }, [`Visa alla ${number(total)} ${heading.toLowerCase()}`])]
      : [];
  const head = element("div", { className: "search-group-head" }, [title, ...all]);
  head.dataset.kind = kind;
  return head;
}

/** The fragments drawn, by kind, the kinds in the order of their best hit, so that the best hits stay on top. */
function groupsOf(drawn: Drawn): Map<string, Fragment[]> {
  const pinned = new Set(drawn.named.map((item) => `${BASE}${item.url}`));
  const groups = new Map<string, Fragment[]>();
  for (const fragment of drawn.fragments) {
    if (pinned.has(fragment.url)) continue;
    const kind = fragment.meta.kind ?? "page";
    (groups.get(kind) ?? groups.set(kind, []).get(kind)!).push(fragment);
  }
  return groups;
}

/** After the kind filter was chosen with "Visa alla …", the heading of that kind gets the focus the button had. */
let focusGroup: string | undefined;

function draw(drawn: Drawn): void {
  const sections: HTMLElement[] = [];
  if (drawn.named.length > 0) {
    sections.push(
      element("section", { className: "search-group" }, [
        element("div", { className: "search-group-head" }, [element("h2", {}, ["Bästa träff"])]),
        element(
          "ol",
          {},
          drawn.named.map((item) => hit(`${BASE}${item.url}`, item.title, { document: [SEARCH_KIND_NAMES[item.kind as SearchKind], item.document].filter(Boolean).join(": "), county: item.county })),
        ),
      ]),
    );
  }
  for (const [kind, members] of groupsOf(drawn)) {
    sections.push(
      element("section", { className: "search-group" }, [
        groupHead(kind, members.length, drawn.counts),
        element(
          "ol",
          {},
          members.map((fragment) => hit(fragment.url, fragment.meta.title ?? fragment.url, fragment.meta, excerptNodes(withoutCompoundParts(fragment.excerpt, fragment.content)))),
        ),
      ]),
    );
  }
  resultsElement.replaceChildren(...sections);
  more.hidden = drawn.fragments.length >= drawn.results.length;
  if (focusGroup) {
    resultsElement.querySelector<HTMLElement>(`.search-group-head[data-kind="${CSS.escape(focusGroup)}"] h2`)?.focus();
    focusGroup = undefined;
  }
}

/** Puts the counts into the groups' headings in place: the hits a reader may be on stay as they are. */
function drawCounts(drawn: Drawn): void {
  const groups = groupsOf(drawn);
  for (const head of resultsElement.querySelectorAll<HTMLElement>(".search-group-head[data-kind]")) {
    const kind = head.dataset.kind!;
    const [title, ...rest] = [...groupHead(kind, groups.get(kind)?.length ?? 0, drawn.counts).children];
    // The heading itself stays (it may have the focus); its text and the button change.
    head.firstElementChild!.replaceChildren(...title!.childNodes);
    for (const extra of [...head.children].slice(1)) extra.remove();
    head.append(...rest);
  }
}

let loadingMore = false;
async function showMore(): Promise<void> {
  const drawn = current;
  if (!drawn || loadingMore) return;
  loadingMore = true;
  more.disabled = true;
  try {
    const next = await Promise.all(drawn.results.slice(drawn.fragments.length, drawn.fragments.length + PAGE_SIZE).map((result) => result.data()));
    if (current !== drawn) return;
    drawn.fragments.push(...next);
    draw(drawn);
    // The focus goes to the first hit added, wherever its kind put it.
    const first = next[0] && resultsElement.querySelector<HTMLAnchorElement>(`a.search-hit-title[href="${CSS.escape(next[0].url)}"]`);
    first?.focus();
    announce(`${next.length} till ${hitsWord(next.length)} visas.`);
  } finally {
    loadingMore = false;
    more.disabled = false;
  }
}

function showOnly(heading: string): void {
  ticked.set(SEARCH_TYPE_FILTER, new Set([heading]));
  focusGroup = Object.entries(SEARCH_KIND_HEADINGS).find(([, value]) => value === heading)?.[0];
  void search().catch(fail);
}

/** Where the focus is among the filters, to put it back on the same box or heading once they are drawn again. */
function focusedFilter(): ((element: Element) => boolean) | undefined {
  const active = document.activeElement;
  if (!active || !filtersElement.contains(active)) return undefined;
  if (active instanceof HTMLInputElement) {
    const { name, value } = active;
    return (element) => element instanceof HTMLInputElement && element.name === name && element.value === value;
  }
  const filter = active.closest<HTMLElement>("details")?.dataset.filter;
  return (element) => element.tagName === "SUMMARY" && element.closest<HTMLElement>("details")?.dataset.filter === filter;
}

/** The filters with each value's count for the search, or (no count for a filter: too many hits to count) every value of that filter without one. */
function drawFilters(filterCounts: FilterCounts | undefined, totals: FilterCounts): void {
  const refocus = focusedFilter();
  const open = new Set([...filtersElement.querySelectorAll<HTMLDetailsElement>("details[open]")].map((details) => details.dataset.filter));
  let uncounted = !filterCounts;
  const blocks = SEARCH_FILTERS.flatMap((name, filterIndex) => {
    const chosen = ticked.get(name) ?? new Set<string>();
    // A value that finds nothing is not offered, unless it is ticked (so that it can be unticked).
    const own = filterCounts?.[name];
    const values = Object.entries(own ?? totals[name] ?? {})
      .filter(([value, count]) => count > 0 || chosen.has(value))
      .sort(([a], [b]) => collator.compare(a, b));
    for (const value of chosen) if (!values.some(([shown]) => shown === value)) values.push([value, 0]);
    if (values.length === 0) return [];
    if (!own) uncounted = true;
    const boxes = values.map(([value, count], index) => {
      const id = `filter-${filterIndex}-${index}`;
      const box = element("input", { type: "checkbox", id, name, value, checked: chosen.has(value) });
      box.addEventListener("change", () => {
        const set = ticked.get(name) ?? ticked.set(name, new Set()).get(name)!;
        if (box.checked) set.add(value);
        else set.delete(value);
        void search().catch(fail);
      });
      return element("div", { className: "search-filter-value" }, [box, element("label", { htmlFor: id }, [own ? `${value} (${number(count)})` : value])]);
    });
    const details = element("details", { className: "search-filter", open: open.has(name) || chosen.size > 0 }, [
      element("summary", {}, [name, ...(chosen.size > 0 ? [` (${chosen.size} valda)`] : [])]),
      element("fieldset", {}, [element("legend", { className: "visually-hidden" }, [name]), ...boxes]),
    ]);
    details.dataset.filter = name;
    return [details];
  });
  const note = uncounted ? [element("p", { className: "search-filters-note" }, ["Vid många träffar visas inte antalet per val."])] : [];
  filtersElement.replaceChildren(...(blocks.length > 0 ? [element("h2", { className: "search-filters-heading" }, ["Avgränsa"]), ...note, ...blocks] : []));
  if (refocus) [...filtersElement.querySelectorAll<HTMLElement>("input, summary")].find(refocus)?.focus();
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener("input", () => {
  clearTimeout(typing);
  // One letter begins too many words to be worth a search while typing; Enter still searches.
  if (input.value.trim().length === 1) return;
  typing = setTimeout(() => void search().catch(fail), 80);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typing);
  void search().catch(fail);
});
suggested.addEventListener("click", () => {
  input.value = suggested.textContent ?? "";
  input.focus();
  void search().catch(fail);
});
more.addEventListener("click", () => void showMore().catch(fail));
searcher.catch(fail);

const query = new URLSearchParams(window.location.search).get("q");
if (query) input.value = query;
void search().catch(fail);

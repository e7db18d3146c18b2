// The two search prompts of `styrdok new` (one of many, any number of many), built on @clack/core's
// AutocompletePrompt with a drawing of our own. @clack/prompts 1.9.0 has them ready-made, but draws
// "Search:", "No matches found" and its key hints in English, and no option or setting replaces
// those words. The drawing uses the symbols and colours @clack/prompts exports, so that these look
// like its other prompts (text, select) that `new` still uses as they are.
import type { Readable, Writable } from "node:stream";
import { styleText } from "node:util";
import { AutocompletePrompt } from "@clack/core";
import { limitOptions, S_BAR, S_BAR_END, S_CHECKBOX_INACTIVE, S_CHECKBOX_SELECTED, S_RADIO_ACTIVE, S_RADIO_INACTIVE, symbol } from "@clack/prompts";
import type { Lang } from "@styrdok/core";

export interface SearchOption {
  value: string;
  label: string;
  hint?: string;
}

export interface SearchOptions {
  message: string;
  options: SearchOption[];
  /** Rows of options shown at once; the list scrolls with the cursor. */
  maxItems: number;
  filter: (search: string, option: SearchOption) => boolean;
  lang: Lang;
  /** The terminal, when not the process's own. */
  input?: Readable;
  output?: Writable;
}

/** Each key hint is the key (drawn dim) and what it does. */
type KeyHint = [key: string, does: string];

interface Words {
  search: string;
  matches: (count: number) => string;
  noMatches: string;
  nothingToChoose: string;
  chooseAtLeastOne: string;
  noneChosen: string;
  one: KeyHint[];
  many: (navigating: boolean) => KeyHint[];
}

const words: Record<Lang, Words> = {
  sv: {
    search: "Sök:",
    matches: (count) => `${count} ${count === 1 ? "träff" : "träffar"}`,
    noMatches: "Inga träffar",
    nothingToChoose: "Inget att välja: ändra sökningen.",
    chooseAtLeastOne: "Välj minst en: Tab väljer den som är markerad.",
    noneChosen: "ingen vald",
    one: [
      ["↑/↓", "bläddra"],
      ["Enter:", "välj"],
      ["Skriv:", "sök"],
    ],
    // Space types a space into the search until the editor has moved with the arrows.
    many: (navigating) => [
      ["↑/↓", "bläddra"],
      [navigating ? "Mellanslag/Tab:" : "Tab:", "välj"],
      ["Enter:", "gå vidare"],
      ["Skriv:", "sök"],
    ],
  },
  en: {
    search: "Search:",
    matches: (count) => `${count} ${count === 1 ? "match" : "matches"}`,
    noMatches: "No matches",
    nothingToChoose: "Nothing to choose: change the search.",
    chooseAtLeastOne: "Select at least one: Tab selects the highlighted one.",
    noneChosen: "none chosen",
    one: [
      ["↑/↓", "browse"],
      ["Enter:", "choose"],
      ["Type:", "search"],
    ],
    many: (navigating) => [
      ["↑/↓", "browse"],
      [navigating ? "Space/Tab:" : "Tab:", "select"],
      ["Enter:", "go on"],
      ["Type:", "search"],
    ],
  },
};

type Shown = Omit<AutocompletePrompt<SearchOption>, "prompt">;

/** One option, found by typing part of it. Resolves to its value, or to clack's cancel symbol. */
export function searchOne(options: SearchOptions): Promise<string | symbol> {
  const w = words[options.lang];
  const prompt = new AutocompletePrompt<SearchOption>({
    options: options.options,
    filter: options.filter,
    ...(options.input ? { input: options.input } : {}),
    ...(options.output ? { output: options.output } : {}),
    // Enter with no option left after filtering would otherwise answer nothing at all.
    validate: (value) => (value === undefined ? w.nothingToChoose : undefined),
    render() {
      return draw(this, options, false);
    },
  });
  return prompt.prompt().then((value) => value as string | symbol);
}

/** Any number of options, each selected with Tab (or Space once browsing). */
export function searchMany(options: SearchOptions & { required?: boolean }): Promise<string[] | symbol> {
  const w = words[options.lang];
  const prompt = new AutocompletePrompt<SearchOption>({
    options: options.options,
    filter: options.filter,
    ...(options.input ? { input: options.input } : {}),
    ...(options.output ? { output: options.output } : {}),
    multiple: true,
    validate: (value) => (options.required && (!Array.isArray(value) || value.length === 0) ? w.chooseAtLeastOne : undefined),
    render() {
      return draw(this, options, true);
    },
  });
  return prompt.prompt().then((value) => (typeof value === "symbol" ? value : Array.isArray(value) ? (value as string[]) : []));
}

function draw(prompt: Shown, options: SearchOptions, multiple: boolean): string {
  const w = words[options.lang];
  const head = [styleText("gray", S_BAR), `${symbol(prompt.state)}  ${options.message}`];
  if (prompt.state === "submit") {
    const labels = prompt.selectedValues.map((value) => options.options.find((option) => option.value === value)?.label ?? value);
    return [...head, `${styleText("gray", S_BAR)}  ${styleText("dim", labels.length > 0 ? labels.join(", ") : w.noneChosen)}`].join("\n");
  }
  if (prompt.state === "cancel") {
    return [...head, `${styleText("gray", S_BAR)}${prompt.userInput ? `  ${styleText(["strikethrough", "dim"], prompt.userInput)}` : ""}`].join("\n");
  }
  const colour = prompt.state === "error" ? "yellow" : "cyan";
  const bar = `${styleText(colour, S_BAR)}  `;
  const shown = prompt.filteredOptions.length;
  const typed = prompt.isNavigating ? styleText("dim", prompt.userInput) : prompt.userInputWithCursor;
  const count = shown !== options.options.length ? styleText("dim", ` (${w.matches(shown)})`) : "";
  const top = [...head, styleText(colour, S_BAR), `${bar}${styleText("dim", w.search)} ${typed}${count}`];
  if (shown === 0 && prompt.userInput) top.push(`${bar}${styleText("yellow", w.noMatches)}`);
  if (prompt.state === "error") top.push(`${bar}${styleText("yellow", prompt.error)}`);
  const keys = multiple ? w.many(prompt.isNavigating) : w.one;
  const bottom = [`${bar}${keys.map(([key, does]) => `${styleText("dim", key)} ${does}`).join(" • ")}`, styleText(colour, S_BAR_END)];
  const rows = limitOptions({
    cursor: prompt.cursor,
    options: prompt.filteredOptions,
    maxItems: options.maxItems,
    ...(options.output ? { output: options.output } : {}),
    // The bar and two spaces before each row.
    columnPadding: 3,
    rowPadding: top.length + bottom.length,
    style: (option, focused) => {
      const hint = focused && option.hint ? styleText("dim", ` (${option.hint})`) : "";
      const label = focused ? `${option.label}${hint}` : styleText("dim", option.label);
      if (!multiple) return `${focused ? styleText("green", S_RADIO_ACTIVE) : styleText("dim", S_RADIO_INACTIVE)} ${label}`;
      const selected = prompt.selectedValues.includes(option.value);
      return `${selected ? styleText("green", S_CHECKBOX_SELECTED) : styleText("dim", S_CHECKBOX_INACTIVE)} ${label}`;
    },
  });
  return [...top, ...rows.map((row) => `${bar}${row}`), ...bottom].join("\n");
}

// The questions `styrdok new` asks in a terminal, through @clack/prompts (the search prompts are
// our own drawing on @clack/core, in search-prompt.ts). Without a terminal (or with --yes) nothing
// is asked: the scripted asker is never called for a value.
import { isCancel, select, text, updateSettings } from "@clack/prompts";
import type { Lang } from "@styrdok/core";
import { searchMany, searchOne } from "./search-prompt.ts";

export interface Choice<T extends string = string> {
  value: T;
  label: string;
  hint?: string;
}

export interface Asker {
  interactive: boolean;
  text(message: string, options?: { initial?: string; optional?: boolean; validate?: (value: string) => string | undefined }): Promise<string>;
  select<T extends string>(message: string, options: Array<Choice<T>>, initial?: T): Promise<T>;
  /** One of many, found by typing part of its name. */
  search(message: string, options: Choice[]): Promise<string>;
  /** Any number of many, found by typing; with `required`, at least one. */
  searchMany(message: string, options: Choice[], required?: boolean): Promise<string[]>;
}

/** The user left a prompt (Ctrl-C or Escape). */
export class Cancelled extends Error {}

const never = (): never => {
  throw new Error("a scripted run asked a question");
};

export const scriptedAsker: Asker = { interactive: false, text: never, select: never, search: never, searchMany: never };

function answered<T>(value: T): Exclude<T, symbol> {
  if (isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

/** Matches an option by every word typed, in its label, hint or value, ignoring case and accents. */
function matches(search: string, option: Choice): boolean {
  const fold = (value: string) =>
    value
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "");
  const haystack = fold(`${option.label} ${option.hint ?? ""} ${option.value}`);
  return fold(search)
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

export function terminalAsker(lang: Lang): Asker {
  const sv = lang === "sv";
  updateSettings({ messages: { cancel: sv ? "Avbrutet" : "Cancelled", error: sv ? "Något gick fel" : "Something went wrong" } });
  const required = sv ? "Det här behövs." : "This is needed.";
  return {
    interactive: true,
    async text(message, options = {}) {
      const value = answered(
        await text({
          message,
          ...(options.initial !== undefined ? { initialValue: options.initial } : {}),
          validate: (value) => {
            const written = (value ?? "").trim();
            if (!written && !options.optional) return required;
            return options.validate?.(written);
          },
        }),
      );
      return value.trim();
    },
    async select<T extends string>(message: string, options: Array<Choice<T>>, initial?: T) {
      return answered(
        await select<T>({
          message,
          options: options.map((option) => ({ value: option.value, label: option.label, ...(option.hint ? { hint: option.hint } : {}) })) as Parameters<typeof select<T>>[0]["options"],
          ...(initial !== undefined ? { initialValue: initial } : {}),
          maxItems: 12,
          showInstructions: false,
        }),
      );
    },
    async search(message, options) {
      return answered(await searchOne({ message, options, maxItems: 10, filter: matches, lang }));
    },
    async searchMany(message, options, required = false) {
      return answered(await searchMany({ message, options, maxItems: 10, filter: matches, lang, required }));
    },
  };
}

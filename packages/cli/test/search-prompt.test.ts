// The search prompt that must have an answer: no `new` question requires one today, so it is
// driven here through streams, as a terminal would, rather than through the command.
import { PassThrough } from "node:stream";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { searchMany } from "../src/search-prompt.ts";

const options = [
  { value: "polismyndigheten", label: "Polismyndigheten", hint: "Polisen" },
  { value: "region-dalarna", label: "Region Dalarna" },
];

function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = "";
  output.on("data", (chunk: Buffer) => {
    screen += stripVTControlCharacters(chunk.toString("utf8"));
  });
  /** Resolves once `text` has been drawn after what was awaited before. */
  let from = 0;
  const shown = (text: string) =>
    new Promise<void>((resolve) => {
      const look = () => {
        const at = screen.indexOf(text, from);
        if (at === -1) return;
        from = at + text.length;
        output.off("data", look);
        resolve();
      };
      output.on("data", look);
      look();
    });
  return { input, output, shown, screen: () => screen };
}

describe("a search for any number that needs at least one", () => {
  it("says in Swedish that one must be selected, then takes the one selected", async () => {
    const { input, output, shown, screen } = terminal();
    const answer = searchMany({
      message: "Vilka ansvarar?",
      options,
      maxItems: 10,
      filter: (search, option) => option.label.toLowerCase().includes(search),
      lang: "sv",
      required: true,
      input,
      output,
    });
    await shown("Vilka ansvarar?");
    input.write("\r");
    await shown("Välj minst en: Tab väljer den som är markerad.");
    input.write("region");
    await shown("(1 träff)");
    input.write("\t\r");
    expect(await answer).toEqual(["region-dalarna"]);
    expect(screen()).toContain("Region Dalarna");
    expect(screen()).not.toContain("Please select");
  });
});

// The README's guidance on an actor's units (issue 11, part 8): its examples are drawn from the
// real content, so they must stand there as the README shows them, and mean what it says.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actorInvolvement, loadContent } from "@styrdok/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repositoryRoot } from "./paths.ts";

const readme = readFileSync(join(repositoryRoot, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("### An actor's units"), readme.indexOf("\n### ", readme.indexOf("### An actor's units") + 1));
const examples = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1]!) as Record<string, Array<Record<string, unknown>>>);
const { graph } = await loadContent(["content"], { cwd: repositoryRoot, today: "2026-11-22" });

describe("the README on modelling an actor's units", () => {
  it("has a section with an example of a unit in the registry and of a unit on a responsibility", () => {
    expect(section).toMatch(/^### An actor's units/);
    expect(examples.map((example) => Object.keys(example))).toEqual([["actors"], ["responsibilities"]]);
  });

  it("shows units as the registry has them: kind verksamhet, and the parent they belong to", () => {
    for (const unit of examples[0]!.actors!) {
      const actor = graph.getOf("actor", String(unit.id))?.item;
      expect(actor, String(unit.id)).toMatchObject({ name: unit.name, kind: unit.kind, parent: unit.parent });
    }
  });

  it("shows a responsibility's unit as the content has it", () => {
    for (const responsibility of examples[1]!.responsibilities!) {
      expect(graph.getOf("responsibility", String(responsibility.id))?.item).toMatchObject({ actor: responsibility.actor, unit: responsibility.unit });
    }
  });

  it("is right that what names a unit counts for the organisation it belongs to", () => {
    const unit = String(examples[0]!.actors!.at(-1)!.id);
    const organisation = String(examples[0]!.actors![0]!.parent);
    expect(actorInvolvement(graph, organisation).some((entry) => entry.actor === unit || entry.via === "unit")).toBe(true);
  });
});

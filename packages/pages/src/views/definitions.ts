// The glossary: every definition in the documents, by letter.
import { labelFor } from "../format.ts";
import { type Link, linkTo } from "../link.ts";
import type { Site } from "../site.ts";
import { placeOf } from "../urls.ts";

export function definitionList(site: Site): Array<{ letter: string; definitions: Array<{ id: string; term: string; kind: string; text: string; document: Link; place: string }> }> {
  const all = site.graph
    .all("definition")
    .map((node) => ({ id: node.id, term: node.item.term, kind: labelFor("DefinitionKind", node.item.kind), text: node.item.text, document: linkTo(site.graph, node.document!), place: placeOf(node) }))
    .sort((a, b) => a.term.localeCompare(b.term, "sv"));
  const letters = new Map<string, typeof all>();
  for (const definition of all) {
    const letter = definition.term.charAt(0).toLocaleUpperCase("sv");
    (letters.get(letter) ?? letters.set(letter, []).get(letter)!).push(definition);
  }
  return [...letters].map(([letter, definitions]) => ({ letter, definitions }));
}

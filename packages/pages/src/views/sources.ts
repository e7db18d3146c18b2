// The legal and other sources: the list of them, and a source with every provision the
// documents cite it for, and what rests on each.
import { citationsOf, type SourceKind } from "@styrdok/core";
import { labelFor } from "../format.ts";
import { byLabel, type Link, linkTo } from "../link.ts";
import type { Site } from "../site.ts";

/** Kinds of source that bind: these are the legal sources, the rest is reading. */
const legalKinds = new Set<SourceKind>(["law", "ordinance", "regulation", "general-advice", "convention"]);

type SourceLink = Link & { kind: string; number?: string; citations: number };

export function sourceList(site: Site): { legal: SourceLink[]; other: SourceLink[] } {
  const legal: SourceLink[] = [];
  const other: SourceLink[] = [];
  for (const { item: source } of site.graph.all("source")) {
    (legalKinds.has(source.kind) ? legal : other).push({
      ...linkTo(site.graph, source.id),
      kind: labelFor("SourceKind", source.kind),
      ...(source.number ? { number: source.number } : {}),
      citations: site.graph.incoming(source.id).filter((relation) => relation.fromType !== "source").length,
    });
  }
  return { legal: legal.sort(byLabel), other: other.sort(byLabel) };
}

export interface SourceView {
  source: Link & { kind: string; number?: string; abbreviation?: string; website?: string; year?: number; note?: string };
  provisions: Array<{ provision: string; items: Array<Link & { actor?: Link; document?: Link; text?: string }>; documents: Link[] }>;
}

/** Statute order: 2 kap. before 2 a kap. before 3 kap.; then by section, numerically. */
function provisionOrder(a: string, b: string): number {
  const key = (provision: string) => {
    const chapter = provision.match(/(\d+)\s*([a-z])?\s*kap/);
    const section = provision.match(/(\d+)\s*([a-z])?\s*§/);
    return [Number(chapter?.[1] ?? 0), chapter?.[2] ?? "", Number(section?.[1] ?? 0), section?.[2] ?? "", provision] as const;
  };
  const [x, y] = [key(a), key(b)];
  for (let index = 0; index < x.length; index++) {
    const order = typeof x[index] === "number" ? (x[index] as number) - (y[index] as number) : String(x[index]).localeCompare(String(y[index]), "sv");
    if (order !== 0) return order;
  }
  return 0;
}

export function sourceView(site: Site, id: string): SourceView {
  const { graph } = site;
  const source = graph.getOf("source", id)!.item;
  return {
    source: {
      ...linkTo(graph, id),
      kind: labelFor("SourceKind", source.kind),
      ...(source.number ? { number: source.number } : {}),
      ...(source.abbreviation ? { abbreviation: source.abbreviation } : {}),
      ...(source.url ? { website: source.url } : {}),
      ...(source.year ? { year: source.year } : {}),
      ...(source.note ? { note: source.note } : {}),
    },
    provisions: [...citationsOf(graph, id)]
      .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : provisionOrder(a, b)))
      .map(([provision, relations]) => {
        const items = relations.map((relation) => {
          const item = graph.get(relation.from)!;
          const text = typeof relation.context?.text === "string" ? relation.context.text : undefined;
          // Many responsibilities read alike ("Anmäla enligt 14 kap. 1 §"); whose they are tells them apart.
          const actor = item.type === "responsibility" ? item.item.actor : undefined;
          return {
            ...linkTo(graph, relation.from),
            ...(actor ? { actor: linkTo(graph, actor) } : {}),
            ...(item.document ? { document: linkTo(graph, item.document) } : {}),
            ...(text ? { text } : {}),
          };
        });
        const documents = [...new Set(items.map((item) => item.document?.id).filter((document): document is string => Boolean(document)))].map((document) => linkTo(graph, document));
        return { provision: provision || "Hela källan", items, documents };
      }),
  };
}

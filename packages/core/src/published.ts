// What the site publishes of the model: everything but what `styrdok import` made and no one has
// reviewed yet. A document with `draft: true` is left out with everything in it (its chapters and
// their items, its gaps and source errors); a goal, measure or responsibility with
// `proposed: true` is left out of its document. Whatever refers to what was left out no longer
// does: the reference goes, and so does the id in the field of the item that holds it, so that
// no page links to a page that does not exist. Pure: the model is read, never changed.
import { dirname } from "node:path";
import { buildGraph, type Graph } from "./graph.ts";
import type { Content } from "./load.ts";
import type { ChapterItem, Corpus, DocumentItem } from "./model.ts";
import { isRecord } from "./schemas.ts";

/** The model without imported drafts and unconfirmed proposals, as the site shows it. */
export function publishedCorpus(corpus: Corpus): Corpus {
  const drafts = new Set(corpus.documents.filter((document) => document.draft === true).map((document) => document.id));
  const inDraft = (item: { origin: { document?: string } }) => item.origin.document !== undefined && drafts.has(item.origin.document);
  const proposals = [...corpus.goals, ...corpus.measures, ...corpus.responsibilities].filter((item) => item.proposed === true && !inDraft(item));
  if (drafts.size === 0 && proposals.length === 0) return corpus;
  // Every id that goes: the drafts and all they hold (their templates' sections and fields too), and the proposals.
  const dropped = new Set<string>([...drafts, ...proposals.map((item) => item.id)]);
  const collections = ["chapters", "goals", "measures", "responsibilities", "indicators", "definitions", "events", "templates", "gaps", "sourceErrors"] as const;
  for (const collection of collections) for (const item of corpus[collection]) if (inDraft(item)) dropped.add(item.id);
  for (const template of corpus.templates) {
    if (!inDraft(template)) continue;
    for (const section of template.sections) {
      dropped.add(section.id);
      for (const field of section.fields) dropped.add(field.id);
    }
  }
  const kept = <T extends { id: string; origin: { document?: string } }>(items: readonly T[]) => items.filter((item) => !dropped.has(item.id) && !inDraft(item));

  // References from what goes, or to it, go; those to it are taken out of the fields that hold them too.
  const references = corpus.references.filter((reference) => !dropped.has(reference.from) && !dropped.has(reference.to));
  const cut = new Map<string, Array<{ field: string; to: string }>>();
  for (const reference of corpus.references) {
    if (dropped.has(reference.from) || !dropped.has(reference.to)) continue;
    (cut.get(reference.from) ?? cut.set(reference.from, []).get(reference.from)!).push({ field: reference.field, to: reference.to });
  }
  const pruned = <T extends { id: string }>(item: T): T => {
    const fields = cut.get(item.id);
    if (!fields) return item;
    let result = copyOf(item);
    for (const { field, to } of fields) result = withoutId(result, field.split("."), to) as T;
    return result;
  };

  // A chapter that stays keeps its text, and forgets where the items that went stand in it. Its
  // links to them (`mentions`) stay as its text has them: the graph holds no relation to an item it
  // lacks, and the site shows such a link as its words alone.
  const chapterOf = new Map<ChapterItem, ChapterItem>();
  const chapters = kept(corpus.chapters).map((chapter) => {
    let result = pruned(chapter);
    if (result.places.some((place) => dropped.has(place.id))) {
      result = result === chapter ? copyOf(chapter) : result;
      result.places = result.places.filter((place) => !dropped.has(place.id));
    }
    chapterOf.set(chapter, result);
    return result;
  });
  const documents = corpus.documents
    .filter((document) => !drafts.has(document.id))
    .map((document): DocumentItem => {
      const result = pruned(document);
      const own = document.chapters.map((chapter) => chapterOf.get(chapter) ?? chapter);
      return own.every((chapter, index) => chapter === document.chapters[index]) ? result : { ...result, chapters: own };
    });

  return {
    documents,
    chapters,
    goals: kept(corpus.goals).map(pruned),
    measures: kept(corpus.measures).map(pruned),
    responsibilities: kept(corpus.responsibilities).map(pruned),
    indicators: kept(corpus.indicators).map(pruned),
    definitions: kept(corpus.definitions).map(pruned),
    events: kept(corpus.events).map(pruned),
    templates: kept(corpus.templates).map(pruned),
    gaps: kept(corpus.gaps).map(pruned),
    sourceErrors: kept(corpus.sourceErrors).map(pruned),
    actors: corpus.actors.map(pruned),
    sources: corpus.sources.map(pruned),
    frameworks: corpus.frameworks.map(pruned),
    frameworkGoals: corpus.frameworkGoals.map(pruned),
    references,
  };
}

/**
 * Content as the site publishes it: the files of draft documents left out as if they were not
 * there, and the model and graph of `publishedCorpus`. The findings and counts are the whole
 * content's. For the site's pages, and for comparing two revisions as the site shows them: a
 * draft made public is a document added, a proposal confirmed an item added.
 */
export function publishedContent(content: Content): Content {
  const corpus = publishedCorpus(content.corpus);
  if (corpus === content.corpus) return content;
  const folders = new Set(content.corpus.documents.filter((document) => document.draft === true).map((document) => dirname(document.origin.file)));
  let graph: Graph | undefined;
  return {
    ...content,
    files: content.files.filter((file) => !folders.has(dirname(file.path))),
    corpus,
    get graph() {
      graph ??= buildGraph(corpus);
      return graph;
    },
  };
}

/** A shallow copy that keeps what the model computes when asked (a chapter's Markdown tree). */
function copyOf<T extends object>(item: T): T {
  return Object.defineProperties(Object.create(Object.getPrototypeOf(item)), Object.getOwnPropertyDescriptors(item)) as T;
}

/** What `withoutId` makes of an entry of a list that goes with the id it held. */
const GONE = Symbol("gone");

/**
 * A value without the id at a field's path ("goals", "relations.document", "footnotes.documents"):
 * taken out of a list of ids, or, where the field is the id, the field removed; an entry of a list
 * whose field it is (a relation to the document, a variant in the chapter) goes with it. What is
 * not changed is shared, never copied.
 */
function withoutId(value: unknown, path: readonly string[], id: string, inList = false): unknown {
  if (Array.isArray(value)) {
    const result = value.map((entry) => withoutId(entry, path, id, true));
    return result.every((entry, index) => entry === value[index]) ? value : result.filter((entry) => entry !== GONE);
  }
  if (!isRecord(value) || path.length === 0) return value;
  const [key, ...rest] = path as [string, ...string[]];
  if (!Object.hasOwn(value, key)) return value;
  const child = value[key];
  let next: unknown;
  if (rest.length > 0) next = withoutId(child, rest, id);
  else if (Array.isArray(child)) next = child.includes(id) ? child.filter((entry) => entry !== id) : child;
  else next = child === id ? GONE : child;
  if (next === child) return value;
  if (next === GONE && inList) return GONE;
  const result = copyOf(value);
  if (next === GONE) delete result[key];
  else result[key] = next;
  return result;
}

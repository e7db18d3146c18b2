// What the cleaned text seems to hold, as proposals for an editor: goals, measures and
// responsibilities found by the words and shapes the documents use for them, actors and legal
// references matched against the registries, the validity from the title page. A proposal is
// never a fact: each carries the line it came from and is marked for an editor to confirm.
import { type Block, withoutMarks } from "./clean.ts";
import type { SourceLine } from "./source.ts";

export interface RegistryEntry {
  id: string;
  names: string[];
  /** Names of a part of the actor ("socialtjänsten" of the county's municipalities): the name is the responsibility's unit. */
  unit?: boolean;
}

export interface Registry {
  actors: RegistryEntry[];
  sources: RegistryEntry[];
}

/** Kinds of source a legal reference ("14 kap. 1 § SoL") can cite. */
const LEGAL_KINDS = new Set(["law", "ordinance", "regulation", "general-advice", "convention"]);

/**
 * The registries' names of each actor and legal source: what the text may call them. Actors
 * of other counties are left out, so that "Regionen" in a Dalarna plan is not Region Stockholm.
 */
export function registryOf(
  corpus: {
    actors: Array<{ id: string; kind: string; name: string; shortName?: string; aliases?: string[]; counties?: string[] }>;
    sources: Array<{ id: string; kind: string; title: string; abbreviation?: string; number?: string; aliases?: string[] }>;
  },
  counties: string[] = [],
): Registry {
  const here = (actor: { counties?: string[] }) => counties.length === 0 || !actor.counties || actor.counties.some((county) => counties.includes(county));
  const local = corpus.actors.filter((actor) => counties.length > 0 && actor.counties?.some((county) => counties.includes(county)));
  // What a county's documents call the parts of its municipalities and its region, as the encoders mapped them.
  const municipalities = local.find((actor) => actor.kind === "grupp" && /kommuner$/i.test(actor.name));
  const region = local.find((actor) => actor.kind === "region");
  const roles: RegistryEntry[] = [
    ...(municipalities
      ? [
          { id: municipalities.id, names: ["Kommunen", "Kommunerna"] },
          { id: municipalities.id, names: ["Socialtjänsten", "Socialnämnden", "Socialnämnderna", "Individ- och familjeomsorgen"], unit: true },
        ]
      : []),
    ...(region
      ? [
          { id: region.id, names: ["Regionen", "Landstinget"] },
          { id: region.id, names: ["Hälso- och sjukvården", "Vårdgivaren", "Tandvården"], unit: true },
        ]
      : []),
  ];
  return {
    actors: [
      ...corpus.actors.filter(here).map((actor) => ({ id: actor.id, names: [actor.name, actor.shortName, ...(actor.aliases ?? [])].filter((name): name is string => Boolean(name)) })),
      ...roles,
    ],
    sources: corpus.sources
      .filter((source) => LEGAL_KINDS.has(source.kind))
      .map((source) => ({
        id: source.id,
        // "Socialtjänstlag (2001:453)" is cited as "socialtjänstlagen" and "14 kap. 1 § SoL".
        names: [source.title, source.title.replace(/\s*\([^)]*\)\s*$/, ""), source.abbreviation, source.number, ...(source.aliases ?? [])].filter((name): name is string => Boolean(name)),
      })),
  };
}

export type GoalLevel = "vision" | "overgripande-mal" | "mal" | "delmal" | "malomrade" | "insatsomrade" | "malsattning" | "syfte" | "forutsattning";

/** A heading over goals: "Mål", "Strategins mål", "Målområden", "Delmål och indikatorer". */
const GOAL_HEADING = /^(?:strategins |planens |handlingsplanens |övergripande )?(?:mål|målen|delmål(?:en)?|målområden(?:a)?|målsättningar(?:na)?)\b/i;
/** A lead-in to a list of goals: "… har fyra målsättningar:", "Delmål:". */
const GOAL_LEAD_IN =
  /(?:\b(?:mål|målen|målsättningar(?:na)?|delmål(?:en)?|målområden(?:a)?)\s*:$)|(?:\b(?:följande|\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio) (?:övergripande |strategiska |nationella |regionala )?(?:mål|målsättningar|delmål|målområden)\b)/i;
/** A paragraph that states a goal: "Syftet med strategin är att …", "Vår målsättning är att …". */
const STATED_GOAL = /^(?:(?:vår|den|det|strategins|planens|handlingsplanens|överenskommelsens) (?:övergripande )?)?(syftet|målsättning(?:en)?|målet|visionen)(?: med [^.]{1,60})? är att\b/i;
export type MeasureKind = "measure" | "commitment" | "effort" | "activity" | "recommended-measure" | "recommendation";
export type Modality = "must" | "should" | "may" | "commits" | "responsible";

export interface Citation {
  source: string;
  chapter?: string;
  section?: string;
  text: string;
}

interface Proposal {
  /** The block it came from, by index in the cleaned blocks. */
  block: number;
  line: SourceLine;
  text: string;
}

export interface GoalCandidate extends Proposal {
  level: GoalLevel;
  label?: string;
}

export interface MeasureCandidate extends Proposal {
  kind: MeasureKind;
  leadIn?: string;
  group?: string;
  responsible: string[];
  legalBasis: Citation[];
}

export interface ResponsibilityCandidate extends Proposal {
  actor: string;
  actorLabel: string;
  /** The part of the actor the text names: "socialtjänsten" of the county's municipalities. */
  unit?: string;
  modality: Modality;
  modalityText: string;
  leadIn?: string;
  legalBasis: Citation[];
}

export interface Mention {
  name: string;
  line: SourceLine;
  count: number;
}

export interface Candidates {
  goals: GoalCandidate[];
  measures: MeasureCandidate[];
  responsibilities: ResponsibilityCandidate[];
  /** Registry actors the text names, by id, with the first place. */
  actors: Map<string, Mention>;
  /** Names that look like organisations but are in no registry. */
  unknownActors: Mention[];
  /** Legal references, matched to the source registry where they can be. */
  legal: Array<{ text: string; source?: string; line: SourceLine }>;
  /** Responsibilities whose subject is in no registry: "Skolan ska …". */
  unknownSubjects: Array<{ text: string; subject: string; line: SourceLine }>;
  validity?: { from?: string; to?: string; text: string; line: SourceLine };
  /** Decisions and dates the text states ("Antagen av Välfärdsrådet 2022-02-23"): for an editor to enter in `dates`. */
  dates: Array<{ text: string; line: SourceLine }>;
}

const GOAL_WORDS: Array<[RegExp, GoalLevel]> = [
  [/^målet$/i, "mal"],
  [/^vision(en)?$/i, "vision"],
  [/^övergripande mål$/i, "overgripande-mal"],
  [/^delmål$/i, "delmal"],
  [/^målområden?$/i, "malomrade"],
  [/^insatsområden?$/i, "insatsomrade"],
  [/^målsättning(en|ar)?$/i, "malsattning"],
  [/^syfte(t)?$/i, "syfte"],
  [/^mål(en)?$/i, "mal"],
];

const MEASURE_WORDS: Array<[RegExp, MeasureKind]> = [
  [/rekommenderade åtgärder|förslag på åtgärder|förslag till åtgärder/i, "recommended-measure"],
  [/rekommendation|^förslag\b/i, "recommendation"],
  [/åtagande/i, "commitment"],
  [/aktivitet/i, "activity"],
  [/\binsats(er|erna)?\b/i, "effort"],
  [/åtgärd|vidta|genomför/i, "measure"],
];

const DECISION =
  /\b(antagen|antogs|antagits|beslutad|beslutades|beslut|fastställd|fastställdes|undertecknad|undertecknades|reviderad|reviderades|gäller från|träder i kraft|trädde i kraft|godkänd|godkändes)\b/i;
const DATE = /\b(\d{4}-\d{2}-\d{2}|\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4})\b/i;

/** Words that make a lead-in ask for something to be done. */
const OBLIGATION = /\b(ska|skall|bör|behöver|måste|kommer att|vill|föreslås|förslag|rekommenderas|rekommenderade|vidta|vidtas|genomföra|prioritera|arbeta för)\b/i;

const MODALITIES: Array<[RegExp, Modality]> = [
  [/^(ska|skall|måste)$/i, "must"],
  [/^(bör|behöver)$/i, "should"],
  [/^(kan|får)$/i, "may"],
  [/^förbinder sig$/i, "commits"],
  [/^(ansvarar|har .*ansvar(et)?|har i uppdrag)$/i, "responsible"],
];

const LAW_ABBREVIATIONS = /\b(SoL|HSL|LVU|LVM|OSL|BrB|FL|PL|LSS|SOSFS \d{4}:\d+|HSLF-FS \d{4}:\d+|SFS \d{4}:\d+)\b/g;
/** "socialtjänstlagen", "brottsbalken", "Hälso- och sjukvårdslag (2017:30)". */
const LAW_NAMES = /\b([A-ZÅÄÖa-zåäö]{3,}(?:lagen|balken|förordningen)|[A-ZÅÄÖ][a-zåäö]+lag \(\d{4}:\d+\))/g;
const PROVISION = /\b(\d+\s?[a-z]?)\s?kap\.?\s*(\d+\s?[a-z]?)\s?§/g;

function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Names of the registry, longest first, so that "Region Dalarna" wins over "Region". */
type NameIndex = Array<{ name: string; id: string; unit: boolean; pattern: RegExp }>;

function nameIndex(entries: RegistryEntry[]): NameIndex {
  const index: NameIndex = [];
  for (const entry of entries) {
    for (const name of new Set(entry.names)) {
      if (name.length < 3) continue;
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      // Abbreviations as written; names in any case, with a genitive s allowed ("Polisens").
      const flags = name === name.toUpperCase() || /[A-ZÅÄÖ].*[A-ZÅÄÖ]/.test(name.slice(1)) ? "g" : "gi";
      index.push({ name, id: entry.id, unit: entry.unit === true, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:en|ens|s)?(?![\\p{L}\\p{N}])`, `${flags}u`) });
    }
  }
  return index.sort((a, b) => b.name.length - a.name.length);
}

function levelOf(word: string): GoalLevel | undefined {
  for (const [pattern, level] of GOAL_WORDS) if (pattern.test(word.trim())) return level;
  return undefined;
}

function measureKindOf(text: string): MeasureKind | undefined {
  for (const [pattern, kind] of MEASURE_WORDS) if (pattern.test(text)) return kind;
  return undefined;
}

/** The citations in a text that the source registry knows: "14 kap. 1 § socialtjänstlagen", "SoL". */
function citationsIn(text: string, sources: NameIndex): Citation[] {
  const found: Citation[] = [];
  for (const source of sources) {
    source.pattern.lastIndex = 0;
    for (const match of text.matchAll(source.pattern)) {
      const before = text.slice(Math.max(0, match.index - 24), match.index);
      const provision = [...before.matchAll(PROVISION)].at(-1);
      const citation: Citation = { source: source.id, text: provision ? `${provision[0]} ${match[0]}`.replace(/\s+/g, " ") : match[0] };
      if (provision) {
        citation.chapter = provision[1]!.replace(/\s/g, " ").trim();
        citation.section = provision[2]!.replace(/\s/g, " ").trim();
      }
      if (!found.some((other) => other.source === citation.source && other.text === citation.text)) found.push(citation);
    }
  }
  return found;
}

/**
 * Proposes the structured items of a cleaned document. The rules look at what the documents
 * say an item is: a heading or lead-in with "mål" before goals, "åtgärder" before measures, an
 * actor of the registry followed by "ska", "bör", "kan" or "ansvarar för".
 */
export function proposeCandidates(blocks: Block[], registry: Registry): Candidates {
  const actorNames = nameIndex(registry.actors);
  const sourceNames = nameIndex(registry.sources);
  const candidates: Candidates = { goals: [], measures: [], responsibilities: [], actors: new Map(), unknownActors: [], legal: [], unknownSubjects: [], dates: [] };
  let heading: string | undefined;
  let leadIn: { text: string; kind: "goal" | "measure" | "responsibility"; level?: GoalLevel; measureKind?: MeasureKind; actor?: ActorMatch } | undefined;
  let section: { kind: "goal" | "measure" | "responsibility"; level?: GoalLevel; measureKind?: MeasureKind; actor?: ActorMatch } | undefined;
  let chapterSection: typeof section;
  let pendingGoal: { level: GoalLevel; label?: string } | undefined;
  blocks.forEach((block, index) => {
    const text = withoutMarks(block.text);
    const line = block.lines[0]!;
    // Each place counts once, by the longest name that matches there ("Polisen", not also "Polis").
    const taken = new Set<number>();
    for (const name of actorNames) {
      name.pattern.lastIndex = 0;
      for (const match of text.matchAll(name.pattern)) {
        if (taken.has(match.index)) continue;
        taken.add(match.index);
        const known = candidates.actors.get(name.id);
        if (known) known.count++;
        else candidates.actors.set(name.id, { name: match[0], line, count: 1 });
      }
    }
    for (const citation of citationsIn(text, sourceNames)) candidates.legal.push({ text: citation.text, source: citation.source, line });
    for (const pattern of [LAW_ABBREVIATIONS, LAW_NAMES]) {
      for (const match of text.matchAll(pattern)) {
        if (!candidates.legal.some((known) => known.text.toLowerCase().includes(match[0].toLowerCase()))) candidates.legal.push({ text: match[0], line });
      }
    }
    for (const match of text.matchAll(
      /\b((?:[A-ZÅÄÖ][a-zåäö]+ )?(?:[A-ZÅÄÖ][a-zåäö]+(?:myndigheten|verket|styrelsen|kassan|förbundet|nämnden|inspektionen|jouren|centrum))|(?:Region|Länsstyrelsen i?) [A-ZÅÄÖ][a-zåäö]+(?:s län)?|[A-ZÅÄÖ][a-zåäö]+ kommun)\b/g,
    )) {
      const name = match[1]!;
      if (actorNames.some((known) => normalized(known.name) === normalized(name))) continue;
      const seen = candidates.unknownActors.find((mention) => mention.name === name);
      if (seen) seen.count++;
      else candidates.unknownActors.push({ name, line, count: 1 });
    }
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/)) {
      if (DECISION.test(sentence) && DATE.test(sentence)) candidates.dates.push({ text: sentence.slice(0, 200), line });
    }
    // The validity from the title page: a period in a short line before the text begins, not in a sentence about another document.
    if (index < 12 && !candidates.validity && text.split(" ").length <= 12 && !/\b(revider|antogs|ersätter|tidigare)/i.test(text)) {
      const period = /\b((?:19|20)\d\d)\s?[-–—]\s?((?:19|20)?\d\d)\b/.exec(text);
      if (period && block.kind !== "list-item") {
        const to = period[2]!.length === 2 ? `${period[1]!.slice(0, 2)}${period[2]}` : period[2]!;
        if (Number(to) >= Number(period[1])) candidates.validity = { from: period[1]!, to, text: period[0], line };
      }
    }

    if (block.kind === "heading") {
      heading = text;
      leadIn = undefined;
      pendingGoal = undefined;
      // A subheading with no kind of its own stands under its chapter's ("Insatser för perioden").
      if (block.level === 1) chapterSection = undefined;
      section = chapterSection;
      // "Mål 3", "MÅL 1: …", "Delmål 2 …", "Vision": a goal's heading. "Målsättningar 2022-2026" heads a section.
      const labelled = /^(visionen|vision|övergripande mål|delmål|målområden?|insatsområden?|målsättning(?:ar|en)?|målen|mål)(?!\p{L})\s*(\d{1,2}[a-z]?(?![\d\p{L}]))?\s*([:.–-]?)\s*(.*)$/iu.exec(
        text,
      );
      const level = labelled ? levelOf(labelled[1]!) : undefined;
      if (labelled && level && (labelled[2] || labelled[3] === ":" || (level === "vision" && !labelled[4]))) {
        const label = labelled[2] ? `${labelled[1]} ${labelled[2]}` : undefined;
        if (labelled[4]) candidates.goals.push({ block: index, line, text: labelled[4], level, ...(label ? { label } : {}) });
        else pendingGoal = { level, ...(label ? { label } : {}) };
        return;
      }
      const actorHeading = /^(.+?)s? (ansvar|uppdrag|åtaganden)$/i.exec(text);
      const actor = actorHeading ? actorIn(actorHeading[1]!, actorNames) : undefined;
      const own = actor ? ({ kind: "responsibility", actor } as const) : undefined;
      if (own) section = own;
      else if (GOAL_HEADING.test(text)) section = { kind: "goal", level: /målsättning/i.test(text) ? "malsattning" : /målområde/i.test(text) ? "malomrade" : "mal" };
      else {
        const kind = measureKindOf(text);
        if (kind) section = { kind: "measure", measureKind: kind };
      }
      if (block.level === 1) chapterSection = section;
      return;
    }
    if (pendingGoal && block.kind === "paragraph") {
      candidates.goals.push({ block: index, line, text: withoutMarks(block.text), ...pendingGoal });
      pendingGoal = undefined;
      return;
    }
    pendingGoal = undefined;
    if (block.kind === "paragraph") {
      const labelled = /^(Vision|Övergripande mål|Delmål|Målområde|Målsättning|Mål)(?!\p{L})\s*(\d+[a-z]?)?\s*[:.–-]\s*(\S.*)$/u.exec(text);
      if (labelled) {
        const label = labelled[2] ? `${labelled[1]} ${labelled[2]}` : undefined;
        candidates.goals.push({ block: index, line, text: labelled[3]!, level: levelOf(labelled[1]!)!, ...(label ? { label } : {}) });
      }
      // "Syftet med strategin är att …", "Vår målsättning är att …": the paragraph is the goal.
      const stated = STATED_GOAL.exec(text);
      if (stated && !labelled) candidates.goals.push({ block: index, line, text, level: levelOf(stated[1]!) ?? "mal" });
      if (/\bvisionen (är|lyder)[^.]*:$/i.test(text)) {
        pendingGoal = { level: "vision" };
      }
      responsibilitiesIn(block, index, text, actorNames, sourceNames, candidates);
      // Under "Förslag" or "Rekommendationer", each sentence that says what should be done is a recommendation.
      if (section?.kind === "measure" && section.measureKind === "recommendation" && !text.endsWith(":")) {
        for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/)) {
          if (/\b(bör|behöver|föreslås|rekommenderas)\b/i.test(sentence))
            candidates.measures.push({
              block: index,
              line,
              text: sentence,
              kind: "recommendation",
              ...(heading ? { group: heading } : {}),
              responsible: [],
              legalBasis: citationsIn(sentence, sourceNames),
            });
        }
      }
      if (text.endsWith(":")) {
        const subject = obligationIn(text, actorNames)?.actor;
        if (/följande (behöver )?vara på plats|förutsättningar(na)? (för|är)/i.test(text)) leadIn = { text, kind: "goal", level: "forutsattning" };
        else if (GOAL_LEAD_IN.test(text) && !/åtgärd/i.test(text))
          leadIn = { text, kind: "goal", level: /målsättning/i.test(text) ? "malsattning" : /målområde/i.test(text) ? "malomrade" : /delmål/i.test(text) ? "delmal" : "mal" };
        // A lead-in that asks for measures: "… ska vidta följande åtgärder:", not "… frågor om vilka insatser som genomförts:".
        else if (measureKindOf(text) && OBLIGATION.test(text)) leadIn = { text, kind: "measure", measureKind: measureKindOf(text)! };
        // "Länsgruppens parter ska arbeta för att:" in a chapter of measures lists measures, with their party responsible.
        else if (subject && section?.kind === "measure") leadIn = { text, kind: "measure", measureKind: section.measureKind ?? "measure" };
        else if (subject) leadIn = { text, kind: "responsibility", actor: subject };
        else leadIn = undefined;
      } else leadIn = undefined;
      return;
    }
    // A list item: what its lead-in or its section says it is.
    const context = leadIn ?? section;
    if (!context) {
      responsibilitiesIn(block, index, text, actorNames, sourceNames, candidates);
      return;
    }
    const itemText = text.trim();
    // A question is neither a goal nor a measure ("Hur ser deltagandet ut?").
    if (itemText.endsWith("?")) return;
    if (context.kind === "goal") candidates.goals.push({ block: index, line, text: itemText, level: context.level ?? "mal", ...(block.ordered ? { label: block.marker.replace(/[.)]$/, "") } : {}) });
    else if (context.kind === "measure") {
      const responsible = leadIn ? actorsAtStart(leadIn.text, actorNames) : [];
      candidates.measures.push({
        block: index,
        line,
        text: itemText,
        kind: context.measureKind ?? "measure",
        ...(leadIn ? { leadIn: withoutMarks(leadIn.text) } : {}),
        ...(heading && !leadIn ? { group: heading } : {}),
        responsible,
        legalBasis: citationsIn(itemText, sourceNames),
      });
    } else if (context.actor) {
      candidates.responsibilities.push({
        block: index,
        line,
        text: itemText,
        actor: context.actor.id,
        actorLabel: context.actor.label,
        ...(context.actor.unit ? { unit: context.actor.unit } : {}),
        modality: modalityOf(leadIn?.text ?? "") ?? "responsible",
        modalityText: modalityWordOf(leadIn?.text ?? "") ?? (heading ? heading : "ansvar"),
        ...(leadIn ? { leadIn: withoutMarks(leadIn.text) } : {}),
        legalBasis: citationsIn(itemText, sourceNames),
      });
    }
  });
  return candidates;
}

/**
 * The registry actor a subject names, as the whole subject ("Polisen", "Region Dalarnas").
 * A name that several actors bear is no answer: an editor chooses.
 */
function actorIn(text: string, names: NameIndex): ActorMatch | undefined {
  const subject = text.trim();
  for (const name of names) {
    name.pattern.lastIndex = 0;
    const match = name.pattern.exec(subject);
    if (match?.index !== 0 || match[0].length < subject.length - 1) continue;
    const shared = names.some((other) => other.id !== name.id && other.name.toLowerCase() === name.name.toLowerCase());
    if (shared) return undefined;
    return { id: name.id, label: match[0], ...(name.unit ? { unit: match[0].toLowerCase() } : {}) };
  }
  return undefined;
}

interface ActorMatch {
  id: string;
  label: string;
  unit?: string;
}

/**
 * The registry actor a sentence obliges, and the words of the obligation: "Polisen ska …", or
 * with the verb first as Swedish puts it after an opening phrase, "I ett ärende … bör
 * socialtjänsten utreda".
 */
function obligationIn(sentence: string, names: NameIndex): { actor: ActorMatch; modalityText: string } | undefined {
  for (const name of names) {
    name.pattern.lastIndex = 0;
    for (const match of sentence.matchAll(name.pattern)) {
      const after = new RegExp(`^ (${MODAL})\\b`, "u").exec(sentence.slice(match.index + match[0].length));
      const before = new RegExp(`\\b(${MODAL}) $`, "u").exec(sentence.slice(0, match.index));
      const verb = after?.[1] ?? (match.index > 0 ? before?.[1] : undefined);
      const actor = verb ? actorIn(match[0], names) : undefined;
      if (verb && actor) return { actor, modalityText: verb };
    }
  }
  return undefined;
}

function actorsAtStart(text: string, names: NameIndex): string[] {
  const subject = /^(.+?) (ska|skall|bör|kan|ansvarar|har|förbinder)\b/i.exec(text);
  const actor = subject ? actorIn(subject[1]!, names) : undefined;
  return actor ? [actor.id] : [];
}

function modalityWordOf(text: string): string | undefined {
  return /\b(ska|skall|måste|bör|behöver|kan|får|förbinder sig|ansvarar|har (?:(?:ett|det) )?(?:(?:särskilt|stort|yttersta|övergripande) )*ansvar(?:et)?|har i uppdrag)\b/i.exec(text)?.[1];
}

function modalityOf(text: string): Modality | undefined {
  const word = modalityWordOf(text);
  if (!word) return undefined;
  for (const [pattern, modality] of MODALITIES) if (pattern.test(word)) return modality;
  return undefined;
}

const MODAL = "ska|skall|måste|bör|behöver|kan|förbinder sig|ansvarar|har (?:(?:ett|det) )?(?:(?:särskilt|stort|yttersta|övergripande) )*ansvar(?:et)?|har i uppdrag";
/** A subject that reads as an organisation or a part of one: "Skolan", "Brottsofferjouren", "Länsgruppen". */
const ORGANISATION =
  /(myndighet|kommun|region|nämnd|verk|styrelse|jour|förbund|kassa|tjänst|vård|skola|skolan|polis|råd|grupp|nätverk|centrum|barnahus|förvaltning|enhet|mottagning|klinik|domstol|kammare|länsstyrelse|organisation|förening|huvudm|samordnare|inspektion|ombud|rådet|gruppen)/i;

/**
 * "Polisen ska …", "Region Dalarna ansvarar för …", "… och därför ska Länsstyrelsen …":
 * sentences in which a registry actor is followed by a word of obligation.
 */
function responsibilitiesIn(block: Block, index: number, text: string, actorNames: NameIndex, sourceNames: NameIndex, candidates: Candidates): void {
  const line = block.lines[0]!;
  for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/)) {
    let found: { actor: ActorMatch; modalityText: string } | undefined;
    // The subject first: a capitalised name of up to four words.
    const first = new RegExp(`^((?:[A-ZÅÄÖ][\\p{L}-]*)(?: (?:[a-zåäö]+ )?[A-ZÅÄÖ][\\p{L}-]*){0,3}) (${MODAL})\\b`, "u").exec(sentence);
    if (first) {
      const actor = actorIn(first[1]!, actorNames);
      if (actor) found = { actor, modalityText: first[2]! };
      // A question asks, it obliges no one; and a genitive is its actor's ("Region Dalarnas").
      else if (ORGANISATION.test(first[1]!) && !sentence.trim().endsWith("?") && !actorIn(first[1]!.replace(/s$/, ""), actorNames)) {
        candidates.unknownSubjects.push({ text: sentence, subject: first[1]!, line });
      }
    }
    // Else a registry actor anywhere, next to the word of obligation.
    if (!found && !first) found = obligationIn(sentence, actorNames);
    if (!found) continue;
    candidates.responsibilities.push({
      block: index,
      line,
      text: sentence.trim(),
      actor: found.actor.id,
      actorLabel: found.actor.label,
      ...(found.actor.unit ? { unit: found.actor.unit } : {}),
      modality: modalityOf(found.modalityText) ?? "must",
      modalityText: found.modalityText,
      legalBasis: citationsIn(sentence, sourceNames),
    });
  }
}

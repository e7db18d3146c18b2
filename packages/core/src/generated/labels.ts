// Generated from /schemas by packages/core/scripts/generate-types.ts. Do not edit by hand.

/** The words for one enumerated value. */
export interface EnumLabel {
  /** The Swedish label, as it reads mid-sentence (the schema's `title`). */
  readonly title: string;
  /** Other Swedish words an editor may write for the value (`styrdokWords`). */
  readonly words: readonly string[];
  readonly plural?: string;
  /** The label seen from the other side of a relation: "ersatt av" for "ersätter". */
  readonly inverse?: string;
  readonly en?: string;
  readonly enInverse?: string;
}

/** The types an id can be declared as (`styrdokId`). */
export type DeclaredType = "actor" | "chapter" | "definition" | "document" | "event" | "framework" | "framework-goal" | "gap" | "goal" | "indicator" | "measure" | "responsibility" | "source" | "source-error" | "template" | "template-field" | "template-section";

/** Aktörsslag: Vilket slags aktör det är. (Kind of actor.) (schemas/actors.schema.json) */
export type ActorKind = "kommun" | "region" | "kommunalforbund" | "lansstyrelse" | "statlig-myndighet" | "domstol" | "larosate" | "regering" | "ideburen-organisation" | "samverkansorgan" | "natverk" | "verksamhet" | "internationell-organisation" | "naringsliv" | "grupp" | "annan";

/** Målnivå: Vad källan kallar målet. (What the source calls a goal.) (schemas/chapter.schema.json) */
export type GoalLevel = "vision" | "overgripande-mal" | "mal" | "delmal" | "malomrade" | "insatsomrade" | "malsattning" | "syfte" | "forutsattning";

/** Åtgärdsslag: Vad källan kallar åtgärden. (What the source calls a measure.) (schemas/chapter.schema.json) */
export type MeasureKind = "measure" | "commitment" | "effort" | "activity" | "recommended-measure" | "recommendation" | "mandate";

/** Åtgärdens status: Hur långt åtgärden har kommit enligt källan. (How far the measure has come.) (schemas/chapter.schema.json) */
export type MeasureStatus = "planned" | "ongoing" | "completed" | "not-completed" | "cancelled" | "unknown";

/** Förpliktelse: Hur stark förpliktelsen är, efter källans verb. (Strength of an obligation.) (schemas/chapter.schema.json) */
export type Modality = "must" | "should" | "may" | "commits" | "responsible" | "unstated";

/** Målgrupp: En grupp som ett ansvar gäller. (A target group.) (schemas/chapter.schema.json) */
export type TargetGroup = "adult-victims" | "child-victims" | "children-experiencing-violence" | "victims" | "perpetrators" | "young-perpetrators" | "relatives" | "older-people" | "people-in-prostitution" | "trafficking-victims" | "sex-buyers" | "staff" | "public" | "clients";

/** Skede: Ett skede i arbetet mot våldet, som redaktionell märkning. (An editorial phase tag.) (schemas/chapter.schema.json) */
export type Phase = "prevent" | "detect" | "report" | "investigate" | "assess-risk" | "protect" | "support" | "treat" | "inform" | "document" | "coordinate" | "prosecute" | "follow-up" | "lead" | "train";

/** Indikatorslag: Vad för slags uppgift det är. (Kind of indicator.) (schemas/chapter.schema.json) */
export type IndicatorKind = "indicator" | "development-indicator" | "statistic" | "survey-result";

/** Enhet: Vad ett värde räknas i. (What a value counts in.) (schemas/chapter.schema.json) */
export type Unit = "percent" | "count" | "ratio" | "sek" | "days" | "years" | "rank-band";

/** Slag av vaghet: Hur ett värde är ungefärligt eller beskrivet i ord. (How a value is vague.) (schemas/chapter.schema.json) */
export type QualifierKind = "approximately" | "at-least" | "more-than" | "less-than" | "at-most" | "majority" | "minority" | "none" | "all" | "rank-band" | "descriptive";

/** Definitionsslag: Vad som definieras. (What is defined.) (schemas/chapter.schema.json) */
export type DefinitionKind = "form-of-violence" | "term" | "abbreviation" | "perspective" | "method" | "level";

/** Grund: Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.) (schemas/defs.schema.json) */
export type Basis = "stated" | "inferred";

/** Län: Ett av Sveriges 21 län, som id. (One of Sweden's 21 counties.) (schemas/defs.schema.json) */
export type County = "blekinge" | "dalarna" | "gotland" | "gavleborg" | "halland" | "jamtland" | "jonkoping" | "kalmar" | "kronoberg" | "norrbotten" | "skane" | "stockholm" | "sodermanland" | "uppsala" | "varmland" | "vasterbotten" | "vasternorrland" | "vastmanland" | "vastra-gotaland" | "orebro" | "ostergotland";

/** Dokumentslag: Vad för slags styrdokument det är. (Kind of document.) (schemas/defs.schema.json) */
export type DocumentKind = "strategy" | "action-plan" | "agreement" | "report";

/** Slag av lucka: Vad i källan som saknas här. (What is missing.) (schemas/defs.schema.json) */
export type GapKind = "cover" | "title-page" | "colophon" | "table-of-contents" | "table" | "figure" | "image" | "signatures" | "appendix" | "footnote" | "page" | "text" | "other";

/** Slag av källfel: Vad för slags fel källan har. (Kind of error in the source.) (schemas/defs.schema.json) */
export type SourceErrorKind = "typo" | "citation" | "numbering" | "inconsistency" | "contradiction" | "outdated" | "other";

/** Slag av ändring: Vad som hände med posten; nytt id går före ändrad, ändrad före flyttad, flyttad före ny ordning. (schemas/diff.schema.json) */
export type ChangeKind = "added" | "removed" | "renamed" | "modified" | "moved" | "reordered";

/** Posttyp: Vilket slags post ändringen gäller. (schemas/diff.schema.json) */
export type DiffItemType = "document" | "chapter" | "goal" | "measure" | "responsibility" | "indicator" | "definition" | "event" | "template" | "gap" | "source-error" | "actor" | "source" | "framework" | "framework-goal";

/** Dokumentstatus: Om dokumentet gäller, enligt källan eller redaktören. (Status of a document.) (schemas/document.schema.json) */
export type DocumentStatus = "in-force" | "expired" | "superseded" | "draft" | "unknown";

/** Textens tillgänglighet: Hur mycket av dokumentets text som är kodad här. (How much of the text is encoded.) (schemas/document.schema.json) */
export type TextAvailability = "complete" | "partial" | "none";

/** Partsroll: En organisations roll i dokumentet. (A party's role.) (schemas/document.schema.json) */
export type PartyRole = "party" | "signatory" | "publisher" | "author" | "commissioner" | "principal" | "convener" | "member" | "reference" | "consulted";

/** Medverkandes roll: Hur en person medverkat till dokumentet. (A contributor's role.) (schemas/document.schema.json) */
export type ContributorRole = "author" | "responsible" | "participant" | "contact";

/** Datumslag: Vad som hände på ett datum i dokumentets historia. (What happened on a date.) (schemas/document.schema.json) */
export type DateKind = "adopted" | "decided" | "commissioned" | "recommended" | "approved" | "signed" | "dated" | "published" | "in-force" | "revised";

/** Dokumentrelation: Hur ett dokument förhåller sig till ett annat. (How a document relates to another.) (schemas/document.schema.json) */
export type DocumentRelation = "supersedes" | "absorbs" | "implements" | "follows-up" | "prepares" | "part-of" | "refers-to";

/** Giltighet: Ett dokuments status en viss dag, härledd ur dess datum och efterföljare. (A document's status on a day.) (schemas/export.schema.json) */
export type ValidityState = "upcoming" | "in-force" | "ended" | "superseded" | "unknown";

/** Grund för status: Vad som avgör statusen: dokumentets giltighetstid (period), ett dokument som ersätter det (successor), eller, där inget av dem säger något, dokumentets angivna status (status). (What decided the status.) (schemas/export.schema.json) */
export type ValidityBasis = "period" | "successor" | "status";

/** Ramverksslag: Vad för slags ramverk det är. (Kind of framework.) (schemas/framework.schema.json) */
export type FrameworkKind = "national-strategy" | "policy-goals" | "agenda-2030" | "convention" | "programme";

/** Ramverkets nivå: Om ramverket är nationellt eller internationellt. (Scope of a framework.) (schemas/framework.schema.json) */
export type FrameworkScope = "national" | "international";

/** Källslag: Vad för slags källa det är. (Kind of source.) (schemas/sources.schema.json) */
export type SourceKind = "law" | "ordinance" | "regulation" | "general-advice" | "government-bill" | "government-communication" | "official-report" | "government-decision" | "convention" | "report" | "handbook" | "book" | "article" | "web-page" | "statistics" | "other";

/** Every enumeration's values with their words, by the enumeration's name in the schemas. */
export const enumLabels: {
  readonly ActorKind: Readonly<Record<ActorKind, EnumLabel>>;
  readonly GoalLevel: Readonly<Record<GoalLevel, EnumLabel>>;
  readonly MeasureKind: Readonly<Record<MeasureKind, EnumLabel>>;
  readonly MeasureStatus: Readonly<Record<MeasureStatus, EnumLabel>>;
  readonly Modality: Readonly<Record<Modality, EnumLabel>>;
  readonly TargetGroup: Readonly<Record<TargetGroup, EnumLabel>>;
  readonly Phase: Readonly<Record<Phase, EnumLabel>>;
  readonly IndicatorKind: Readonly<Record<IndicatorKind, EnumLabel>>;
  readonly Unit: Readonly<Record<Unit, EnumLabel>>;
  readonly QualifierKind: Readonly<Record<QualifierKind, EnumLabel>>;
  readonly DefinitionKind: Readonly<Record<DefinitionKind, EnumLabel>>;
  readonly Basis: Readonly<Record<Basis, EnumLabel>>;
  readonly County: Readonly<Record<County, EnumLabel>>;
  readonly DocumentKind: Readonly<Record<DocumentKind, EnumLabel>>;
  readonly GapKind: Readonly<Record<GapKind, EnumLabel>>;
  readonly SourceErrorKind: Readonly<Record<SourceErrorKind, EnumLabel>>;
  readonly ChangeKind: Readonly<Record<ChangeKind, EnumLabel>>;
  readonly DiffItemType: Readonly<Record<DiffItemType, EnumLabel>>;
  readonly DocumentStatus: Readonly<Record<DocumentStatus, EnumLabel>>;
  readonly TextAvailability: Readonly<Record<TextAvailability, EnumLabel>>;
  readonly PartyRole: Readonly<Record<PartyRole, EnumLabel>>;
  readonly ContributorRole: Readonly<Record<ContributorRole, EnumLabel>>;
  readonly DateKind: Readonly<Record<DateKind, EnumLabel>>;
  readonly DocumentRelation: Readonly<Record<DocumentRelation, EnumLabel>>;
  readonly ValidityState: Readonly<Record<ValidityState, EnumLabel>>;
  readonly ValidityBasis: Readonly<Record<ValidityBasis, EnumLabel>>;
  readonly FrameworkKind: Readonly<Record<FrameworkKind, EnumLabel>>;
  readonly FrameworkScope: Readonly<Record<FrameworkScope, EnumLabel>>;
  readonly SourceKind: Readonly<Record<SourceKind, EnumLabel>>;
} = {
  ActorKind: {
    "kommun": { title: "kommun", words: [] },
    "region": { title: "region", words: ["landsting"] },
    "kommunalforbund": { title: "kommunalförbund", words: [] },
    "lansstyrelse": { title: "länsstyrelse", words: [] },
    "statlig-myndighet": { title: "statlig myndighet", words: [] },
    "domstol": { title: "domstol", words: [] },
    "larosate": { title: "lärosäte", words: ["universitet","högskola"] },
    "regering": { title: "regering", words: ["departement"] },
    "ideburen-organisation": { title: "idéburen organisation", words: ["kvinnojour"] },
    "samverkansorgan": { title: "samverkansorgan", words: ["länsgrupp","samverkansråd"] },
    "natverk": { title: "nätverk", words: [] },
    "verksamhet": { title: "verksamhet", words: ["enhet"] },
    "internationell-organisation": { title: "internationell organisation", words: [] },
    "naringsliv": { title: "näringsliv", words: [] },
    "grupp": { title: "grupp", words: [] },
    "annan": { title: "annan", words: [] },
  },
  GoalLevel: {
    "vision": { title: "vision", words: [] },
    "overgripande-mal": { title: "övergripande mål", words: [] },
    "mal": { title: "mål", words: [] },
    "delmal": { title: "delmål", words: [] },
    "malomrade": { title: "målområde", words: [] },
    "insatsomrade": { title: "insatsområde", words: [] },
    "malsattning": { title: "målsättning", words: [] },
    "syfte": { title: "syfte", words: [] },
    "forutsattning": { title: "förutsättning", words: [] },
  },
  MeasureKind: {
    "measure": { title: "åtgärd", words: [] },
    "commitment": { title: "åtagande", words: [] },
    "effort": { title: "insats", words: [] },
    "activity": { title: "aktivitet", words: [] },
    "recommended-measure": { title: "rekommenderad åtgärd", words: ["förslag på åtgärd"] },
    "recommendation": { title: "rekommendation", words: ["förslag"] },
    "mandate": { title: "uppdrag", words: [] },
  },
  MeasureStatus: {
    "planned": { title: "planerad", words: [] },
    "ongoing": { title: "pågår", words: ["pågående"] },
    "completed": { title: "genomförd", words: ["klar"] },
    "not-completed": { title: "inte genomförd", words: [] },
    "cancelled": { title: "avbruten", words: [] },
    "unknown": { title: "okänd", words: ["okänt"] },
  },
  Modality: {
    "must": { title: "ska", words: ["skall","måste","är skyldig"] },
    "should": { title: "bör", words: [] },
    "may": { title: "kan", words: ["får"] },
    "commits": { title: "förbinder sig", words: [] },
    "responsible": { title: "ansvarar", words: ["har ansvar"] },
    "unstated": { title: "ingen förpliktelse uttryckt", words: [] },
  },
  TargetGroup: {
    "adult-victims": { title: "våldsutsatta vuxna", words: [] },
    "child-victims": { title: "våldsutsatta barn", words: [] },
    "children-experiencing-violence": { title: "barn som upplever våld", words: ["barn som bevittnar våld"] },
    "victims": { title: "våldsutsatta", words: [] },
    "perpetrators": { title: "våldsutövare", words: [] },
    "young-perpetrators": { title: "unga våldsutövare", words: [] },
    "relatives": { title: "anhöriga", words: ["närstående"] },
    "older-people": { title: "äldre", words: [] },
    "people-in-prostitution": { title: "personer i prostitution", words: [] },
    "trafficking-victims": { title: "utsatta för människohandel", words: [] },
    "sex-buyers": { title: "sexköpare", words: [] },
    "staff": { title: "personal", words: [] },
    "public": { title: "befolkningen", words: ["allmänheten"] },
    "clients": { title: "de som verksamheten möter", words: [] },
  },
  Phase: {
    "prevent": { title: "förebygga", words: [] },
    "detect": { title: "upptäcka", words: [] },
    "report": { title: "anmäla", words: [] },
    "investigate": { title: "utreda", words: [] },
    "assess-risk": { title: "bedöma risk", words: [] },
    "protect": { title: "skydda", words: [] },
    "support": { title: "stödja", words: [] },
    "treat": { title: "behandla", words: [] },
    "inform": { title: "informera", words: [] },
    "document": { title: "dokumentera", words: [] },
    "coordinate": { title: "samordna", words: ["samverka"] },
    "prosecute": { title: "lagföra", words: [] },
    "follow-up": { title: "följa upp", words: [] },
    "lead": { title: "leda", words: ["styra"] },
    "train": { title: "utbilda", words: [] },
  },
  IndicatorKind: {
    "indicator": { title: "indikator", words: [], plural: "indikatorer" },
    "development-indicator": { title: "utvecklingsindikator", words: [], plural: "utvecklingsindikatorer" },
    "statistic": { title: "statistisk uppgift", words: [], plural: "statistiska uppgifter" },
    "survey-result": { title: "enkätresultat", words: ["resultat av en enkät"], plural: "enkätresultat" },
  },
  Unit: {
    "percent": { title: "procent", words: [] },
    "count": { title: "antal", words: [] },
    "ratio": { title: "kvot", words: ["gånger"] },
    "sek": { title: "kronor", words: ["kr"] },
    "days": { title: "dagar", words: [] },
    "years": { title: "år", words: [] },
    "rank-band": { title: "placering", words: ["placering i ett intervall"] },
  },
  QualifierKind: {
    "approximately": { title: "cirka", words: ["ungefär"] },
    "at-least": { title: "minst", words: [] },
    "more-than": { title: "mer än", words: ["över"] },
    "less-than": { title: "mindre än", words: ["under"] },
    "at-most": { title: "högst", words: [] },
    "majority": { title: "majoriteten", words: ["de flesta"] },
    "minority": { title: "få", words: ["några"] },
    "none": { title: "inga", words: [] },
    "all": { title: "alla", words: [] },
    "rank-band": { title: "placeringsintervall", words: [] },
    "descriptive": { title: "beskrivning utan tal", words: [] },
  },
  DefinitionKind: {
    "form-of-violence": { title: "våldsform", words: [] },
    "term": { title: "begrepp", words: [] },
    "abbreviation": { title: "förkortning", words: [] },
    "perspective": { title: "perspektiv", words: [] },
    "method": { title: "metod", words: ["program"] },
    "level": { title: "nivå", words: [] },
  },
  Basis: {
    "stated": { title: "i källan", words: ["står i källan"] },
    "inferred": { title: "härlett", words: ["härledd"] },
  },
  County: {
    "blekinge": { title: "Blekinge län", words: [] },
    "dalarna": { title: "Dalarnas län", words: [] },
    "gotland": { title: "Gotlands län", words: [] },
    "gavleborg": { title: "Gävleborgs län", words: [] },
    "halland": { title: "Hallands län", words: [] },
    "jamtland": { title: "Jämtlands län", words: [] },
    "jonkoping": { title: "Jönköpings län", words: [] },
    "kalmar": { title: "Kalmar län", words: [] },
    "kronoberg": { title: "Kronobergs län", words: [] },
    "norrbotten": { title: "Norrbottens län", words: [] },
    "skane": { title: "Skåne län", words: [] },
    "stockholm": { title: "Stockholms län", words: [] },
    "sodermanland": { title: "Södermanlands län", words: [] },
    "uppsala": { title: "Uppsala län", words: [] },
    "varmland": { title: "Värmlands län", words: [] },
    "vasterbotten": { title: "Västerbottens län", words: [] },
    "vasternorrland": { title: "Västernorrlands län", words: [] },
    "vastmanland": { title: "Västmanlands län", words: [] },
    "vastra-gotaland": { title: "Västra Götalands län", words: [] },
    "orebro": { title: "Örebro län", words: [] },
    "ostergotland": { title: "Östergötlands län", words: [] },
  },
  DocumentKind: {
    "strategy": { title: "strategi", words: [] },
    "action-plan": { title: "handlingsplan", words: ["åtgärdsplan"] },
    "agreement": { title: "överenskommelse", words: ["avtal"] },
    "report": { title: "rapport", words: ["uppföljning"] },
  },
  GapKind: {
    "cover": { title: "omslag", words: [] },
    "title-page": { title: "titelsida", words: [] },
    "colophon": { title: "kolofon", words: [] },
    "table-of-contents": { title: "innehållsförteckning", words: [] },
    "table": { title: "tabell", words: [] },
    "figure": { title: "figur", words: [] },
    "image": { title: "bild", words: [] },
    "signatures": { title: "underskrifter", words: [] },
    "appendix": { title: "bilaga", words: [] },
    "footnote": { title: "fotnot", words: [] },
    "page": { title: "sida", words: [] },
    "text": { title: "text", words: [] },
    "other": { title: "annat", words: [] },
  },
  SourceErrorKind: {
    "typo": { title: "stavfel", words: ["skrivfel"] },
    "citation": { title: "felaktig hänvisning", words: [] },
    "numbering": { title: "fel numrering", words: [] },
    "inconsistency": { title: "inkonsekvens", words: [] },
    "contradiction": { title: "motsägelse", words: [] },
    "outdated": { title: "inaktuell uppgift", words: [] },
    "other": { title: "annat", words: [] },
  },
  ChangeKind: {
    "added": { title: "ny", words: [], plural: "nya", en: "added" },
    "removed": { title: "borttagen", words: [], plural: "borttagna", en: "removed" },
    "renamed": { title: "nytt id", words: [], plural: "nya id", en: "renamed" },
    "modified": { title: "ändrad", words: [], plural: "ändrade", en: "modified" },
    "moved": { title: "flyttad", words: [], plural: "flyttade", en: "moved" },
    "reordered": { title: "ny ordning", words: [], plural: "i ny ordning", en: "reordered" },
  },
  DiffItemType: {
    "document": { title: "dokument", words: [] },
    "chapter": { title: "kapitel", words: [] },
    "goal": { title: "mål", words: [] },
    "measure": { title: "åtgärd", words: [] },
    "responsibility": { title: "ansvar", words: [] },
    "indicator": { title: "indikator", words: [] },
    "definition": { title: "definition", words: [] },
    "event": { title: "händelse", words: [] },
    "template": { title: "mall", words: [] },
    "gap": { title: "lucka", words: [] },
    "source-error": { title: "källfel", words: [] },
    "actor": { title: "aktör", words: [] },
    "source": { title: "källa", words: [] },
    "framework": { title: "ramverk", words: [] },
    "framework-goal": { title: "ramverksmål", words: [] },
  },
  DocumentStatus: {
    "in-force": { title: "gällande", words: [] },
    "expired": { title: "har upphört", words: ["upphört","utgått"] },
    "superseded": { title: "ersatt", words: [] },
    "draft": { title: "utkast", words: ["remiss"] },
    "unknown": { title: "okänd", words: ["okänt"] },
  },
  TextAvailability: {
    "complete": { title: "hela texten", words: [] },
    "partial": { title: "delar av texten", words: ["delvis"] },
    "none": { title: "ingen text", words: [] },
  },
  PartyRole: {
    "party": { title: "part", words: [] },
    "signatory": { title: "undertecknare", words: [] },
    "publisher": { title: "utgivare", words: [] },
    "author": { title: "författare", words: ["ansvarig"] },
    "commissioner": { title: "uppdragsgivare", words: [] },
    "principal": { title: "huvudman", words: [] },
    "convener": { title: "sammankallande", words: [] },
    "member": { title: "deltagare", words: ["deltar i samverkan"] },
    "reference": { title: "referens", words: ["remissinstans"] },
    "consulted": { title: "konsulterad", words: ["har konsulterats"] },
  },
  ContributorRole: {
    "author": { title: "författare", words: [] },
    "responsible": { title: "ansvarig", words: [] },
    "participant": { title: "deltagare", words: ["deltagare i arbetsgrupp"] },
    "contact": { title: "kontaktperson", words: [] },
  },
  DateKind: {
    "adopted": { title: "antaget", words: ["fastställt"] },
    "decided": { title: "beslut", words: [] },
    "commissioned": { title: "uppdrag", words: [] },
    "recommended": { title: "rekommendation", words: [] },
    "approved": { title: "godkänt", words: [] },
    "signed": { title: "undertecknat", words: [] },
    "dated": { title: "daterat", words: [] },
    "published": { title: "publicerat", words: [] },
    "in-force": { title: "träder i kraft", words: [] },
    "revised": { title: "reviderat", words: [] },
  },
  DocumentRelation: {
    "supersedes": { title: "ersätter", words: ["reviderar"], inverse: "ersatt av", en: "supersedes", enInverse: "superseded by" },
    "absorbs": { title: "har arbetat in", words: [], inverse: "inarbetat i", en: "absorbs", enInverse: "absorbed into" },
    "implements": { title: "genomför", words: ["är handlingsplan till"], inverse: "genomförs av", en: "implements", enInverse: "implemented by" },
    "follows-up": { title: "följer upp", words: [], inverse: "följs upp av", en: "follows up", enInverse: "followed up by" },
    "prepares": { title: "förbereder", words: [], inverse: "förbereds av", en: "prepares", enInverse: "prepared by" },
    "part-of": { title: "ingår i", words: [], inverse: "omfattar", en: "part of", enInverse: "includes" },
    "refers-to": { title: "hänvisar till", words: [], inverse: "hänvisas till av", en: "refers to", enInverse: "referred to by" },
  },
  ValidityState: {
    "upcoming": { title: "kommande", words: [], en: "upcoming" },
    "in-force": { title: "gällande", words: [], en: "in force" },
    "ended": { title: "upphört", words: [], en: "ended" },
    "superseded": { title: "ersatt", words: [], en: "superseded" },
    "unknown": { title: "okänd giltighet", words: [], en: "unknown validity" },
  },
  ValidityBasis: {
    "period": { title: "giltighetstiden", words: [], en: "its period" },
    "successor": { title: "efterföljaren", words: [], en: "its successor" },
    "status": { title: "angiven status", words: [], en: "its stated status" },
  },
  FrameworkKind: {
    "national-strategy": { title: "nationell strategi", words: [] },
    "policy-goals": { title: "politiska mål", words: [] },
    "agenda-2030": { title: "Agenda 2030", words: [] },
    "convention": { title: "konvention", words: [] },
    "programme": { title: "nationellt program", words: [] },
  },
  FrameworkScope: {
    "national": { title: "nationellt", words: [] },
    "international": { title: "internationellt", words: [] },
  },
  SourceKind: {
    "law": { title: "lag", words: [] },
    "ordinance": { title: "förordning", words: [] },
    "regulation": { title: "föreskrift", words: [] },
    "general-advice": { title: "allmänna råd", words: [] },
    "government-bill": { title: "proposition", words: [] },
    "government-communication": { title: "skrivelse", words: [] },
    "official-report": { title: "offentlig utredning", words: ["SOU","Ds"] },
    "government-decision": { title: "regeringsbeslut", words: [] },
    "convention": { title: "konvention", words: [] },
    "report": { title: "rapport", words: [] },
    "handbook": { title: "handbok", words: ["vägledning"] },
    "book": { title: "bok", words: [] },
    "article": { title: "artikel", words: [] },
    "web-page": { title: "webbsida", words: [] },
    "statistics": { title: "statistik", words: ["databas"] },
    "other": { title: "annat", words: [] },
  },
};

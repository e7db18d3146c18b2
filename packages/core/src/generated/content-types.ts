// Generated from /schemas by packages/core/scripts/generate-types.ts. Do not edit by hand.

/**
 * Andra former av titeln som källan använder, t.ex. i sidhuvuden. (Other forms of the title in the source.)
 * 
 * Items: Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
export type AlternativeTitles = string[]
/**
 * Det eller de län dokumentet gäller. (The county or counties.)
 * 
 * @minItems 1
 * 
 * Items: Ett av Sveriges 21 län, som id. (One of Sweden's 21 counties.)
 */
export type Counties = [(("blekinge" | "dalarna" | "gotland" | "gavleborg" | "halland" | "jamtland" | "jonkoping" | "kalmar" | "kronoberg" | "norrbotten" | "skane" | "stockholm" | "sodermanland" | "uppsala" | "varmland" | "vasterbotten" | "vasternorrland" | "vastmanland" | "vastra-gotaland" | "orebro" | "ostergotland") & string), ...((("blekinge" | "dalarna" | "gotland" | "gavleborg" | "halland" | "jamtland" | "jonkoping" | "kalmar" | "kronoberg" | "norrbotten" | "skane" | "stockholm" | "sodermanland" | "uppsala" | "varmland" | "vasterbotten" | "vasternorrland" | "vastmanland" | "vastra-gotaland" | "orebro" | "ostergotland") & string))[]]
/**
 * För lokala dokument: de kommuner (aktörs-id) dokumentet gäller. (For local documents: the municipalities.)
 * 
 * Items: Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
export type Municipalities = string[]
/**
 * Organisationer med en roll i dokumentet. (Organisations with a role in the document.)
 * 
 * Items: En organisation och dess roller. (An organisation and its roles.)
 */
export type Parties = {
/**
 * Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
actor: string
/**
 * Organisationens roller i dokumentet: part, undertecknare, utgivare, författare, uppdragsgivare, huvudman, sammankallande, deltagare, referens eller konsulterad. (Roles.)
 * 
 * @minItems 1
 * 
 * Items: En organisations roll i dokumentet. (A party's role.)
 */
roles: [(("party" | "signatory" | "publisher" | "author" | "commissioner" | "principal" | "convener" | "member" | "reference" | "consulted") & string & ("party" | "signatory" | "publisher" | "author" | "commissioner" | "principal" | "convener" | "member" | "reference" | "consulted") & string), ...((("party" | "signatory" | "publisher" | "author" | "commissioner" | "principal" | "convener" | "member" | "reference" | "consulted") & string & ("party" | "signatory" | "publisher" | "author" | "commissioner" | "principal" | "convener" | "member" | "reference" | "consulted") & string))[]]
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
basis?: (("stated" | "inferred") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
label?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}[]
/**
 * Personer som undertecknat dokumentet, eller organisationer som undertecknat det utan att källan namnger personen. (People who signed, or organisations that signed where the source does not name the signer.)
 * 
 * Items: En underskrift: personens namn, organisationen (actor), eller båda. (A signature: the person's name, the organisation, or both.)
 */
export type Signatures = {
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
name?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
role?: string
/**
 * Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
actor?: string
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
date?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
place?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}[]
/**
 * Författare, ansvariga och deltagare i arbetet som källan namnger. (People the source names as authors or participants.)
 * 
 * Items: En person. (A person.)
 */
export type Contributors = {
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
name: string
/**
 * Författare, ansvarig, deltagare i arbetsgrupp eller kontaktperson. (Role.)
 */
role: (("author" | "responsible" | "participant" | "contact") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
title?: string
/**
 * Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
actor?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}[]
/**
 * Beslut och datum i dokumentets historia, i den ordning de inträffade. (Decisions and dates.)
 * 
 * Items: Ett beslut eller ett datum. (A decision or date.)
 */
export type Dates = {
/**
 * Vad som hände: antaget (fastställt), beslut, uppdrag, rekommendation, godkänt, undertecknat, daterat (t.ex. förordet), publicerat, träder i kraft, reviderat. (Kind.)
 */
kind: (("adopted" | "decided" | "commissioned" | "recommended" | "approved" | "signed" | "dated" | "published" | "in-force" | "revised") & string)
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
date?: string
/**
 * Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
actor?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
place?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
reference?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}[]
/**
 * Dokument som detta ersätter, genomför, följer upp … också dokument som inte är kodade (de finns som poster med textAvailability: none). (Relations to other documents.)
 * 
 * Items: En relation. (A relation.)
 */
export type Relations = {
/**
 * Hur dokumentet förhåller sig till det andra: ersätter (reviderar), har arbetat in, genomför (är handlingsplan till), följer upp, förbereder, ingår i, hänvisar till. (Relation.)
 */
relation: (("supersedes" | "absorbs" | "implements" | "follows-up" | "prepares" | "part-of" | "refers-to") & string)
/**
 * Id för ett dokument (content/documents/<id>/index.md). (Reference to a document.)
 */
document: string
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
basis: (("stated" | "inferred") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}[]
/**
 * Nationella och internationella ramverk som dokumentet som helhet bygger på. (Frameworks the document as a whole builds on.)
 */
export type Frameworks = FrameworkLink[]
/**
 * Det som källan förlorat som gäller hela dokumentet (omslag, innehållsförteckning …). Luckor i ett kapitel står i kapitlet. (Document-level gaps.)
 */
export type Gaps = Gap[]
/**
 * Fel som gäller hela dokumentet. Fel i ett kapitel står i kapitlet. (Document-level source errors.)
 */
export type SourceErrors = SourceError[]
/**
 * I ett lokalt dokument som följer en mall: de fält i mallen som detta kapitel besvarar. (Template fields this chapter answers.)
 * 
 * Items: Id för ett fält i en mall. (Reference to a template field.)
 */
export type TemplateFields = string[]
/**
 * Andra formuleringar av samma mål på andra ställen i dokumentet. (Other wordings of the same goal.)
 * 
 * Items: En annan formulering. (Another wording.)
 */
export type Variants = {
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Id för ett kapitel i ett dokument. (Reference to a chapter.)
 */
chapter?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}[]
/**
 * Bestämmelser som åtgärden hänvisar till. (Legal provisions the measure cites.)
 */
export type LegalBasis = Citation[]
/**
 * Vilka ansvaret gäller, t.ex. våldsutsatta vuxna, barn som upplever våld eller våldsutövare. (Target groups.)
 * 
 * Items: En grupp som ett ansvar gäller. (A target group.)
 */
export type TargetGroups = (("adult-victims" | "child-victims" | "children-experiencing-violence" | "victims" | "perpetrators" | "young-perpetrators" | "relatives" | "older-people" | "people-in-prostitution" | "trafficking-victims" | "sex-buyers" | "staff" | "public" | "clients") & string)[]
/**
 * Redaktionell märkning av skedet: förebygga, upptäcka, anmäla, utreda, bedöma risk, skydda, stödja … (Editorial phase tags.)
 * 
 * Items: Ett skede i arbetet mot våldet, som redaktionell märkning. (An editorial phase tag.)
 */
export type Phases = (("prevent" | "detect" | "report" | "investigate" | "assess-risk" | "protect" | "support" | "treat" | "inform" | "document" | "coordinate" | "prosecute" | "follow-up" | "lead" | "train") & string)[]
/**
 * Bestämmelser som ansvaret vilar på. (Legal basis.)
 */
export type LegalBasis1 = Citation[]
/**
 * Värden för indikatorn. (Values.)
 */
export type Observations = Observation[]
/**
 * Mallens avsnitt i ordning. (Sections in order.)
 * 
 * @minItems 1
 */
export type Sections = [TemplateSection, ...(TemplateSection)[]]
/**
 * Bestämmelser som fotnoten hänvisar till. (Provisions cited.)
 */
export type Citations = Citation[]
/**
 * Län där aktören verkar; utelämnas för nationella aktörer. (Counties; omitted for national actors.)
 * 
 * Items: Ett av Sveriges 21 län, som id. (One of Sweden's 21 counties.)
 */
export type Counties1 = (("blekinge" | "dalarna" | "gotland" | "gavleborg" | "halland" | "jamtland" | "jonkoping" | "kalmar" | "kronoberg" | "norrbotten" | "skane" | "stockholm" | "sodermanland" | "uppsala" | "varmland" | "vasterbotten" | "vasternorrland" | "vastmanland" | "vastra-gotaland" | "orebro" | "ostergotland") & string)[]
/**
 * Namn som dokumenten använder för aktören, t.ex. "polisen", "landstinget". (Names documents use.)
 * 
 * Items: Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
export type Aliases = string[]
/**
 * Namn som samma organisation burit tidigare. (Former names of the same organisation.)
 * 
 * Items: Ett tidigare namn och när det gällde. (A former name.)
 */
export type FormerNames = {
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
name: string
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
from?: string
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
to?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}[]
/**
 * Författare som källan anger dem. (Authors.)
 * 
 * Items: Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
export type Authors = string[]
/**
 * Dokument som ramverket finns i, t.ex. skr. 2016/17:10. (Sources.)
 * 
 * Items: Id för en rättskälla eller litteraturkälla i källregistret (content/sources). (Reference to a legal or literature source.)
 */
export type Sources = string[]
/**
 * Numrering som målet haft tidigare, t.ex. fjärde delmålet före 2016. (Former numbering.)
 * 
 * Items: En tidigare numrering och när den gällde. (A former label.)
 */
export type FormerLabels = {
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
label: string
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
from?: string
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
to?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}[]
/**
 * Ramverksmålen med grund (stated/inferred). (Framework goal links with basis.)
 */
export type FrameworkGoals = FrameworkGoalLink[]
/**
 * Ramverksmålen med grund (stated/inferred). (Framework goal links with basis.)
 */
export type FrameworkGoals1 = FrameworkGoalLink[]

export interface ContentModel {
document?: DocumentFile
chapter?: ChapterFile
actors?: ActorsFile
sources?: SourcesFile
framework?: FrameworkFile
export?: StyrdokExport
}
/**
 * Ett styrdokuments metadata: frontmatter i content/documents/<id>/index.md. Dokumentets text står i kapitelfilerna i samma mapp. (A document's metadata; its text lives in the chapter files beside it.)
 */
export interface DocumentFile {
/**
 * Alltid "document". (Always "document".)
 */
type: "document"
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Sant för ett utkast som styrdok import har gjort och som ingen har granskat än. validate varnar, och webbplatsen visar inte dokumentet förrän raden tas bort. Inte detsamma som status: draft, som säger att utfärdaren själv kallar dokumentet utkast eller remiss. (An unreviewed imported draft: not published until removed.)
 */
draft?: true
/**
 * Vad för slags dokument det är: strategi, handlingsplan (åtgärdsplan), överenskommelse (avtal) eller rapport (uppföljning). (Kind of document.)
 */
kind: (("strategy" | "action-plan" | "agreement" | "report") & string)
/**
 * Dokumentets titel som källan ger den. (The title.)
 */
title: string
/**
 * inferred när titeln inte står i källtexten (t.ex. förlorat omslag) utan är härledd ur dokumentets egen text; förklara i titleNote. (Whether the title is stated or inferred.)
 */
titleBasis?: (("stated" | "inferred") & string)
/**
 * Varifrån titeln kommer när den är härledd. (Where an inferred title comes from.)
 */
titleNote?: string
alternativeTitles?: AlternativeTitles
counties: Counties
municipalities?: Municipalities
/**
 * Gällande, har upphört (giltighetstiden har gått ut), ersatt (av ett annat dokument), utkast (eller remiss), eller okänd. (Status.)
 */
status: (("in-force" | "expired" | "superseded" | "draft" | "unknown") & string)
/**
 * Hela texten är kodad, delar är kodade, eller ingen: bara en post om dokumentet, texten finns inte här. (Whether the full text is encoded.)
 */
textAvailability: (("complete" | "partial" | "none") & string)
/**
 * Varför texten saknas eller vad som är kodat. (Why the text is missing or what is encoded.)
 */
textNote?: string
parties?: Parties
signatures?: Signatures
contributors?: Contributors
dates?: Dates
validity?: DocumentValidity
relations?: Relations
/**
 * Mallen som detta lokala dokument följer; varje obligatoriskt fält i mallen ska besvaras av något kapitel (templateFields). (The template this local document follows.)
 */
template?: string
frameworks?: Frameworks
source?: DocumentSource
gaps?: Gaps
sourceErrors?: SourceErrors
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Giltighetstid, förlängning och revideringscykel. (Validity period.)
 */
export interface DocumentValidity {
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
from?: string
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
to?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
extension?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
revision?: string
}
/**
 * Ett nationellt eller internationellt ramverk som dokumentet bygger på, och om kopplingen står i källan eller är härledd. (A framework the document builds on.)
 */
export interface FrameworkLink {
/**
 * Id för ett ramverk (content/frameworks). (Reference to a framework.)
 */
framework: string
/**
 * De mål i ramverket som dokumentet som helhet säger sig tjäna, t.ex. Agenda 2030-mål 5. (Framework goals the document as a whole serves.)
 * 
 * Items: Id för ett mål i ett ramverk (content/frameworks). (Reference to a framework goal.)
 */
goals?: string[]
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
basis: (("stated" | "inferred") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Varifrån texten kommer. (Where the text comes from.)
 */
export interface DocumentSource {
/**
 * Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
publisher?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
reportNumber?: string
/**
 * ISBN. (ISBN.)
 */
isbn?: string
/**
 * En fullständig http- eller https-adress. (An absolute http(s) URL.)
 */
url?: string
/**
 * Antal sidor i originalet. (Number of pages.)
 */
pages?: number
/**
 * Filnamnet på den textextraktion som kodningen bygger på. (The extracted text file encoded.)
 */
extract?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Något som källtexten har förlorat (omslag, tabell, figur, bilaga …): var det fanns och vad texten säger om det. Värden som saknas hittas aldrig på. (Something the source lost.)
 */
export interface Gap {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Vad som saknas. (What is missing.)
 */
kind: (("cover" | "title-page" | "colophon" | "table-of-contents" | "table" | "figure" | "image" | "signatures" | "appendix" | "footnote" | "page" | "text" | "other") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
location?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
description: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
sourceText?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Ett stavfel, en felaktig hänvisning eller en motsägelse i källan. Källans ord står kvar i texten; rättelsen står här bredvid. (A source error: the source's words beside the correction.)
 */
export interface SourceError {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Typ av fel. (Kind of error.)
 */
kind: (("typo" | "citation" | "numbering" | "inconsistency" | "contradiction" | "outdated" | "other") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
original: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
correction?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
conflictsWith?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Ett kapitel i ett dokument: content/documents/<dokument>/<nn>-<namn>.md. Frontmatter håller kapitlets strukturerade poster (mål, åtgärder, ansvar, indikatorer, definitioner …); brödtexten håller kapitlets text i läsordning. Kapitlen läses i filnamnsordning. (A chapter: structured items in the frontmatter, prose in the body.)
 */
export interface ChapterFile {
/**
 * Alltid "chapter". (Always "chapter".)
 */
type: "chapter"
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
title: string
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
titleBasis?: (("stated" | "inferred") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
label?: string
/**
 * Sant om kapitlet är en bilaga. (True for an appendix.)
 */
appendix?: boolean
templateFields?: TemplateFields
/**
 * Visioner, mål, delmål, målområden, insatsområden, målsättningar och syften i kapitlet. (Goals at every level.)
 */
goals?: Goal[]
/**
 * Åtgärder, åtaganden, insatser, aktiviteter och rekommendationer i kapitlet. (Measures.)
 */
measures?: Measure[]
/**
 * Vad en aktör ska, bör eller kan göra. (Responsibilities.)
 */
responsibilities?: Responsibility[]
/**
 * Indikatorer, utvecklingsindikatorer och statistiska uppgifter med sina observationer. (Indicators with observations.)
 */
indicators?: Indicator[]
/**
 * Våldsformer, begrepp, förkortningar och perspektiv som kapitlet definierar. (Definitions.)
 */
definitions?: Definition[]
/**
 * Daterade händelser som kapitlet återger, t.ex. en tidslinje. (Dated events.)
 */
events?: Event[]
/**
 * Mallar som kapitlet ger för lokala dokument, t.ex. föreslaget innehåll i lokala överenskommelser. Ett lokalt dokument som följer mallen anger den med template i sin index.md. (Templates for local documents.)
 */
templates?: Template[]
/**
 * Fotnoternas källor. Fotnotens text står i brödtexten som [^etikett]: …; här kopplas etiketten till källregistret. (Links footnotes in the body to sources.)
 */
footnotes?: Footnote[]
/**
 * Det som källan förlorat i detta kapitel. (Gaps in this chapter.)
 */
gaps?: Gap[]
/**
 * Fel i källan i detta kapitel. (Source errors in this chapter.)
 */
sourceErrors?: SourceError[]
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Ett mål på någon nivå. Texten ska också stå ordagrant i kapitlets brödtext. (A goal at any level; its text also stands in the body.)
 */
export interface Goal {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Vad källan kallar målet: vision, övergripande mål, mål, delmål … En förutsättning är det som behöver vara på plats för att nå dit. (What the source calls it.)
 */
level: (("vision" | "overgripande-mal" | "mal" | "delmal" | "malomrade" | "insatsomrade" | "malsattning" | "syfte" | "forutsattning") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
label?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
group?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
variants?: Variants
/**
 * Id för det mål detta är en del av. (Parent goal.)
 */
parent?: string
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
parentBasis?: (("stated" | "inferred") & string)
/**
 * Id för målet i ett tidigare dokument som detta mål fortsätter, så att målets historia kan följas över revideringar. Det tidigare dokumentet är ett som detta dokument ersätter eller har arbetat in, direkt eller i flera led. (The goal of an earlier document in this document's lineage that this goal continues.)
 */
continues?: string
/**
 * Ramverksmål som målet tjänar. (Framework goals served.)
 */
frameworkGoals?: FrameworkGoalLink[]
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
/**
 * Sant för en post som styrdok import har föreslagit och som ingen har bekräftat: ta bort raden när posten stämmer med källan, eller ta bort posten. Webbplatsen visar den inte. (A machine proposal, unconfirmed.)
 */
proposed?: true
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
proposedFrom?: string
}
/**
 * Ett nationellt eller internationellt mål som detta tjänar, och om kopplingen står i källan eller är härledd. (A framework goal this serves.)
 */
export interface FrameworkGoalLink {
/**
 * Id för ett mål i ett ramverk (content/frameworks). (Reference to a framework goal.)
 */
goal: string
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
basis: (("stated" | "inferred") & string)
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * En åtgärd, ett åtagande, en insats, en aktivitet eller en rekommendation. Texten ska också stå i brödtexten. (A measure; its text also stands in the body.)
 */
export interface Measure {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Vad källan kallar åtgärden: åtgärd, åtagande, insats, aktivitet, rekommenderad åtgärd, rekommendation (i en rapport) eller uppdrag. (Kind.)
 */
kind: (("measure" | "commitment" | "effort" | "activity" | "recommended-measure" | "recommendation" | "mandate") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
label?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
leadIn?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
group?: string
/**
 * Mål som åtgärden tjänar. (Goals served.)
 * 
 * Items: Id för ett mål i ett dokument. (Reference to a goal.)
 */
goals?: string[]
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
goalsBasis?: (("stated" | "inferred") & string)
/**
 * Id för åtgärden i ett tidigare dokument som denna åtgärd fortsätter, så att dess historia kan följas över revideringar. Det tidigare dokumentet är ett som detta dokument ersätter eller har arbetat in, direkt eller i flera led. (The measure of an earlier document in this document's lineage that this measure continues.)
 */
continues?: string
/**
 * Ramverksmål som åtgärden tjänar direkt. (Framework goals served directly.)
 */
frameworkGoals?: FrameworkGoalLink[]
/**
 * Aktörer som ansvarar för åtgärden. (Responsible actors.)
 * 
 * Items: Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
responsible?: string[]
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
responsibleBasis?: (("stated" | "inferred") & string)
/**
 * Aktörer som medverkar. (Collaborating actors.)
 * 
 * Items: Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
partners?: string[]
timeframe?: Timeframe
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
frequency?: string
/**
 * Indikatorer som följer upp åtgärden. (Indicators.)
 * 
 * Items: Id för en indikator. (Reference to an indicator.)
 */
indicators?: string[]
legalBasis?: LegalBasis
/**
 * Hur långt åtgärden har kommit enligt källan. (Status.)
 */
status?: (("planned" | "ongoing" | "completed" | "not-completed" | "cancelled" | "unknown") & string)
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
/**
 * Sant för en post som styrdok import har föreslagit och som ingen har bekräftat: ta bort raden när posten stämmer med källan, eller ta bort posten. Webbplatsen visar den inte. (A machine proposal, unconfirmed.)
 */
proposed?: true
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
proposedFrom?: string
}
/**
 * När åtgärden ska genomföras. (Timeframe.)
 */
export interface Timeframe {
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
from?: string
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
to?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text?: string
}
/**
 * En hänvisning till en bestämmelse, så exakt att man kan fråga vilka dokument som stöder sig på till exempel 14 kap. 1 § SoL. (A legal citation down to chapter and section.)
 */
export interface Citation {
/**
 * Id för en rättskälla eller litteraturkälla i källregistret (content/sources). (Reference to a legal or literature source.)
 */
source: string
/**
 * Kapitel, t.ex. "14" eller "2 a". (Chapter.)
 */
chapter?: string
/**
 * Paragraf, t.ex. "1" eller "1 c". (Section.)
 */
section?: string
/**
 * Stycke inom paragrafen. (Paragraph within the section.)
 */
paragraph?: number
/**
 * Punkt inom stycket. (Point.)
 */
point?: number
/**
 * Artikel i en konvention eller EU-rättsakt. (Article.)
 */
article?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text?: string
}
/**
 * Vad en aktör (eller en del av den) ska, bör eller kan göra, för vilken målgrupp, i vilket skede och på vilken rättslig grund. Texten ska också stå i brödtexten. (A responsibility.)
 */
export interface Responsibility {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
actor: string
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
actorBasis?: (("stated" | "inferred") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
unit?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
actorLabel?: string
/**
 * Hur stark förpliktelsen är, efter källans verb: ska, bör, kan, förbinder sig, ansvarar; eller ingen uttryckt (t.ex. en punkt under rubriken "ansvar"). (Strength of the obligation.)
 */
modality: (("must" | "should" | "may" | "commits" | "responsible" | "unstated") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
modalityText?: string
/**
 * Sant när källan säger att något inte är ett ansvar, t.ex. "är inte ett direkt tvingande uppdrag". (True for a negated duty.)
 */
negated?: boolean
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
leadIn?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
condition?: string
targetGroups?: TargetGroups
phases?: Phases
legalBasis?: LegalBasis1
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
legalBasisBasis?: (("stated" | "inferred") & string)
/**
 * Mål som ansvaret bidrar till. (Goals it contributes to.)
 * 
 * Items: Id för ett mål i ett dokument. (Reference to a goal.)
 */
goals?: string[]
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
/**
 * Sant för en post som styrdok import har föreslagit och som ingen har bekräftat: ta bort raden när posten stämmer med källan, eller ta bort posten. Webbplatsen visar den inte. (A machine proposal, unconfirmed.)
 */
proposed?: true
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
proposedFrom?: string
}
/**
 * En indikator, en utvecklingsindikator eller en statistisk uppgift, med observationer. (An indicator with its observations.)
 */
export interface Indicator {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Indikator (med datakälla), utvecklingsindikator (utan datakälla), statistisk uppgift i texten, eller resultat av en enkät eller uppföljning. (Kind.)
 */
kind: (("indicator" | "development-indicator" | "statistic" | "survey-result") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
theme?: string
/**
 * Mål som indikatorn följer upp. (Goals followed up.)
 * 
 * Items: Id för ett mål i ett dokument. (Reference to a goal.)
 */
goals?: string[]
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
dataSource?: string
/**
 * Källor i källregistret. (Sources.)
 * 
 * Items: Id för en rättskälla eller litteraturkälla i källregistret (content/sources). (Reference to a legal or literature source.)
 */
sources?: string[]
observations?: Observations
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Ett värde med enhet, period, grupp och källa. Där källan är vag står vagheten i qualifier, aldrig ett påhittat tal. (A value; vagueness is recorded, never replaced by an invented number.)
 */
export interface Observation {
/**
 * Talvärdet (vid intervall: nedre gränsen). (Numeric value.)
 */
value?: number
/**
 * Övre gräns när källan anger ett intervall. (Upper bound of a range.)
 */
valueMax?: number
/**
 * Vad värdet räknas i: procent, antal, kvot ("tio gånger"), kronor, dagar, år eller placering i ett intervall. (Unit.)
 */
unit?: (("percent" | "count" | "ratio" | "sek" | "days" | "years" | "rank-band") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
counted?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
period?: Period
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
population?: string
/**
 * Antal svarande eller underlagets storlek. (Number of respondents.)
 */
respondents?: number
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
area?: string
/**
 * Hur vagt källan anger värdet. (How vague the value is.)
 */
qualifier?: {
/**
 * Hur värdet är ungefärligt: cirka, minst, mer än, mindre än, högst, majoriteten, få, inga, alla, ett placeringsintervall, eller en beskrivning utan tal. (Kind of vagueness.)
 */
kind: (("approximately" | "at-least" | "more-than" | "less-than" | "at-most" | "majority" | "minority" | "none" | "all" | "rank-band" | "descriptive") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text?: string
}
/**
 * Källor i källregistret. (Sources.)
 * 
 * Items: Id för en rättskälla eller litteraturkälla i källregistret (content/sources). (Reference to a legal or literature source.)
 */
sources?: string[]
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * En tidsperiod med start och/eller slut och källans egen formulering. (A time span.)
 */
export interface Period {
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
from?: string
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
to?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text?: string
}
/**
 * En definition av en våldsform, ett begrepp, en förkortning eller ett perspektiv. (A definition.)
 */
export interface Definition {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Vad som definieras: en våldsform, ett begrepp, en förkortning, ett perspektiv, en metod eller ett program, eller en nivå (t.ex. preventionsnivå). (Kind.)
 */
kind: (("form-of-violence" | "term" | "abbreviation" | "perspective" | "method" | "level") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
term: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Källor definitionen hämtats från. (Sources.)
 * 
 * Items: Id för en rättskälla eller litteraturkälla i källregistret (content/sources). (Reference to a legal or literature source.)
 */
sources?: string[]
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * En daterad händelse som källan återger. (A dated event.)
 */
export interface Event {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
date: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Aktörer som händelsen gäller. (Actors involved.)
 * 
 * Items: Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
actors?: string[]
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * En mall för lokala dokument: avsnitt med fält och vägledande frågor, ordagrant ur källan. (A template: sections with fields and guiding questions.)
 */
export interface Template {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
title: string
/**
 * Vilket slags dokument mallen är för. (Kind of document the template is for.)
 */
documentKind?: (("strategy" | "action-plan" | "agreement" | "report") & string)
sections: Sections
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Ett avsnitt i en mall. (A template section.)
 */
export interface TemplateSection {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
title: string
/**
 * Det som ska beskrivas i avsnittet. (What the section describes.)
 * 
 * @minItems 1
 */
fields: [TemplateField, ...(TemplateField)[]]
}
/**
 * Något som ett lokalt dokument ska beskriva, med källans vägledande frågor. (A field with guiding questions.)
 */
export interface TemplateField {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
title: string
/**
 * Källans frågor till fältet ("Exempelvis: …"), ordagrant. (Guiding questions.)
 * 
 * Items: Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
questions?: string[]
/**
 * Falskt om källan säger att fältet är frivilligt; annars ska ett lokalt dokument besvara det. (False if the field is optional.)
 */
required?: boolean
}
/**
 * Kopplar en fotnot i brödtexten ([^etikett]) till det den hänvisar till: källor i källregistret, andra styrdokument och bestämmelser. (Links a body footnote to what it cites.)
 */
export interface Footnote {
/**
 * Fotnotens etikett i brödtexten, oftast källans nummer. (The footnote label.)
 */
label: string
/**
 * Källor som fotnoten hänvisar till. (Sources cited.)
 * 
 * Items: Id för en rättskälla eller litteraturkälla i källregistret (content/sources). (Reference to a legal or literature source.)
 */
sources?: string[]
/**
 * Andra styrdokument som fotnoten hänvisar till (content/documents, också poster utan text). (Other documents cited.)
 * 
 * Items: Id för ett dokument (content/documents/<id>/index.md). (Reference to a document.)
 */
documents?: string[]
citations?: Citations
}
/**
 * Aktörer, en gång var, delade av alla dokument: content/actors/<grupp>.md. Polismyndigheten är en aktör vare sig Dalarna, Stockholm eller Västernorrland nämner den. (The shared actor registry.)
 */
export interface ActorsFile {
/**
 * Alltid "actors". (Always "actors".)
 */
type: "actors"
/**
 * Aktörerna i denna fil. (The actors in this file.)
 */
actors: Actor[]
}
/**
 * En organisation, ett samverkansorgan eller en verksamhet. (An organisation, joint body or service.)
 */
export interface Actor {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
name: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
shortName?: string
/**
 * Vilket slags aktör det är: kommun, region, statlig myndighet … En grupp står för flera aktörer som källan nämner tillsammans, t.ex. "länets kommuner", med medlemmarna i members. (Kind of actor.)
 */
kind: (("kommun" | "region" | "kommunalforbund" | "lansstyrelse" | "statlig-myndighet" | "domstol" | "larosate" | "regering" | "ideburen-organisation" | "samverkansorgan" | "natverk" | "verksamhet" | "internationell-organisation" | "naringsliv" | "grupp" | "annan") & string)
counties?: Counties1
/**
 * Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
parent?: string
/**
 * För en grupp: aktörerna som ingår, t.ex. länets kommuner. (For a group: its members.)
 * 
 * Items: Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
members?: string[]
aliases?: Aliases
formerNames?: FormerNames
/**
 * Andra organisationer som gått upp i denna, t.ex. de 21 polismyndigheterna i Polismyndigheten 2015. (Organisations merged into this one.)
 * 
 * Items: Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
predecessors?: string[]
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
established?: string
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
dissolved?: string
/**
 * Svenskt organisationsnummer. (Swedish organisation number.)
 */
organisationNumber?: string
/**
 * En fullständig http- eller https-adress. (An absolute http(s) URL.)
 */
url?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Rättskällor och litteratur som dokumenten hänvisar till, en gång var: content/sources/<grupp>.md. (The registry of legal and literature sources.)
 */
export interface SourcesFile {
/**
 * Alltid "sources". (Always "sources".)
 */
type: "sources"
/**
 * Källorna i denna fil. (The sources in this file.)
 */
sources: Source[]
}
/**
 * En lag, föreskrift, proposition, rapport, bok, webbsida … (A legal or literature source.)
 */
export interface Source {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Lag, förordning, föreskrift (SOSFS, HSLF-FS), allmänna råd, proposition, skrivelse, offentlig utredning (SOU, Ds), regeringsbeslut, konvention, rapport, handbok, bok, artikel, webbsida, statistik eller annat. (Kind.)
 */
kind: (("law" | "ordinance" | "regulation" | "general-advice" | "government-bill" | "government-communication" | "official-report" | "government-decision" | "convention" | "report" | "handbook" | "book" | "article" | "web-page" | "statistics" | "other") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
title: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
abbreviation?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
number?: string
authors?: Authors
/**
 * Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
publisher?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
publisherName?: string
/**
 * Utgivningsår. (Year.)
 */
year?: number
/**
 * En fullständig http- eller https-adress. (An absolute http(s) URL.)
 */
url?: string
/**
 * Id för en rättskälla eller litteraturkälla i källregistret (content/sources). (Reference to a legal or literature source.)
 */
replacedBy?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Ett nationellt eller internationellt ramverk med sina mål: content/frameworks/<id>.md. Brödtexten kan beskriva ramverket. (A national or international framework and its goals.)
 */
export interface FrameworkFile {
/**
 * Alltid "framework". (Always "framework".)
 */
type: "framework"
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
name: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
shortName?: string
/**
 * Nationell strategi, politiska mål (t.ex. jämställdhetspolitiska delmål), Agenda 2030, konvention eller nationellt program. (Kind.)
 */
kind: (("national-strategy" | "policy-goals" | "agenda-2030" | "convention" | "programme") & string)
/**
 * Nationellt eller internationellt. (Scope.)
 */
scope?: (("national" | "international") & string)
/**
 * Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
issuer?: string
sources?: Sources
validity?: Validity
/**
 * En fullständig http- eller https-adress. (An absolute http(s) URL.)
 */
url?: string
/**
 * Ramverkets mål. (The framework's goals.)
 */
goals: FrameworkGoal[]
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * En tidsperiod med start och/eller slut och källans egen formulering. (A time span.)
 */
export interface Validity {
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
from?: string
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
to?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text?: string
}
/**
 * Ett mål i ramverket. (A goal of the framework.)
 */
export interface FrameworkGoal {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
label: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Målet som detta är ett delmål till. (Parent goal.)
 */
parent?: string
formerLabels?: FormerLabels
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Det publika datakontraktet: hela det validerade innehållet som ett JSON-objekt (styrdok export --format json). Varje post har id, type, file, line och column, och document (och chapter) när den hör till ett dokument. Referenser är id. Ordningen är filordning och därmed deterministisk. (The public data contract of the JSON export.)
 */
export interface StyrdokExport {
/**
 * Alltid "styrdok-export". (Always "styrdok-export".)
 */
format: "styrdok-export"
/**
 * Exportformatets version; höjs när kontraktet ändras på ett sätt som inte är bakåtkompatibelt. (Contract version.)
 */
version: 1
/**
 * Alla poster av typen Document, i filordning. (All documents, in file order.)
 */
documents: ExportDocument[]
/**
 * Alla poster av typen Chapter, i filordning. (All chapters, in file order.)
 */
chapters: ExportChapter[]
/**
 * Alla poster av typen Goal, i filordning. (All goals, in file order.)
 */
goals: ExportGoal[]
/**
 * Alla poster av typen Measure, i filordning. (All measures, in file order.)
 */
measures: ExportMeasure[]
/**
 * Alla poster av typen Responsibility, i filordning. (All responsibilities, in file order.)
 */
responsibilities: ExportResponsibility[]
/**
 * Alla poster av typen Indicator, i filordning. (All indicators, in file order.)
 */
indicators: ExportIndicator[]
/**
 * Alla poster av typen Definition, i filordning. (All definitions, in file order.)
 */
definitions: ExportDefinition[]
/**
 * Alla poster av typen Event, i filordning. (All events, in file order.)
 */
events: ExportEvent[]
/**
 * Alla poster av typen Template, i filordning. (All templates, in file order.)
 */
templates: ExportTemplate[]
/**
 * Alla poster av typen Actor, i filordning. (All actors, in file order.)
 */
actors: ExportActor[]
/**
 * Alla poster av typen Source, i filordning. (All sources, in file order.)
 */
sources: ExportSource[]
/**
 * Alla poster av typen Framework, i filordning. (All frameworks, in file order.)
 */
frameworks: ExportFramework[]
/**
 * Alla poster av typen FrameworkGoal, i filordning. (All frameworkGoals, in file order.)
 */
frameworkGoals: ExportFrameworkGoal[]
/**
 * Alla poster av typen Gap, i filordning. (All gaps, in file order.)
 */
gaps: ExportGap[]
/**
 * Alla poster av typen SourceError, i filordning. (All sourceErrors, in file order.)
 */
sourceErrors: ExportSourceError[]
/**
 * Alla referenser mellan poster, i filordning: från vilken post, genom vilket fält, till vilken post. Grafen åt båda hållen byggs av dessa. (Every reference between items.)
 */
relations: ExportRelation[]
}
/**
 * Ett dokument med metadata och härledda relationer. (A document.)
 */
export interface ExportDocument {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "document" (dokument). (Item type.)
 */
type: "document"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Sant för ett utkast som styrdok import har gjort och som ingen har granskat än. validate varnar, och webbplatsen visar inte dokumentet förrän raden tas bort. Inte detsamma som status: draft, som säger att utfärdaren själv kallar dokumentet utkast eller remiss. (An unreviewed imported draft: not published until removed.)
 */
draft?: true
/**
 * Vad för slags dokument det är: strategi, handlingsplan (åtgärdsplan), överenskommelse (avtal) eller rapport (uppföljning). (Kind of document.)
 */
kind: (("strategy" | "action-plan" | "agreement" | "report") & string)
/**
 * Dokumentets titel som källan ger den. (The title.)
 */
title: string
/**
 * inferred när titeln inte står i källtexten (t.ex. förlorat omslag) utan är härledd ur dokumentets egen text; förklara i titleNote. (Whether the title is stated or inferred.)
 */
titleBasis?: (("stated" | "inferred") & string)
/**
 * Varifrån titeln kommer när den är härledd. (Where an inferred title comes from.)
 */
titleNote?: string
alternativeTitles?: AlternativeTitles
counties: Counties
municipalities?: Municipalities
/**
 * Gällande, har upphört (giltighetstiden har gått ut), ersatt (av ett annat dokument), utkast (eller remiss), eller okänd. (Status.)
 */
status: (("in-force" | "expired" | "superseded" | "draft" | "unknown") & string)
/**
 * Hela texten är kodad, delar är kodade, eller ingen: bara en post om dokumentet, texten finns inte här. (Whether the full text is encoded.)
 */
textAvailability: (("complete" | "partial" | "none") & string)
/**
 * Varför texten saknas eller vad som är kodat. (Why the text is missing or what is encoded.)
 */
textNote?: string
parties?: Parties
signatures?: Signatures
contributors?: Contributors
dates?: Dates
validity?: DocumentValidity
relations?: Relations
/**
 * Mallen som detta lokala dokument följer; varje obligatoriskt fält i mallen ska besvaras av något kapitel (templateFields). (The template this local document follows.)
 */
template?: string
frameworks?: Frameworks
source?: DocumentSource
gaps?: Gaps
sourceErrors?: SourceErrors
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
/**
 * validity.from, eller null. (Valid from, or null.)
 */
validFrom: (string | null)
/**
 * validity.to, eller null. (Valid to, or null.)
 */
validTo: (string | null)
/**
 * Dokument som detta ersätter (relationerna supersedes och absorbs). (Documents it supersedes.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
supersedes: string[]
/**
 * Dokument som ersätter detta. (Documents that supersede it.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
supersededBy: string[]
/**
 * Dokumentets status över all tid, härledd och aldrig skriven: kommande före första giltighetsdagen, gällande under giltighetstiden, upphört efter sista dagen, ersatt från den dag ett dokument som ersätter eller har arbetat in det börjar gälla. Perioderna följer på varandra utan glapp, från det öppna förflutna (from: null) till den öppna framtiden (to: null); statusen en viss dag är den hos perioden som omfattar dagen. Status (fältet status) avgör bara de dagar som datumen lämnar öppna. (The document's derived status over all time, as consecutive periods; the status on a day is that of the period holding it.)
 * 
 * @minItems 1
 */
statusPeriods: [ExportStatusPeriod, ...(ExportStatusPeriod)[]]
/**
 * Dokumentets kapitel i läsordning. (Chapters in reading order.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
chapters: string[]
}
/**
 * En följd av dagar med samma status: första och sista dagen (YYYY-MM-DD), null där perioden är öppen. (A span of days with one status.)
 */
export interface ExportStatusPeriod {
/**
 * Ett dokuments status en viss dag, härledd ur dess datum och efterföljare. (A document's status on a day.)
 */
status: (("upcoming" | "in-force" | "ended" | "superseded" | "unknown") & string)
/**
 * Periodens första dag, eller null: perioden har ingen början. (First day, or null.)
 */
from: (string | null)
/**
 * Periodens sista dag, eller null: perioden har inget slut. (Last day, or null.)
 */
to: (string | null)
/**
 * Vad som avgör statusen: dokumentets giltighetstid (period), ett dokument som ersätter det (successor), eller, där inget av dem säger något, dokumentets angivna status (status). (What decided the status.)
 */
basis: (("period" | "successor" | "status") & string)
/**
 * För en period med status superseded: dokumenten som ersatt detta vid periodens början, med den dag vart och ett börjar gälla (null när det inte anger någon; då räknas det från dagen efter detta dokuments sista dag). Tom när bara status säger att dokumentet är ersatt. (The replacing documents, for a superseded period.)
 */
supersededBy?: ExportSuccessor[]
}
/**
 * Ett dokument som ersätter eller har arbetat in ett annat. (A superseding document.)
 */
export interface ExportSuccessor {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
document: string
/**
 * Efterföljarens första dag: dess validity.from, annars dagen det trädde i kraft, annars dagen det antogs, beslutades, godkändes eller undertecknades; null när det inte anger någon. (The successor's first day, or null.)
 */
from: (string | null)
}
/**
 * Ett kapitel med sin brödtext. (A chapter with its body.)
 */
export interface ExportChapter {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "chapter" (kapitel). (Item type.)
 */
type: "chapter"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Id för dokumentet posten tillhör. (The document it belongs to.)
 */
document: string
/**
 * Kapitlets plats i dokumentet, från 1. (Position in the document.)
 */
order: number
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
title: string
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
titleBasis?: (("stated" | "inferred") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
label?: string
/**
 * Sant om kapitlet är en bilaga. (True for an appendix.)
 */
appendix?: boolean
templateFields?: TemplateFields
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
/**
 * Kapitlets fotnoter med text och källor. (Footnotes with text and sources.)
 */
footnotes: ExportFootnote[]
/**
 * Kapitlets brödtext i Markdown, som i filen. (The chapter's Markdown body.)
 */
body: string
}
/**
 * En fotnot: etikett, text och källor. (A footnote.)
 */
export interface ExportFootnote {
/**
 * Fotnotens etikett i brödtexten, oftast källans nummer. (The footnote label.)
 */
label: string
/**
 * Fotnotens text i Markdown. (Footnote text.)
 */
text: string
/**
 * Källor fotnoten hänvisar till. (Sources.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
sources: string[]
/**
 * Styrdokument fotnoten hänvisar till. (Documents cited.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
documents: string[]
citations?: Citations
}
/**
 * Ett mål på någon nivå. Texten ska också stå ordagrant i kapitlets brödtext. (A goal at any level; its text also stands in the body.)
 */
export interface ExportGoal {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "goal" (mål). (Item type.)
 */
type: "goal"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Id för dokumentet posten tillhör. (The document it belongs to.)
 */
document: string
/**
 * Id för kapitlet posten står i, eller null för poster på dokumentnivå. (The chapter, or null.)
 */
chapter: (string | null)
/**
 * Vad källan kallar målet: vision, övergripande mål, mål, delmål … En förutsättning är det som behöver vara på plats för att nå dit. (What the source calls it.)
 */
level: (("vision" | "overgripande-mal" | "mal" | "delmal" | "malomrade" | "insatsomrade" | "malsattning" | "syfte" | "forutsattning") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
label?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
group?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
variants?: Variants
/**
 * Id för överordnat mål, eller null. (Parent goal, or null.)
 */
parent: (string | null)
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
parentBasis?: (("stated" | "inferred") & string)
/**
 * Id för målet i ett tidigare dokument som detta mål fortsätter, så att målets historia kan följas över revideringar. Det tidigare dokumentet är ett som detta dokument ersätter eller har arbetat in, direkt eller i flera led. (The goal of an earlier document in this document's lineage that this goal continues.)
 */
continues?: string
/**
 * Id för de ramverksmål posten tjänar. (Framework goals served.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
frameworkGoals: string[]
frameworkGoalLinks: FrameworkGoals
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
/**
 * Sant för en post som styrdok import har föreslagit och som ingen har bekräftat: ta bort raden när posten stämmer med källan, eller ta bort posten. Webbplatsen visar den inte. (A machine proposal, unconfirmed.)
 */
proposed?: true
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
proposedFrom?: string
}
/**
 * En åtgärd, ett åtagande, en insats, en aktivitet eller en rekommendation. Texten ska också stå i brödtexten. (A measure; its text also stands in the body.)
 */
export interface ExportMeasure {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "measure" (åtgärd). (Item type.)
 */
type: "measure"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Id för dokumentet posten tillhör. (The document it belongs to.)
 */
document: string
/**
 * Id för kapitlet posten står i, eller null för poster på dokumentnivå. (The chapter, or null.)
 */
chapter: (string | null)
/**
 * Vad källan kallar åtgärden: åtgärd, åtagande, insats, aktivitet, rekommenderad åtgärd, rekommendation (i en rapport) eller uppdrag. (Kind.)
 */
kind: (("measure" | "commitment" | "effort" | "activity" | "recommended-measure" | "recommendation" | "mandate") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
label?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
leadIn?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
group?: string
/**
 * Mål som åtgärden tjänar. (Goals served.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
goals: string[]
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
goalsBasis?: (("stated" | "inferred") & string)
/**
 * Id för åtgärden i ett tidigare dokument som denna åtgärd fortsätter, så att dess historia kan följas över revideringar. Det tidigare dokumentet är ett som detta dokument ersätter eller har arbetat in, direkt eller i flera led. (The measure of an earlier document in this document's lineage that this measure continues.)
 */
continues?: string
/**
 * Id för de ramverksmål posten tjänar. (Framework goals served.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
frameworkGoals: string[]
frameworkGoalLinks: FrameworkGoals1
/**
 * Ansvariga aktörer. (Responsible actors.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
responsible: string[]
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
responsibleBasis?: (("stated" | "inferred") & string)
/**
 * Medverkande aktörer. (Partners.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
partners: string[]
timeframe?: Timeframe
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
frequency?: string
/**
 * Indikatorer. (Indicators.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
indicators: string[]
legalBasis: LegalBasis
/**
 * Hur långt åtgärden har kommit enligt källan. (Status.)
 */
status?: (("planned" | "ongoing" | "completed" | "not-completed" | "cancelled" | "unknown") & string)
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
/**
 * Sant för en post som styrdok import har föreslagit och som ingen har bekräftat: ta bort raden när posten stämmer med källan, eller ta bort posten. Webbplatsen visar den inte. (A machine proposal, unconfirmed.)
 */
proposed?: true
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
proposedFrom?: string
}
/**
 * Vad en aktör (eller en del av den) ska, bör eller kan göra, för vilken målgrupp, i vilket skede och på vilken rättslig grund. Texten ska också stå i brödtexten. (A responsibility.)
 */
export interface ExportResponsibility {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "responsibility" (ansvar). (Item type.)
 */
type: "responsibility"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Id för dokumentet posten tillhör. (The document it belongs to.)
 */
document: string
/**
 * Id för kapitlet posten står i, eller null för poster på dokumentnivå. (The chapter, or null.)
 */
chapter: (string | null)
/**
 * Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
actor: string
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
actorBasis?: (("stated" | "inferred") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
unit?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
actorLabel?: string
/**
 * Hur stark förpliktelsen är, efter källans verb: ska, bör, kan, förbinder sig, ansvarar; eller ingen uttryckt (t.ex. en punkt under rubriken "ansvar"). (Strength of the obligation.)
 */
modality: (("must" | "should" | "may" | "commits" | "responsible" | "unstated") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
modalityText?: string
/**
 * Sant när källan säger att något inte är ett ansvar, t.ex. "är inte ett direkt tvingande uppdrag". (True for a negated duty.)
 */
negated?: boolean
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
leadIn?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
condition?: string
targetGroups: TargetGroups
phases: Phases
legalBasis: LegalBasis1
/**
 * Om uppgiften står i källan (stated) eller är redaktionellt härledd (inferred). (Whether the source states it or an editor inferred it.)
 */
legalBasisBasis?: (("stated" | "inferred") & string)
/**
 * Mål som ansvaret bidrar till. (Goals.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
goals: string[]
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
/**
 * Sant för en post som styrdok import har föreslagit och som ingen har bekräftat: ta bort raden när posten stämmer med källan, eller ta bort posten. Webbplatsen visar den inte. (A machine proposal, unconfirmed.)
 */
proposed?: true
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
proposedFrom?: string
}
/**
 * En indikator, en utvecklingsindikator eller en statistisk uppgift, med observationer. (An indicator with its observations.)
 */
export interface ExportIndicator {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "indicator" (indikator). (Item type.)
 */
type: "indicator"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Id för dokumentet posten tillhör. (The document it belongs to.)
 */
document: string
/**
 * Id för kapitlet posten står i, eller null för poster på dokumentnivå. (The chapter, or null.)
 */
chapter: (string | null)
/**
 * Indikator (med datakälla), utvecklingsindikator (utan datakälla), statistisk uppgift i texten, eller resultat av en enkät eller uppföljning. (Kind.)
 */
kind: (("indicator" | "development-indicator" | "statistic" | "survey-result") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
theme?: string
/**
 * Mål som indikatorn följer upp. (Goals.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
goals: string[]
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
dataSource?: string
/**
 * Källor. (Sources.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
sources: string[]
observations: Observations
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * En definition av en våldsform, ett begrepp, en förkortning eller ett perspektiv. (A definition.)
 */
export interface ExportDefinition {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "definition" (definition). (Item type.)
 */
type: "definition"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Id för dokumentet posten tillhör. (The document it belongs to.)
 */
document: string
/**
 * Id för kapitlet posten står i, eller null för poster på dokumentnivå. (The chapter, or null.)
 */
chapter: (string | null)
/**
 * Vad som definieras: en våldsform, ett begrepp, en förkortning, ett perspektiv, en metod eller ett program, eller en nivå (t.ex. preventionsnivå). (Kind.)
 */
kind: (("form-of-violence" | "term" | "abbreviation" | "perspective" | "method" | "level") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
term: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Källor. (Sources.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
sources: string[]
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * En daterad händelse som källan återger. (A dated event.)
 */
export interface ExportEvent {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "event" (händelse). (Item type.)
 */
type: "event"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Id för dokumentet posten tillhör. (The document it belongs to.)
 */
document: string
/**
 * Id för kapitlet posten står i, eller null för poster på dokumentnivå. (The chapter, or null.)
 */
chapter: (string | null)
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
date: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Aktörer. (Actors.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
actors: string[]
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * En mall för lokala dokument: avsnitt med fält och vägledande frågor, ordagrant ur källan. (A template: sections with fields and guiding questions.)
 */
export interface ExportTemplate {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "template" (mall). (Item type.)
 */
type: "template"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Id för dokumentet posten tillhör. (The document it belongs to.)
 */
document: string
/**
 * Id för kapitlet posten står i, eller null för poster på dokumentnivå. (The chapter, or null.)
 */
chapter: (string | null)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
title: string
/**
 * Vilket slags dokument mallen är för. (Kind of document the template is for.)
 */
documentKind?: (("strategy" | "action-plan" | "agreement" | "report") & string)
sections: Sections
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * En organisation, ett samverkansorgan eller en verksamhet. (An organisation, joint body or service.)
 */
export interface ExportActor {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "actor" (aktör). (Item type.)
 */
type: "actor"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
name: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
shortName?: string
/**
 * Vilket slags aktör det är: kommun, region, statlig myndighet … En grupp står för flera aktörer som källan nämner tillsammans, t.ex. "länets kommuner", med medlemmarna i members. (Kind of actor.)
 */
kind: (("kommun" | "region" | "kommunalforbund" | "lansstyrelse" | "statlig-myndighet" | "domstol" | "larosate" | "regering" | "ideburen-organisation" | "samverkansorgan" | "natverk" | "verksamhet" | "internationell-organisation" | "naringsliv" | "grupp" | "annan") & string)
counties: Counties1
/**
 * Id för moderorganisationen, eller null. (Parent, or null.)
 */
parent: (string | null)
/**
 * För en grupp: aktörerna som ingår. (For a group: its members.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
members: string[]
aliases?: Aliases
formerNames?: FormerNames
/**
 * Föregångare. (Predecessors.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
predecessors: string[]
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
established?: string
/**
 * Ett datum så exakt som källan anger det: år (2020), år och månad (2020-06) eller fullständigt datum (2020-06-14). (A date with the precision the source gives.)
 */
dissolved?: string
/**
 * Svenskt organisationsnummer. (Swedish organisation number.)
 */
organisationNumber?: string
/**
 * En fullständig http- eller https-adress. (An absolute http(s) URL.)
 */
url?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
/**
 * Aktörer som denna gått upp i. (Successors.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
successors: string[]
}
/**
 * En lag, föreskrift, proposition, rapport, bok, webbsida … (A legal or literature source.)
 */
export interface ExportSource {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "source" (källa). (Item type.)
 */
type: "source"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Lag, förordning, föreskrift (SOSFS, HSLF-FS), allmänna råd, proposition, skrivelse, offentlig utredning (SOU, Ds), regeringsbeslut, konvention, rapport, handbok, bok, artikel, webbsida, statistik eller annat. (Kind.)
 */
kind: (("law" | "ordinance" | "regulation" | "general-advice" | "government-bill" | "government-communication" | "official-report" | "government-decision" | "convention" | "report" | "handbook" | "book" | "article" | "web-page" | "statistics" | "other") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
title: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
abbreviation?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
number?: string
authors?: Authors
/**
 * Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
publisher?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
publisherName?: string
/**
 * Utgivningsår. (Year.)
 */
year?: number
/**
 * En fullständig http- eller https-adress. (An absolute http(s) URL.)
 */
url?: string
/**
 * Id för en rättskälla eller litteraturkälla i källregistret (content/sources). (Reference to a legal or literature source.)
 */
replacedBy?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Ett nationellt eller internationellt ramverk med sina mål: content/frameworks/<id>.md. Brödtexten kan beskriva ramverket. (A national or international framework and its goals.)
 */
export interface ExportFramework {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "framework" (ramverk). (Item type.)
 */
type: "framework"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
name: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
shortName?: string
/**
 * Nationell strategi, politiska mål (t.ex. jämställdhetspolitiska delmål), Agenda 2030, konvention eller nationellt program. (Kind.)
 */
kind: (("national-strategy" | "policy-goals" | "agenda-2030" | "convention" | "programme") & string)
/**
 * Nationellt eller internationellt. (Scope.)
 */
scope?: (("national" | "international") & string)
/**
 * Id för en aktör i aktörsregistret (content/actors). (Reference to an actor.)
 */
issuer?: string
sources?: Sources
validity?: Validity
/**
 * En fullständig http- eller https-adress. (An absolute http(s) URL.)
 */
url?: string
/**
 * Ramverkets mål. (Goals.)
 * 
 * Items: Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
goals: string[]
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Ett mål i ramverket. (A goal of the framework.)
 */
export interface ExportFrameworkGoal {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "framework-goal" (ramverksmål). (Item type.)
 */
type: "framework-goal"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Id för ramverket. (The framework.)
 */
framework: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
label: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
text: string
/**
 * Överordnat ramverksmål, eller null. (Parent, or null.)
 */
parent: (string | null)
formerLabels?: FormerLabels
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Något som källtexten har förlorat (omslag, tabell, figur, bilaga …): var det fanns och vad texten säger om det. Värden som saknas hittas aldrig på. (Something the source lost.)
 */
export interface ExportGap {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "gap" (lucka). (Item type.)
 */
type: "gap"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Id för dokumentet posten tillhör. (The document it belongs to.)
 */
document: string
/**
 * Id för kapitlet posten står i, eller null för poster på dokumentnivå. (The chapter, or null.)
 */
chapter: (string | null)
/**
 * Vad som saknas. (What is missing.)
 */
kind: (("cover" | "title-page" | "colophon" | "table-of-contents" | "table" | "figure" | "image" | "signatures" | "appendix" | "footnote" | "page" | "text" | "other") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
location?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
description: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
sourceText?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * Ett stavfel, en felaktig hänvisning eller en motsägelse i källan. Källans ord står kvar i texten; rättelsen står här bredvid. (A source error: the source's words beside the correction.)
 */
export interface ExportSourceError {
/**
 * Stabilt, läsbart id i kebab-case med bara a–z, 0–9 och bindestreck (å, ä → a, ö → o). Unikt i hela innehållet och återanvänds aldrig för något annat. (Stable, readable, ASCII kebab-case id, unique across the corpus.)
 */
id: string
/**
 * Alltid "source-error" (källfel). (Item type.)
 */
type: "source-error"
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
/**
 * Id för dokumentet posten tillhör. (The document it belongs to.)
 */
document: string
/**
 * Id för kapitlet posten står i, eller null för poster på dokumentnivå. (The chapter, or null.)
 */
chapter: (string | null)
/**
 * Typ av fel. (Kind of error.)
 */
kind: (("typo" | "citation" | "numbering" | "inconsistency" | "contradiction" | "outdated" | "other") & string)
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
original: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
correction?: string
/**
 * Text ordagrant ur källan, rensad från radbrytningar, avstavning och sidnummer men aldrig omskriven. (Verbatim source text, cleaned of extraction noise, never paraphrased.)
 */
conflictsWith?: string
/**
 * Redaktörens anmärkning; står inte i källan. (Editor's note, not source text.)
 */
note?: string
}
/**
 * En referens från en post till en annan. (A reference from one item to another.)
 */
export interface ExportRelation {
/**
 * Id för posten som har referensen. (The referring item.)
 */
from: string
/**
 * Posttyp för from. (Type of the referring item.)
 */
fromType: string
/**
 * Fältet som håller referensen, t.ex. responsible eller legalBasis.source. (The field.)
 */
field: string
/**
 * Id för posten som pekas ut. (The referred item.)
 */
to: string
/**
 * Posttyp för to. (Type of the referred item.)
 */
toType: string
/**
 * Objektet som håller referensen när det inte är posten själv: en hänvisning med kapitel och paragraf, en part med roller, en koppling med grund. (The holding object.)
 */
context?: {

}
/**
 * Filen posten står i, relativt arbetskatalogen. (Source file, relative to the working directory.)
 */
file: string
/**
 * Raden där posten börjar (1-baserad). (1-based line.)
 */
line: number
/**
 * Kolumnen där posten börjar (1-baserad). (1-based column.)
 */
column: number
}

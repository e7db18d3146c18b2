// The contributor's guide to the findings: for every code, an example of its data (rendered with
// the code's own words, so the guide shows exactly what an editor will read) and a Swedish
// sentence on how to fix it. The table's type requires an entry for every code with data of that
// code's shape, so a new code cannot be added without its guide entry (tsc fails). CONTRIBUTING.md
// and the site's page /bidra/ are generated from it.
import { MAX_FILE_BYTES } from "./files.ts";
import { MAX_BODY_DEPTH } from "./markdown.ts";
import { type Code, codes, type FindingParams, type Severity } from "./messages.ts";
import { MAX_YAML_DEPTH } from "./parse.ts";

/** The sections the guide sorts the codes into, in the order an editor meets them. */
export type GuideGroup = "files" | "yaml" | "schema" | "references" | "body" | "documents" | "review" | "internal";

export const guideGroupTitles: Record<GuideGroup, string> = {
  files: "Filer och teckenkodning",
  yaml: "Frontmatter och YAML",
  schema: "Fält och värden (schemat)",
  references: "Id och hänvisningar",
  body: "Brödtexten",
  documents: "Dokument, kapitel och mallar",
  review: "Att se över (varningar om innehållet)",
  internal: "Interna fel",
};

interface GuideEntry<P> {
  group: GuideGroup;
  /** The data of a typical finding of this code; the guide shows the code's words for it. */
  example: P;
  /** What to do, in Swedish: one or two sentences an editor can follow. */
  fix: string;
}

const actorPath = ["actors", { item: 1, id: "aklagarmyndigheten" }, "kind"];

export const findingGuide: { [C in Code]: GuideEntry<FindingParams[C]> } = {
  "path-not-found": {
    group: "files",
    example: { path: "content/dokument" },
    fix: "Kontrollera stavningen av sökvägen, eller kör kommandot i projektmappen utan sökväg så prövas hela `content/`.",
  },
  "file-unreadable": {
    group: "files",
    example: { reason: "EACCES: permission denied" },
    fix: "Kontrollera att filen finns och att du har rätt att läsa den; öppna den i en textredigerare för att se att den går att läsa.",
  },
  "file-unexpected": {
    group: "files",
    example: { rename: "01-mal.md" },
    fix: "Byt namn på filen så att den slutar på `.md` med små bokstäver, eller flytta filer som inte är innehåll (bilder, PDF) ut ur `content/`.",
  },
  "symlink-broken": {
    group: "files",
    example: {},
    fix: "Ta bort den symboliska länken och lägg den riktiga filen på dess plats.",
  },
  "symlink-outside-root": {
    group: "files",
    example: { target: "/home/anna/utkast.md" },
    fix: "Kopiera filen in i `content/` i stället för att länka till den.",
  },
  "file-empty": {
    group: "files",
    example: {},
    fix: "Skriv in filens frontmatter (börja från en liknande fil, eller skapa filen med `styrdok new`), eller ta bort den tomma filen.",
  },
  "import-empty": {
    group: "files",
    example: {},
    fix: "Kontrollera att det är rätt fil; en PDF som sparats till noll byte får hämtas igen.",
  },
  "import-encoding": {
    group: "files",
    example: { guess: "windows-1252" },
    fix: "Spara texten som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8), eller gör om den med `iconv -f WINDOWS-1252 -t UTF-8 text.txt > text-utf8.txt`.",
  },
  "import-binary": {
    group: "files",
    example: {},
    fix: "Importera PDF:en själv (`styrdok import dokument.pdf …`) eller texten som `pdftotext` gör av den; Word-filer och bilder går inte att importera.",
  },
  "import-too-large": {
    group: "files",
    example: { size: 140_000_000, limit: 104_857_600, unit: "bytes" },
    fix: "Dela upp PDF:en (t.ex. en fil per del eller bilaga) och importera delarna som egna utkast, eller importera texten från `pdftotext`.",
  },
  "import-pdf-encrypted": {
    group: "files",
    example: {},
    fix: "Be utgivaren om en PDF utan lösenord, eller öppna den med lösenordet och spara en olåst kopia.",
  },
  "import-pdf-corrupt": {
    group: "files",
    example: { reason: "Invalid PDF structure." },
    fix: "Hämta PDF:en igen från källan; går den att öppna i en PDF-läsare, importera texten som `pdftotext` gör av den.",
  },
  "import-pdf-no-text": {
    group: "files",
    example: { pages: 12 },
    fix: "Kör OCR (textigenkänning) på PDF:en, t.ex. med `ocrmypdf`, och importera resultatet; kontrollera sedan texten extra noga.",
  },
  "import-no-text": {
    group: "files",
    example: {},
    fix: "Kontrollera att det är rätt fil och att den har löpande text; en PDF med bara tabeller eller bilder får föras in för hand.",
  },
  "file-too-large": {
    group: "files",
    example: { size: 2_500_000, limit: MAX_FILE_BYTES },
    fix: "Dela upp texten i flera kapitelfiler (`01-…`, `02-…`) i samma dokumentmapp.",
  },
  "file-binary": {
    group: "files",
    example: {},
    fix: "Filen är troligen en bild, en PDF eller ett Word-dokument med fel filändelse: ta bort den och skriv in texten i en vanlig textfil.",
  },
  "encoding-invalid": {
    group: "files",
    example: { byte: "0xE5" },
    fix: "Spara om filen som UTF-8 (i VS Code: klicka på teckenkodningen längst ned till höger och välj ”Save with Encoding” → UTF-8), och kontrollera å, ä och ö efteråt.",
  },
  "encoding-utf16": {
    group: "files",
    example: {},
    fix: "Spara om filen som UTF-8 (ofta sparar Anteckningar eller Word som ”Unicode”, vilket är UTF-16).",
  },
  "frontmatter-missing": {
    group: "yaml",
    example: {},
    fix: "Lägg en rad med `---` överst i filen, sedan fälten (minst `type:`) och en rad med `---` efter dem.",
  },
  "frontmatter-unterminated": {
    group: "yaml",
    example: {},
    fix: "Lägg till en rad med bara `---` där fälten slutar och brödtexten börjar.",
  },
  "frontmatter-not-mapping": {
    group: "yaml",
    example: { actual: "array" },
    fix: "Skriv fälten som `nyckel: värde`, ett per rad, direkt under den första raden med `---` (utan `-` framför).",
  },
  "yaml-syntax": {
    group: "yaml",
    example: { parserMessage: "All collection items must start at the same column", yamlCode: "BAD_INDENT" },
    fix: "Rätta raden som meddelandet pekar på, oftast indraget eller citattecken runt en text med kolon. Ett syntaxfel kan dölja andra fel i filen: kör `styrdok validate` igen efteråt.",
  },
  "yaml-indent": {
    group: "yaml",
    example: { actual: 3, expected: 4 },
    fix: "Dra in raden lika långt som raderna bredvid som hör till samma lista eller post (två mellanslag per nivå).",
  },
  "yaml-tab": {
    group: "yaml",
    example: {},
    fix: "Ersätt tabbtecknen i början av raden med mellanslag (två per nivå); `styrdok fmt` gör resten av filen enhetlig.",
  },
  "yaml-duplicate-key": {
    group: "yaml",
    example: { key: "title", first: 4 },
    fix: "Ta bort den ena raden, eller slå ihop värdena om båda behövs.",
  },
  "yaml-alias-limit": {
    group: "yaml",
    example: {},
    fix: "Skriv ut värdena där de används i stället för att återanvända dem med `&ankare` och `*alias`.",
  },
  "yaml-too-deep": {
    group: "yaml",
    example: { limit: MAX_YAML_DEPTH },
    fix: "Kontrollera indragen: troligen har rader dragits in ett steg för mycket, så att de hamnat inuti varandra.",
  },
  "yaml-comment-in-value": {
    group: "yaml",
    example: {},
    fix: 'Sätt citattecken runt hela värdet, till exempel `note: "Samordnar arbetet # i hela länet"`, om `#`-tecknet hör till texten.',
  },
  "yaml-tag": {
    group: "yaml",
    example: { tag: "!!binary" },
    fix: "Ta bort taggen (ordet som börjar med `!`) och skriv värdet som vanlig text, som ett tal eller som en lista.",
  },
  "type-missing": {
    group: "schema",
    example: { allowed: ["document", "chapter", "actors", "sources", "framework"], written: "typ", suggestion: "type" },
    fix: "Lägg till `type:` överst i frontmatter med filens slag: `document` i `index.md`, `chapter` i kapitelfiler, `actors`, `sources` eller `framework` i registren.",
  },
  "type-unknown": {
    group: "schema",
    example: { value: "kapitel", allowed: ["document", "chapter", "actors", "sources", "framework"], suggestion: "chapter" },
    fix: "Skriv ett av de tillåtna värdena; fältens namn och värden skrivs på engelska även när innehållet är svenskt.",
  },
  "schema-unknown-field": {
    group: "schema",
    example: { field: "mål", path: [], allowed: ["type", "id", "title", "goals", "measures"], suggestion: "goals" },
    fix: "Byt till fältets rätta namn (förslaget i meddelandet), eller kontrollera indraget om fältet hör till en post längre upp. Fältnamnen står i schemat och i README.",
  },
  "schema-required": {
    group: "schema",
    example: { field: "text", path: ["measures", { item: 0, id: "dalarna-handlingsplan-atgard-1" }], title: "Text" },
    fix: "Lägg till fältet i posten meddelandet pekar på, med värdet ur källdokumentet.",
  },
  "schema-type": {
    group: "schema",
    example: { path: ["measures", { item: 0, id: "dalarna-handlingsplan-atgard-1" }, "responsible"], expected: ["array"], actual: "string" },
    fix: "Skriv värdet i den form meddelandet anger: en lista skrivs `[a, b]` eller med en rad per värde som börjar med `-`, en text kan behöva citattecken.",
  },
  "schema-enum": {
    group: "schema",
    example: { value: "myndighet", path: actorPath, allowed: ["kommun", "region", "statlig-myndighet", "annan"], suggestion: "statlig-myndighet" },
    fix: "Välj ett av de tillåtna värdena, oftast förslaget i meddelandet (`styrdok validate --fix` byter när förslaget är entydigt).",
  },
  "schema-const": {
    group: "schema",
    example: { path: ["type"], expected: "chapter" },
    fix: "Skriv exakt det värde meddelandet anger.",
  },
  "schema-pattern": {
    group: "schema",
    example: { value: "Region Dalarna", path: ["parties", { item: 0 }, "actor"], pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", suggestion: "region-dalarna" },
    fix: "Skriv om värdet i den form meddelandet beskriver; ett id skrivs med små bokstäver a–z, siffror och bindestreck.",
  },
  "schema-empty": {
    group: "schema",
    example: { path: ["measures", { item: 2, id: "dalarna-handlingsplan-atgard-3" }, "text"] },
    fix: "Fyll i värdet ur källdokumentet, eller ta bort fältet om det inte är obligatoriskt.",
  },
  "schema-too-few": {
    group: "schema",
    example: { path: ["counties"], limit: 1 },
    fix: "Lägg till minst så många värden som meddelandet anger.",
  },
  "schema-too-long": {
    group: "schema",
    example: { path: ["actors", { item: 0, id: "polismyndigheten" }, "note"], limit: 5000 },
    fix: "Korta värdet; en lång text ur källan hör hemma i kapitlets brödtext, inte i ett fält.",
  },
  "schema-duplicate-value": {
    group: "schema",
    example: { value: "dalarna", path: ["counties"] },
    fix: "Ta bort dubbletten ur listan.",
  },
  "schema-out-of-range": {
    group: "schema",
    example: { path: ["indicators", { item: 0, id: "dalarna-rapport-2021-indikator-1" }, "observations", { item: 0 }, "respondents"], comparison: ">=", limit: 0 },
    fix: "Kontrollera värdet mot källan och skriv det inom gränsen.",
  },
  "invalid-date": {
    group: "schema",
    example: { value: "2023-02-30", path: ["validity", "from"] },
    fix: "Skriv datumet som ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM, ÅÅÅÅ om källan bara anger det) med en dag som finns.",
  },
  "invalid-url": {
    group: "schema",
    example: { value: "www.polisen.se", path: ["actors", { item: 0, id: "polismyndigheten" }, "url"] },
    fix: "Skriv hela adressen med `https://` först, som den står i webbläsarens adressfält.",
  },
  "schema-invalid": {
    group: "schema",
    example: { path: ["validity"], keyword: "minProperties", ajvParams: { limit: 1 }, ajvMessage: "must NOT have fewer than 1 properties" },
    fix: "Jämför posten med schemat (se fältets beskrivning i `schemas/` eller på webbplatsens datasida) och rätta det meddelandet pekar på.",
  },
  "duplicate-id": {
    group: "references",
    example: { id: "dalarna-handlingsplan-atgard-1", other: "content/documents/dalarna-handlingsplan-2017/02-atgarder.md", otherType: "measure" },
    fix: "Ge den nya posten ett eget id, till exempel med nästa lediga nummer; `styrdok new` väljer ett ledigt id åt dig.",
  },
  "reference-unresolved": {
    group: "references",
    example: { id: "polis-myndigheten", expected: "actor", suggestion: "polismyndigheten", path: ["measures", { item: 0, id: "dalarna-handlingsplan-atgard-1" }, "responsible"] },
    fix: "Byt till rätt id (förslaget i meddelandet), eller lägg till det som saknas: en aktör i `content/actors/`, en källa i `content/sources/`, ett mål i dokumentet.",
  },
  "references-unchecked": {
    group: "references",
    example: { count: 3 },
    fix: "Rätta först felen i filen som varningen står i; hänvisningarna prövas när filen kan läsas.",
  },
  "reference-wrong-type": {
    group: "references",
    example: { id: "dalarna-handlingsplan-atgard-1", actual: "measure", expected: "goal", path: ["measures", { item: 1, id: "dalarna-handlingsplan-atgard-2" }, "goals"] },
    fix: "Peka ut en post av det slag fältet kräver, till exempel ett mål i `goals` och en aktör i `responsible`.",
  },
  cycle: {
    group: "references",
    example: { relation: "parent", chain: "polisregion-bergslagen → polismyndigheten → polisregion-bergslagen" },
    fix: "Ta bort eller rätta den länk i kedjan som pekar tillbaka: en post kan inte vara sin egen överordnade, föregångare eller medlem.",
  },
  "date-order": {
    group: "documents",
    example: { from: "2021-01-01", to: "2020-12-31" },
    fix: "Kontrollera datumen mot källan; troligen har `from` och `to` bytt plats eller fått fel år.",
  },
  "link-unresolved": {
    group: "body",
    example: { href: "#dalarna-handlingsplan-mal-11", suggestion: "dalarna-handlingsplan-mal-1" },
    fix: "Rätta id:t efter `#` i länken (förslaget i meddelandet), eller ta bort länken om posten inte finns.",
  },
  "footnote-undefined": {
    group: "body",
    example: { label: "3" },
    fix: "Skriv fotnotens text på en egen rad i kapitlets brödtext: `[^3]: …` (med fotnotens etikett).",
  },
  "footnote-unknown-label": {
    group: "body",
    example: { label: "4" },
    fix: "Kontrollera etiketten i frontmatter (`label` under `footnotes`) mot brödtextens fotnoter och låt dem stämma överens.",
  },
  "text-not-in-body": {
    group: "body",
    example: {
      field: "text",
      id: "dalarna-handlingsplan-atgard-1",
      passage: [
        { op: "equal", text: "Kommunerna ska " },
        { op: "delete", text: "vidta" },
        { op: "insert", text: "genomföra" },
        { op: "equal", text: " åtgärder" },
      ],
    },
    fix: "Skriv fältet och brödtexten så att de stämmer ordagrant med källan och med varandra; ändra aldrig bara den ena.",
  },
  "footnote-duplicate": {
    group: "body",
    example: { label: "1" },
    fix: "Ge de olika fotnoterna olika etiketter, eller ta bort den upprepade definitionen.",
  },
  "footnote-unused": {
    group: "body",
    example: { label: "2" },
    fix: "Skriv `[^2]` (med fotnotens etikett) i texten där källan har fotnotens markering, eller ta bort definitionen.",
  },
  "link-unsafe": {
    group: "body",
    example: { href: "javascript:alert(1)" },
    fix: "Länka till en webbadress som börjar med `https://` eller till en post med `#id`.",
  },
  "html-in-body": {
    group: "body",
    example: { html: "<br>" },
    fix: "Skriv texten med Markdown i stället: en tom rad för nytt stycke, `**fet**`, `*kursiv*`, `-` för listor.",
  },
  "link-missing-hash": {
    group: "body",
    example: { href: "dalarna-handlingsplan-mal-1", id: "dalarna-handlingsplan-mal-1" },
    fix: "Sätt `#` framför id:t i länkens adress.",
  },
  "body-ignored": {
    group: "documents",
    example: { type: "document" },
    fix: "Flytta texten till en kapitelfil i dokumentets mapp, eller ta bort den.",
  },
  "markdown-too-complex": {
    group: "body",
    example: { depth: MAX_BODY_DEPTH + 20, limit: MAX_BODY_DEPTH },
    fix: "Förenkla texten: färre nivåer av listor och citat, eller dela upp den i flera stycken.",
  },
  "chapter-without-document": {
    group: "documents",
    example: {},
    fix: "Lägg kapitlet i en dokumentmapp under `content/documents/` som har en `index.md` med `type: document` (`styrdok new` skapar mappen åt dig).",
  },
  "document-not-index": {
    group: "documents",
    example: {},
    fix: "Döp om filen till `index.md` och lägg den i dokumentets egen mapp under `content/documents/`.",
  },
  "chapter-order-ambiguous": {
    group: "documents",
    example: { name: "1-inledning.md" },
    fix: "Ge alla kapitelfiler nummer med lika många siffror: `01-`, `02-`, … `10-`.",
  },
  "document-without-text": {
    group: "documents",
    example: { value: "complete" },
    fix: "Lägg till dokumentets kapitel, eller ange `textAvailability: none` om texten inte förs in.",
  },
  "template-field-missing": {
    group: "documents",
    example: { template: "lansstrategi", field: "uppfoljning", title: "Uppföljning" },
    fix: "Ange fältet i `templateFields` i det kapitel som besvarar det; saknar källan avsnittet kan varningen stå kvar.",
  },
  "template-field-foreign": {
    group: "documents",
    example: { field: "uppfoljning", actual: "lansstrategi", expected: "handlingsplan" },
    fix: "Använd fälten från den mall dokumentet följer (`template` i `index.md`), eller rätta `template` om dokumentet följer en annan mall.",
  },
  "actor-unreferenced": {
    group: "review",
    example: { id: "kvinnojouren-falun" },
    fix: "Koppla aktören där den hör hemma (`parties`, `responsible`, `members` …) eller ta bort den ur registret om ingen behöver den.",
  },
  "goal-without-measure": {
    group: "review",
    example: { id: "dalarna-handlingsplan-mal-2" },
    fix: "Ange målet i `goals` på de åtgärder som källan kopplar till det; kopplar källan inga åtgärder till målet kan varningen stå kvar.",
  },
  "measure-without-responsible": {
    group: "review",
    example: { id: "dalarna-handlingsplan-atgard-4", kind: "action-plan" },
    fix: "Ange den ansvariga aktören i `responsible` om källan nämner den; nämner källan ingen kan varningen stå kvar.",
  },
  "document-expired-not-superseded": {
    group: "review",
    example: { id: "dalarna-handlingsplan-2017", to: "2020-12-31" },
    fix: "Lägg in efterföljaren med `relations: supersedes`, eller ange `status: expired` om dokumentet har upphört utan efterföljare.",
  },
  "document-draft": {
    group: "review",
    example: { id: "dalarna-strategi-2023" },
    fix: "Läs dokumentets text mot källan och gå igenom varje föreslagen post (`proposed: true`); ta sedan bort raden `draft: true` i `index.md`, så visas dokumentet på webbplatsen.",
  },
  "item-proposed": {
    group: "review",
    example: { id: "dalarna-strategi-2023-mal-1", type: "goal", from: "rad 412" },
    fix: "Jämför posten med källans text där `proposedFrom` pekar. Stämmer den (text, slag, aktör, kopplingar): ta bort raderna `proposed: true` och `proposedFrom`, så visas posten på webbplatsen. Är den inget mål, ingen åtgärd eller inget ansvar i källan: ta bort hela posten.",
  },
  "continues-outside-lineage": {
    group: "references",
    example: {
      id: "stockholm-strategi-2020-mal-1",
      type: "goal",
      target: "dalarna-lansstrategi-2015-mal-1",
      document: "stockholm-strategi-2020",
      targetDocument: "dalarna-lansstrategi-2015",
    },
    fix: "Peka bara ut poster i dokument som det här dokumentet ersätter eller har arbetat in, eller lägg till relationen (`supersedes` eller `absorbs`) i `index.md`.",
  },
  "format-refused": {
    group: "files",
    example: { reason: "unsupported", detail: "en explicit nyckel (?)" },
    fix: "Filen är orörd. Skriv om den del av YAML som meddelandet nämner på vanligt sätt (`nyckel: värde`), eller spara klart filen om den ändrades medan fmt körde, och kör styrdok fmt igen.",
  },
  "internal-error": {
    group: "internal",
    example: { reason: "TypeError: …" },
    fix: "Felet ligger i styrdok, inte i din text: öppna ett ärende med filen och meddelandet, så rättar förvaltarna det.",
  },
};

export interface GuideFinding {
  code: Code;
  severity: Severity;
  group: GuideGroup;
  /** What an editor reads for a typical finding of the code, in Swedish, rendered with the code's own words. */
  example: string;
  fix: string;
}

/** Every code with its example and fix, grouped in the guide's order and by code within a group. */
export function guideFindings(): GuideFinding[] {
  const order = Object.keys(guideGroupTitles) as GuideGroup[];
  return (Object.keys(codes) as Code[]).map((code) => entryOf(code)).sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || a.code.localeCompare(b.code, "en"));
}

function entryOf<C extends Code>(code: C): GuideFinding {
  const entry: GuideEntry<FindingParams[C]> = findingGuide[code];
  const definition = codes[code] as { severity: Severity; sv: (p: FindingParams[C]) => string };
  return { code, severity: definition.severity, group: entry.group, example: definition.sv(entry.example), fix: entry.fix };
}

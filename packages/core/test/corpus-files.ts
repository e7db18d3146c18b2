// A small corpus in memory, by path, for the model, graph and query tests: one county's action
// plan with two chapters that supersedes one document and absorbs another, a second county's
// strategy, an actor registry with units, a group and a predecessor, two laws and a framework.

export const actors = `---
type: actors
actors:
  - id: polismyndigheten
    name: Polismyndigheten
    kind: statlig-myndighet
    predecessors: [polisen-dalarna]
  - id: polisen-dalarna
    name: Polismyndigheten i Dalarnas län
    kind: statlig-myndighet
  - id: polisregion-bergslagen
    name: Polisregion Bergslagen
    kind: verksamhet
    parent: polismyndigheten
  - id: lokalpolisomrade-falun
    name: Lokalpolisområde Falun
    kind: verksamhet
    parent: polisregion-bergslagen
  - id: region-dalarna
    name: Region Dalarna
    kind: region
    counties: [dalarna]
  - id: region-stockholm
    name: Region Stockholm
    kind: region
    counties: [stockholm]
  - id: undertecknarna
    name: Undertecknarna av Dalarnas plan
    kind: grupp
    members: [polismyndigheten, region-dalarna]
---
`;

export const sources = `---
type: sources
sources:
  - id: sol
    kind: law
    title: Socialtjänstlag (2001:453)
    abbreviation: SoL
  - id: brb
    kind: law
    title: Brottsbalk (1962:700)
---
`;

export const framework = `---
type: framework
id: nationell
name: Nationell strategi
kind: national-strategy
goals:
  - id: nationell-1
    label: "1"
    text: Förebyggande arbete
  - id: nationell-2
    label: "2"
    text: Upptäckt, skydd och stöd
  - id: nationell-2-1
    label: "2.1"
    text: Tidig upptäckt
    parent: nationell-2
---
`;

export const planIndex = `---
type: document
id: plan
kind: action-plan
title: Dalarnas plan
counties: [dalarna]
status: in-force
textAvailability: complete
validity:
  from: 2020
  to: 2030
parties:
  - actor: polismyndigheten
    roles: [party, signatory]
  - actor: region-dalarna
    roles: [party]
relations:
  - relation: supersedes
    document: gammal
    basis: stated
  - relation: absorbs
    document: aldre
    basis: stated
frameworks:
  - framework: nationell
    goals: [nationell-1]
    basis: stated
source:
  publisher: region-dalarna
gaps:
  - id: plan-lucka-1
    kind: figure
    description: En figur över samverkan.
---
`;

export const planGoals = `---
type: chapter
id: plan-mal
title: Mål och åtgärder
goals:
  - id: plan-mal-1
    level: mal
    text: Våldsutsatta får skydd och stöd.
    frameworkGoals:
      - goal: nationell-2
        basis: stated
  - id: plan-delmal-1
    level: delmal
    text: Fler upptäcks tidigt.
    parent: plan-mal-1
measures:
  - id: plan-atgard-1
    kind: measure
    text: Parterna utbildar personal i att fråga om våld.
    goals: [plan-delmal-1]
    responsible: [undertecknarna]
    partners: [region-stockholm]
    legalBasis:
      - source: sol
        chapter: "14"
        section: "1"
  - id: plan-atgard-2
    kind: measure
    text: Polisen kartlägger hedersrelaterat våld.
    responsible: [lokalpolisomrade-falun]
    frameworkGoals:
      - goal: nationell-1
        basis: inferred
responsibilities:
  - id: plan-ansvar-1
    actor: polisen-dalarna
    modality: must
    text: Polisen ska anmäla oro för barn.
    legalBasis:
      - source: brb
        chapter: "4"
        section: "4 a"
footnotes:
  - label: "1"
    sources: [sol]
    citations:
      - source: sol
        chapter: "5"
        section: "11"
        paragraph: 2
---
## Mål

Målet: Våldsutsatta får skydd och stöd. Delmålet: Fler upptäcks tidigt.

- Parterna utbildar personal i att fråga om våld.
- Polisen kartlägger hedersrelaterat våld.

Polisen ska anmäla oro för barn.[^1] [Region Dalarna](#region-dalarna) samordnar.

[^1]: Se 5 kap. 11 § SoL.
[^2]: En fotnot utan koppling i frontmatter.
`;

export const planTerms = `---
type: chapter
id: plan-begrepp
title: Begrepp och uppföljning
indicators:
  - id: plan-indikator-1
    kind: statistic
    text: 14 procent av kvinnorna har utsatts.
    goals: [plan-delmal-1]
definitions:
  - id: plan-begrepp-vald
    kind: term
    term: Våld
    text: Våld är varje handling riktad mot en annan person.
events:
  - id: plan-handelse-1
    date: 2019-05
    text: Länsstyrelsen samlade parterna.
    actors: [region-dalarna]
  - id: plan-handelse-2
    date: "2019"
    text: Något som inte står i texten.
templates:
  - id: plan-mall
    title: Mall för lokala överenskommelser
    sections:
      - id: plan-mall-avsnitt-1
        title: Organisation
        fields:
          - id: plan-mall-falt-1
            title: Samverkansorganisationen
sourceErrors:
  - id: plan-kallfel-1
    kind: typo
    original: samvekan
    correction: samverkan
---
| Term | Definition |
|---|---|
| Våld | Våld är varje handling riktad mot en annan person. |

I maj 2019: Länsstyrelsen samlade parterna.

> 14 procent av kvinnorna har utsatts.

### Mall för lokala överenskommelser

Text om samvekan.
`;

const oldDocument = (id: string) => `---
type: document
id: ${id}
kind: strategy
title: Dalarnas strategi ${id}
counties: [dalarna]
status: superseded
textAvailability: none
validity:
  from: 2010
  to: 2014
---
`;

export const stockholmIndex = `---
type: document
id: stockholm
kind: strategy
title: Stockholms strategi
counties: [stockholm]
status: in-force
textAvailability: complete
relations:
  - relation: refers-to
    document: gammal
    basis: stated
---
`;

export const stockholmChapter = `---
type: chapter
id: stockholm-ansvar
title: Ansvar
goals:
  - id: stockholm-mal-1
    level: mal
    text: Våldsutsatta har tillgång till insatser.
    frameworkGoals:
      - goal: nationell-2
        basis: inferred
responsibilities:
  - id: stockholm-ansvar-1
    actor: polisregion-bergslagen
    modality: should
    text: Polisen bör informera om stöd.
    legalBasis:
      - source: sol
        chapter: "14"
        section: "1"
---
Våldsutsatta har tillgång till insatser.

Polisen bör informera om stöd.
`;

export const files: Record<string, string> = {
  "actors.md": actors,
  "sources.md": sources,
  "frameworks/nationell.md": framework,
  "documents/aldre/index.md": oldDocument("aldre"),
  "documents/gammal/index.md": oldDocument("gammal"),
  "documents/plan/index.md": planIndex,
  "documents/plan/01-mal.md": planGoals,
  "documents/plan/02-begrepp.md": planTerms,
  "documents/stockholm/index.md": stockholmIndex,
  "documents/stockholm/01-ansvar.md": stockholmChapter,
};

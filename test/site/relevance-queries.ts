// What readers type, and the page that must come first, or among the first three, for it. Written
// from the content, not from what the search answered: each entry names the page a reader who typed
// the query is looking for. Add a query here for every search bug found.
//
// `expect` lists the pages that count as right (any one of them); `within` is 1 when only the first
// hit will do (names, abbreviations) and 3 otherwise.

export interface RelevanceQuery {
  query: string;
  expect: string[];
  within: 1 | 3;
  kind: "abbreviation" | "name" | "alias" | "term" | "inflection" | "compound" | "multi-word" | "typo" | "role";
}

const actor = (id: string) => `/aktor/${id}/`;
const source = (id: string) => `/kalla/${id}/`;
const term = (id: string) => `/begrepp/#${id}`;

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // Abbreviations and short names of acts, agencies and organisations.
  { query: "SoL", expect: [source("socialtjanstlagen-2001-453")], within: 1, kind: "abbreviation" },
  { query: "HSL", expect: [source("halso-och-sjukvardslagen-2017-30")], within: 1, kind: "abbreviation" },
  { query: "OSL", expect: [source("offentlighets-och-sekretesslagen-2009-400")], within: 1, kind: "abbreviation" },
  { query: "LVU", expect: [source("lvu-1990-52")], within: 1, kind: "abbreviation" },
  { query: "BrB", expect: [source("brottsbalken-1962-700")], within: 1, kind: "abbreviation" },
  { query: "SOSFS 2014:4", expect: [source("sosfs-2014-4")], within: 1, kind: "abbreviation" },
  { query: "HSLF-FS 2022:39", expect: [source("hslf-fs-2022-39")], within: 1, kind: "abbreviation" },
  { query: "Brå", expect: [actor("brottsforebyggande-radet")], within: 1, kind: "abbreviation" },
  { query: "NCK", expect: [actor("nationellt-centrum-for-kvinnofrid")], within: 1, kind: "abbreviation" },
  { query: "SKR", expect: [actor("skr")], within: 1, kind: "abbreviation" },
  { query: "MUCF", expect: [actor("mucf")], within: 1, kind: "abbreviation" },
  { query: "SCB", expect: [actor("statistiska-centralbyran")], within: 1, kind: "abbreviation" },
  { query: "DO", expect: [actor("diskrimineringsombudsmannen")], within: 1, kind: "abbreviation" },
  { query: "Roks", expect: [actor("roks")], within: 1, kind: "abbreviation" },
  { query: "NTU", expect: [source("bra-nationella-trygghetsundersokningen")], within: 1, kind: "abbreviation" },
  { query: "Barnkonventionen", expect: [source("fn-konventionen-om-barnets-rattigheter")], within: 1, kind: "abbreviation" },

  // Names of actors, and the other names editors recorded for them.
  { query: "Socialstyrelsen", expect: [actor("socialstyrelsen")], within: 1, kind: "name" },
  { query: "Kriminalvården", expect: [actor("kriminalvarden")], within: 1, kind: "name" },
  { query: "Åklagarmyndigheten", expect: [actor("aklagarmyndigheten")], within: 1, kind: "name" },
  { query: "Region Stockholm", expect: [actor("region-stockholm")], within: 1, kind: "name" },
  { query: "Barnahus", expect: [actor("barnahus-dalarna"), actor("barnahus-stockholm")], within: 1, kind: "name" },
  { query: "polisen", expect: [actor("polismyndigheten")], within: 1, kind: "alias" },
  { query: "Landstinget", expect: [actor("region-dalarna")], within: 1, kind: "alias" },
  { query: "Ungdomsstyrelsen", expect: [actor("mucf")], within: 1, kind: "alias" },
  { query: "Länsstyrelsen Dalarna", expect: [actor("lansstyrelsen-dalarna")], within: 1, kind: "alias" },
  { query: "socialnämnden", expect: [actor("socialnamnderna-dalarna")], within: 1, kind: "alias" },
  { query: "kvinnojourerna", expect: [actor("kvinnojourerna-dalarna")], within: 1, kind: "alias" },

  // Defined terms.
  { query: "eftervåld", expect: [term("dalarna-overenskommelse-2024-definition-eftervald")], within: 1, kind: "term" },
  { query: "barnfridsbrott", expect: [term("dalarna-overenskommelse-2024-definition-barnfridsbrott")], within: 3, kind: "term" },
  { query: "ekonomiskt våld", expect: [term("dalarna-overenskommelse-2024-definition-ekonomiskt-vald")], within: 3, kind: "term" },
  { query: "intersektionalitet", expect: [term("stockholm-strategi-2020-definition-intersektionalitet")], within: 3, kind: "term" },
  {
    query: "samordnad individuell plan",
    expect: [term("dalarna-overenskommelse-2024-definition-sip"), source("dalarna-riktlinje-sip-hsn-2022-3163")],
    within: 3,
    kind: "multi-word",
  },

  // Inflected forms of words the content has in another form.
  { query: "rättsprocessen", expect: ["/mal/stockholm-strategi-2020-mal-5/"], within: 3, kind: "inflection" },
  { query: "våldsutövarna", expect: [term("dalarna-overenskommelse-2024-definition-malgrupp-valdsutovare")], within: 3, kind: "inflection" },
  { query: "brottsutredningarna", expect: ["/mal/stockholm-strategi-2020-mal-6/"], within: 3, kind: "inflection" },
  { query: "socialtjänstlagen", expect: [source("socialtjanstlagen-2001-453")], within: 3, kind: "inflection" },

  // Parts of compounds, and compounds.
  { query: "stympning", expect: [source("socialstyrelsen-2015-konsstympning-uppskattning")], within: 3, kind: "compound" },
  { query: "kvinnofridsarbete", expect: [source("skr-kvinnofridsarbete")], within: 3, kind: "compound" },
  { query: "våldsutsatta barn", expect: [source("barnafrid-webbkurs-valdsutsatta-barn")], within: 3, kind: "compound" },

  // Several words.
  {
    query: "sexuella trakasserier",
    expect: [term("vasternorrland-handlingsplan-2022-definition-sexuella-trakasserier"), source("jamstalldhetsmyndigheten-vad-ar-sexuella-trakasserier")],
    within: 3,
    kind: "multi-word",
  },
  {
    query: "hedersrelaterat våld och förtryck",
    expect: [
      term("dalarna-overenskommelse-2024-definition-hedersrelaterat-vald-och-fortryck"),
      term("stockholm-strategi-2020-definition-hedersrelaterat-vald-och-fortryck"),
      source("jamstalldhetsmyndigheten-hedersrelaterat-vald-och-fortryck"),
    ],
    within: 3,
    kind: "multi-word",
  },
  {
    query: "barn som bevittnat våld",
    expect: [term("dalarna-overenskommelse-2024-definition-malgrupp-barn-som-bevittnat-vald"), term("dalarna-lansstrategi-2015-definition-barn-som-bevittnat-vald")],
    within: 3,
    kind: "multi-word",
  },
  { query: "skolgång skyddat boende", expect: ["/dokument/dalarna-overenskommelse-2024/#dalarna-overenskommelse-2024-ansvar-skolgang-skyddat-boende"], within: 3, kind: "multi-word" },
  {
    query: "människohandel för sexuella ändamål",
    expect: [term("dalarna-lansstrategi-2015-definition-manniskohandel"), term("stockholm-strategi-2020-definition-manniskohandel-for-sexuella-andamal")],
    within: 3,
    kind: "multi-word",
  },

  // Misspellings: the reader follows "Menade du …?" with one click.
  { query: "kvinofrid", expect: [term("dalarna-overenskommelse-2024-definition-kvinnofrid")], within: 3, kind: "typo" },
  { query: "socialstyrelssen", expect: [actor("socialstyrelsen")], within: 3, kind: "typo" },
  { query: "polismyndigeten", expect: [actor("polismyndigheten")], within: 3, kind: "typo" },
  { query: "migrationsverkt", expect: [actor("migrationsverket")], within: 3, kind: "typo" },
  { query: "barnkonvetionen", expect: [source("fn-konventionen-om-barnets-rattigheter")], within: 3, kind: "typo" },

  // People's roles.
  { query: "rektorer", expect: ["/indikator/stockholm-strategi-2020-indikator-1-9/"], within: 3, kind: "role" },
  { query: "förvaltningschefer", expect: [actor("lanschefsnatverket-dalarna")], within: 3, kind: "role" },
  { query: "regionkoordinatorer", expect: [actor("regionkoordinatorerna-stockholm"), actor("regionkoordinatorerna-bergslagen"), source("nspm-regionkoordinatorer")], within: 3, kind: "role" },
];

import { describe, expect, it } from "vitest";
import { dayOf, documentStart, firstDay, lastDay, statusPeriods, type ValidityFacts, validityOn } from "../src/validity.ts";

describe("firstDay and lastDay", () => {
  it("give the days a partial date covers, with the real length of each month", () => {
    expect(firstDay("2020")).toBe("2020-01-01");
    expect(firstDay("2020-06")).toBe("2020-06-01");
    expect(lastDay("2020")).toBe("2020-12-31");
    expect(lastDay("2020-02")).toBe("2020-02-29");
    expect(lastDay("2021-02")).toBe("2021-02-28");
    expect(lastDay("2020-04")).toBe("2020-04-30");
    expect(lastDay("2020-06-14")).toBe("2020-06-14");
  });
});

const state = (facts: ValidityFacts, day: string) => validityOn(facts, day).state;

describe("validityOn", () => {
  it("ends a document when its last day has passed, not before", () => {
    expect(validityOn({ status: "in-force", validity: { to: "2023" }, supersededBy: [] }, "2024-01-01")).toEqual({
      state: "ended",
      to: "2023-12-31",
      since: "2024-01-01",
      basis: "period",
      supersededBy: [],
    });
    expect(state({ status: "in-force", validity: { to: "2024-01" }, supersededBy: [] }, "2024-01-31")).toBe("in-force");
    expect(state({ status: "in-force", validity: { to: "2024-02" }, supersededBy: [] }, "2024-02-29")).toBe("in-force");
    expect(state({ status: "in-force", validity: { to: "2024-02" }, supersededBy: [] }, "2024-03-01")).toBe("ended");
  });

  it("says when a document comes into force", () => {
    expect(validityOn({ status: "in-force", validity: { from: "2027-07", to: "2030" }, supersededBy: [] }, "2027-06-30")).toEqual({
      state: "upcoming",
      from: "2027-07-01",
      to: "2030-12-31",
      until: "2027-06-30",
      basis: "period",
      supersededBy: [],
    });
    expect(state({ status: "in-force", validity: { from: "2027-07" }, supersededBy: [] }, "2027-07-01")).toBe("in-force");
  });

  // Stockholm's 2016–2020 strategy, replaced by the 2020–2026 strategy from 1 January 2020.
  const stockholm2016: ValidityFacts = { status: "superseded", validity: { from: "2016", to: "2020" }, supersededBy: [{ document: "stockholm-strategi-2020", from: "2020-01-01" }] };

  it("keeps a superseded document in force on the days before its successor starts", () => {
    expect(state(stockholm2016, "2015-12-31")).toBe("upcoming");
    expect(state(stockholm2016, "2016-01-01")).toBe("in-force");
    expect(state(stockholm2016, "2019-06-01")).toBe("in-force");
    expect(validityOn(stockholm2016, "2019-12-31")).toMatchObject({ state: "in-force", since: "2016-01-01", until: "2019-12-31", basis: "period" });
  });

  it("is superseded from its successor's first day, which may come before its own last day", () => {
    expect(validityOn(stockholm2016, "2020-01-01")).toEqual({
      state: "superseded",
      from: "2016-01-01",
      to: "2020-12-31",
      since: "2020-01-01",
      basis: "successor",
      supersededBy: [{ document: "stockholm-strategi-2020", from: "2020-01-01" }],
    });
    expect(state(stockholm2016, "2026-11-22")).toBe("superseded");
  });

  it("has ended, not been superseded, between its last day and a later successor's first", () => {
    // Dalarna's action plan 2017–2020, replaced by the strategy of 2023.
    const plan: ValidityFacts = { status: "superseded", validity: { from: "2017", to: "2020" }, supersededBy: [{ document: "dalarna-strategi-2023", from: "2023-01-01" }] };
    expect(state(plan, "2020-12-31")).toBe("in-force");
    expect(validityOn(plan, "2021-06-01")).toMatchObject({ state: "ended", since: "2021-01-01", until: "2022-12-31" });
    expect(state(plan, "2023-01-01")).toBe("superseded");
  });

  it("counts a successor without a start as replacing it from the day after its own last day", () => {
    // Dalarna's strategy of 2010–2014, revised by a strategy that gives no date of its own.
    const strategy: ValidityFacts = { status: "superseded", validity: { from: "2010", to: "2014" }, supersededBy: [{ document: "dalarna-lansstrategi-2015" }] };
    expect(state(strategy, "2014-12-31")).toBe("in-force");
    expect(validityOn(strategy, "2015-01-01")).toMatchObject({ state: "superseded", since: "2015-01-01", supersededBy: [{ document: "dalarna-lansstrategi-2015" }] });
  });

  it("counts a document whose dates and successor tell nothing of when as superseded on every day", () => {
    const record: ValidityFacts = { status: "unknown", supersededBy: [{ document: "newer" }] };
    expect(state(record, "1990-01-01")).toBe("superseded");
    expect(state(record, "2030-01-01")).toBe("superseded");
    expect(statusPeriods(record)).toEqual([{ status: "superseded", basis: "successor", supersededBy: [{ document: "newer" }] }]);
  });

  it("takes the typed status only for the days the dates leave open", () => {
    // The dates tell: a record that does not know its status was in force in its period.
    expect(state({ status: "unknown", validity: { from: "2018", to: "2021" }, supersededBy: [] }, "2019-01-01")).toBe("in-force");
    // A status of "superseded" with a period and no successor in the content: in force, then replaced.
    expect(state({ status: "superseded", validity: { from: "2010", to: "2014" }, supersededBy: [] }, "2012-01-01")).toBe("in-force");
    expect(validityOn({ status: "superseded", validity: { from: "2010", to: "2014" }, supersededBy: [] }, "2015-01-01")).toMatchObject({ state: "superseded", basis: "status", supersededBy: [] });
    // Without an end, after the start, only the typed status can tell.
    expect(validityOn({ status: "expired", validity: { from: "2010" }, supersededBy: [] }, "2024-01-01")).toMatchObject({ state: "ended", basis: "status" });
    expect(validityOn({ status: "in-force", supersededBy: [] }, "2024-01-01")).toMatchObject({ state: "in-force", basis: "status" });
  });

  it("does not guess: a draft or a record of unknown status is of unknown validity", () => {
    expect(validityOn({ status: "unknown", supersededBy: [] }, "2024-01-01")).toEqual({ state: "unknown", basis: "status", supersededBy: [] });
    expect(state({ status: "draft", validity: { from: "2020" }, supersededBy: [] }, "2024-01-01")).toBe("unknown");
    expect(state({ status: "draft", validity: { from: "2020", to: "2022" }, supersededBy: [] }, "2021-01-01")).toBe("unknown");
  });

  it("takes the day a document came into force, or was adopted, where its validity gives no start", () => {
    expect(
      documentStart({
        dates: [
          { kind: "dated", date: "2019-12-13" },
          { kind: "in-force", date: "2020-01" },
          { kind: "adopted", date: "2019-11-02" },
        ],
      }),
    ).toBe("2020-01-01");
    expect(
      documentStart({
        dates: [
          { kind: "signed", date: "2022-05-02" },
          { kind: "adopted", date: "2022-03" },
        ],
      }),
    ).toBe("2022-03-01");
    expect(documentStart({ dates: [{ kind: "published", date: "2021" }] })).toBeUndefined();
    expect(documentStart({ validity: { from: "2024-10-01" }, dates: [{ kind: "adopted", date: "2022" }] })).toBe("2024-10-01");
    expect(state({ status: "in-force", dates: [{ kind: "adopted", date: "2022-03-15" }], supersededBy: [] }, "2022-03-14")).toBe("upcoming");
  });
});

describe("statusPeriods", () => {
  it("covers all time, from the open past to the open future, with the same answer as validityOn on every day", () => {
    const facts: ValidityFacts = {
      status: "in-force",
      validity: { from: "2017", to: "2020" },
      supersededBy: [
        { document: "later", from: "2024-06-01" },
        { document: "first", from: "2023-01-01" },
      ],
    };
    expect(statusPeriods(facts)).toEqual([
      { status: "upcoming", to: "2016-12-31", basis: "period" },
      { status: "in-force", from: "2017-01-01", to: "2020-12-31", basis: "period" },
      { status: "ended", from: "2021-01-01", to: "2022-12-31", basis: "period" },
      { status: "superseded", from: "2023-01-01", to: "2024-05-31", basis: "successor", supersededBy: [{ document: "first", from: "2023-01-01" }] },
      {
        status: "superseded",
        from: "2024-06-01",
        basis: "successor",
        supersededBy: [
          { document: "first", from: "2023-01-01" },
          { document: "later", from: "2024-06-01" },
        ],
      },
    ]);
    for (const day of ["1999-01-01", "2016-12-31", "2017-01-01", "2020-12-31", "2021-01-01", "2022-12-31", "2023-01-01", "2024-05-31", "2024-06-01", "2099-01-01"]) {
      const period = statusPeriods(facts).find((candidate) => (candidate.from ?? "") <= day && day <= (candidate.to ?? "9999"))!;
      expect(period.status, day).toBe(validityOn(facts, day).state);
    }
  });

  it("is one open period for a document without dates or successors", () => {
    expect(statusPeriods({ status: "unknown", supersededBy: [] })).toEqual([{ status: "unknown", basis: "status" }]);
  });
});

describe("dayOf", () => {
  it("takes a setting that names a day that exists, and nothing else", () => {
    expect(dayOf("2026-11-22")).toBe("2026-11-22");
    expect(dayOf("2024-02-29")).toBe("2024-02-29");
    expect(dayOf("2023-02-29")).toBeUndefined();
    expect(dayOf("2023-13-01")).toBeUndefined();
    expect(dayOf("2023-00-10")).toBeUndefined();
    expect(dayOf("")).toBeUndefined();
    expect(dayOf("2026")).toBeUndefined();
    expect(dayOf(undefined)).toBeUndefined();
  });
});

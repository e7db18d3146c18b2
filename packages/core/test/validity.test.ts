import { describe, expect, it } from "vitest";
import { dayOf, firstDay, lastDay, validityOn } from "../src/validity.ts";

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

describe("validityOn", () => {
  it("ends a document when its last day has passed, not before", () => {
    expect(validityOn({ status: "in-force", validity: { to: "2023" }, supersededBy: [] }, "2024-01-01")).toEqual({ state: "ended", to: "2023-12-31" });
    expect(validityOn({ status: "in-force", validity: { to: "2024-01" }, supersededBy: [] }, "2024-01-31").state).toBe("in-force");
    expect(validityOn({ status: "in-force", validity: { to: "2024-02" }, supersededBy: [] }, "2024-02-29").state).toBe("in-force");
    expect(validityOn({ status: "in-force", validity: { to: "2024-02" }, supersededBy: [] }, "2024-03-01").state).toBe("ended");
  });

  it("ends a document that its status or a successor says has ended, whatever its dates", () => {
    expect(validityOn({ status: "superseded", supersededBy: [] }, "2000-01-01").state).toBe("ended");
    expect(validityOn({ status: "expired", validity: { to: "2099" }, supersededBy: [] }, "2024-01-01").state).toBe("ended");
    expect(validityOn({ status: "in-force", validity: { from: "2020", to: "2099" }, supersededBy: ["newer"] }, "2024-01-01").state).toBe("ended");
  });

  it("says when a document comes into force", () => {
    expect(validityOn({ status: "in-force", validity: { from: "2027-07", to: "2030" }, supersededBy: [] }, "2027-06-30")).toEqual({ state: "upcoming", from: "2027-07-01", to: "2030-12-31" });
    expect(validityOn({ status: "in-force", validity: { from: "2027-07" }, supersededBy: [] }, "2027-07-01").state).toBe("in-force");
  });

  it("does not guess: a draft or a record of unknown status is of unknown validity", () => {
    expect(validityOn({ status: "unknown", supersededBy: [] }, "2024-01-01")).toEqual({ state: "unknown" });
    expect(validityOn({ status: "draft", validity: { from: "2020" }, supersededBy: [] }, "2024-01-01").state).toBe("unknown");
  });
});

describe("dayOf", () => {
  it("takes a setting that names a day that exists, and nothing else", () => {
    expect(dayOf("2026-11-22")).toBe("2026-11-22");
    expect(dayOf("2024-02-29")).toBe("2024-02-29");
    expect(dayOf("2023-02-29")).toBeUndefined();
    expect(dayOf("")).toBeUndefined();
    expect(dayOf("2026")).toBeUndefined();
    expect(dayOf(undefined)).toBeUndefined();
  });
});

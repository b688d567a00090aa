import { describe, expect, it } from "vitest";
import { isEmpty, namesApply, readState, writeState } from "../../../src/client/search/state.ts";

describe("the search page's query string", () => {
  it("reads and writes every part of a search", () => {
    const query =
      "?q=zurich+ins&kind=Supplier&kind=Contract&council=Beta+Borough+Council&year=2023-24&department=ICT&questions=yes&sort=value-desc";
    const state = readState(query);
    expect(state).toEqual({
      q: "zurich ins",
      kind: ["Supplier", "Contract"],
      council: ["Beta Borough Council"],
      year: "2023-24",
      department: "ICT",
      questions: true,
      sort: "value-desc",
    });
    expect(writeState(state)).toBe(query);
  });

  it("ignores an unknown sort and writes nothing for an empty search", () => {
    const state = readState("?sort=evil&q=%20");
    expect(state.sort).toBe("");
    expect(writeState(state)).toBe("");
    expect(isEmpty(state)).toBe(true);
  });

  it("answers names only for a query without year, department or questions", () => {
    expect(namesApply(readState("?q=acme&kind=Supplier"))).toBe(true);
    expect(namesApply(readState("?q=acme&year=2023-24"))).toBe(false);
    expect(namesApply(readState("?q=acme&questions=yes"))).toBe(false);
    expect(isEmpty(readState("?questions=yes"))).toBe(false);
    expect(namesApply(readState("?kind=Supplier"))).toBe(false);
  });
});

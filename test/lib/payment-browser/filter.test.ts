// The payments browser's filter in the address and its checked bounds.
import { describe, expect, it } from "vitest";
import {
  dayOf,
  EMPTY_FILTER,
  filterBounds,
  isoOfDay,
  poundsToMicros,
  readFilter,
  writeFilter,
} from "../../../src/lib/payment-browser/filter.ts";

describe("the filter in the address", () => {
  it("reads what it writes, leaving defaults out", () => {
    const filter = {
      ...EMPTY_FILTER,
      council: "ashvale",
      supplier: "zurich & co",
      from: "2023-04-01",
      to: "2024-03-31",
      min: "1,250.50",
      department: "waste",
      sort: "amount-desc" as const,
      page: 3,
    };
    const query = writeFilter(filter);
    expect(query).toBe(
      "?council=ashvale&supplier=zurich+%26+co&from=2023-04-01&to=2024-03-31&min=1%2C250.50&department=waste&sort=amount-desc&page=3",
    );
    expect(readFilter(query)).toEqual(filter);
    expect(writeFilter(EMPTY_FILTER)).toBe("");
    expect(readFilter("")).toEqual(EMPTY_FILTER);
  });

  it("leaves an unknown sort or a bad page at the default", () => {
    expect(readFilter("?sort=random&page=-2")).toMatchObject({ sort: "date-desc", page: 1 });
    expect(readFilter("?page=abc").page).toBe(1);
    expect(readFilter("?supplier_id=01800000").supplierId).toBe("01800000");
  });
});

describe("the filter's bounds", () => {
  it("are exact micros and day numbers", () => {
    expect(poundsToMicros("£1,250.50")).toBe(1_250_500_000);
    expect(poundsToMicros("-0.000001")).toBe(-1);
    expect(poundsToMicros("")).toBeNull();
    expect(poundsToMicros("12.3.4")).toBeNaN();
    expect(dayOf("1970-01-02")).toBe(1);
    expect(isoOfDay(dayOf("2024-02-29"))).toBe("2024-02-29");
    expect(dayOf("2023-02-29")).toBeNaN();
  });

  it("name each field that is wrong", () => {
    const { problems } = filterBounds({ ...EMPTY_FILTER, from: "31/03/2024", min: "lots", max: "" });
    expect([...problems.keys()]).toEqual(["from", "min"]);
    const crossed = filterBounds({
      ...EMPTY_FILTER,
      from: "2024-04-01",
      to: "2024-03-01",
      min: "10",
      max: "5",
    });
    expect([...crossed.problems.keys()]).toEqual(["to", "max"]);
  });
});

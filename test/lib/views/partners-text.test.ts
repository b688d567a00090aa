import { describe, expect, it } from "vitest";
import { partnersText } from "../../../src/lib/views/partners-text.ts";

const FIVE = ["Harrowmere", "Kestwick", "Fenmouth", "Ashvale", "Brackenridge"];

describe("partnersText", () => {
  it("says all N partners when every partner of three or more is listed, in any order, repeats and all", () => {
    expect(partnersText([4, 3, 2, 1, 0, 0], FIVE)).toBe("All 5 partners");
    expect(partnersText([0, 1, 2, 3, 4], FIVE, true)).toBe("all 5 partners");
  });

  it("names the councils in partnership order otherwise", () => {
    expect(partnersText([3, 0], FIVE)).toBe("Harrowmere, Ashvale");
    expect(partnersText([], FIVE)).toBe("");
    // Two partners both listed are named: "all 2 partners" says less than their names.
    expect(partnersText([1, 0], ["Alpha", "Beta"])).toBe("Alpha, Beta");
  });

  it("ignores indices that are not partners", () => {
    expect(partnersText([0, 7, -1], FIVE)).toBe("Harrowmere");
  });
});

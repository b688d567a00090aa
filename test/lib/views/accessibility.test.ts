import { describe, expect, it } from "vitest";
import { accessibilityStatement } from "../../../src/lib/views/accessibility.ts";

const councils = [
  { name: "Alpha District Council", contact_email: "foi@alpha.example", website: "https://alpha.example/" },
  { name: "Beta Borough Council", website: "https://beta.example/" },
  { name: "Gamma District Council" },
];

describe("accessibilityStatement", () => {
  it("gives the partnership's contact, each council's own, and the statement's dates", () => {
    const statement = accessibilityStatement(
      {
        accessibility: {
          contact_email: "access@vales.example",
          prepared: "2026-12-02",
          reviewed: "2027-01-15",
        },
      },
      councils,
    );
    expect(statement.contact).toBe("access@vales.example");
    expect(statement.councils).toEqual([
      { name: "Alpha District Council", email: "foi@alpha.example", website: "https://alpha.example/" },
      { name: "Beta Borough Council", website: "https://beta.example/" },
      { name: "Gamma District Council" },
    ]);
    expect(statement.dates).toBe(
      "This statement was prepared on 2 Dec 2026 and last reviewed on 15 Jan 2027.",
    );
  });

  it("leaves out what the partnership has not given", () => {
    expect(accessibilityStatement({}, councils)).toMatchObject({ contact: null, dates: null });
    expect(accessibilityStatement({ accessibility: { prepared: "2026-12-02" } }, []).dates).toBe(
      "This statement was prepared on 2 Dec 2026.",
    );
    // A review date alone does not date a statement that says nothing of when it was prepared.
    expect(accessibilityStatement({ accessibility: { reviewed: "2027-01-15" } }, []).dates).toBeNull();
  });
});

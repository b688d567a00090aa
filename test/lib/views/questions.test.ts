import { describe, expect, it } from "vitest";
import type { FlagRecord } from "../../../src/lib/dataset/flags.ts";
import { LISTED_PER_LIST } from "../../../src/lib/flags/output/ranking.ts";
import { flagHeading, informationRequest, questionLists } from "../../../src/lib/views/questions.ts";

const flag = (over: Partial<FlagRecord>): FlagRecord => ({
  id: "f",
  indicator: "spend-without-contract",
  council: "alpha",
  councils: ["alpha"],
  supplierId: "acme",
  supplier: "Acme Ltd",
  contractId: "",
  department: "",
  category: "",
  financialYear: "2024-25",
  amount: 1_000_000_000,
  score: 200,
  evidence: "the year's net spend",
  threshold: "5000",
  firstDate: "2024-04-01",
  lastDate: "2025-03-31",
  question: "Alpha paid Acme Ltd £1,000.00 with no contract. Under what arrangement?",
  rows: 2,
  paymentIds: ["p1", "p2"],
  sources: ["spend/2024-04.csv:2", "spend/2024-05.csv:7"],
  notes: "",
  ...over,
});

describe("question lists", () => {
  it("lists each flag once, under its indicator and own council, the highest score first", () => {
    const records = [
      flag({ id: "a", financialYear: "2023-24", score: 900, amount: 9 }),
      flag({ id: "b", financialYear: "2024-25", score: 100, amount: 5 }),
      flag({ id: "c", financialYear: "2024-25", score: 100, amount: -7 }),
      flag({ id: "d", council: "beta", councils: ["alpha", "beta"] }),
      flag({ id: "e", indicator: "round-numbers" }),
    ];
    const lists = questionLists(records);
    expect([...lists.keys()].sort()).toEqual([
      "round-numbers/alpha",
      "spend-without-contract/alpha",
      "spend-without-contract/beta",
    ]);
    const alpha = lists.get("spend-without-contract/alpha");
    // Equal scores: the larger figure first.
    expect(alpha?.records.map((i) => records[i]?.id)).toEqual(["a", "c", "b"]);
    expect(alpha?.total).toBe(3);
    const listed = [...lists.values()].flatMap((l) => l.records);
    expect(listed.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("lists at most 50 of a council's questions of one kind, the strongest, and counts them all", () => {
    const records = Array.from({ length: 70 }, (_, i) => flag({ id: `f${i}`, score: i }));
    const [list] = questionLists(records).values();
    expect(list?.records).toHaveLength(LISTED_PER_LIST);
    expect(list?.total).toBe(70);
    expect(list?.records[0]).toBe(69);
    expect(Math.min(...(list?.records ?? []))).toBe(20);
  });
});

describe("information request", () => {
  it("is a polite FOI Act request to the council's address, with the question, the rows and what to ask", () => {
    const request = informationRequest(
      flag({
        rows: 8,
        sources: Array.from({ length: 8 }, (_, i) => `spend/x.csv:${i + 2}`),
        paymentIds: Array.from({ length: 8 }, (_, i) => `p${i}`),
      }),
      { name: "Alpha District Council", contact_email: "foi@alpha.example" },
      "https://spend.example/data/flag_payments.csv",
    );
    expect(request.to).toBe("foi@alpha.example");
    expect(request.subject).toBe("Freedom of Information request: Acme Ltd (2024-25)");
    expect(request.mailto).toBe(`mailto:foi@alpha.example?subject=${encodeURIComponent(request.subject)}`);
    expect(request.body).toMatch(
      /^Dear Alpha District Council,\n\nI am writing to request information under the Freedom of Information Act 2000\./,
    );
    expect(request.body).toContain("Alpha paid Acme Ltd £1,000.00 with no contract.");
    expect(request.body).toContain("- spend/x.csv, line 2 (payment p0)\n");
    expect(request.body).toContain(
      "- and 3 more, listed under flag f in https://spend.example/data/flag_payments.csv",
    );
    expect(request.body).toContain(
      "1. whether a contract, framework call-off or purchase order covers this spend",
    );
    expect(request.body.trimEnd().endsWith("Yours faithfully,")).toBe(true);
  });

  it("counts every payment behind the flag, also those flags.csv could not list", () => {
    const listed = 1_300;
    const request = informationRequest(
      flag({
        rows: 2_000,
        sources: Array.from({ length: listed }, (_, i) => `spend/x.csv:${i + 2}`),
        paymentIds: Array.from({ length: listed }, (_, i) => `p${i}`),
      }),
      { name: "Alpha District Council" },
      "https://spend.example/data/flag_payments.csv",
    );
    expect(request.body).toContain("- and 1,995 more, listed under flag f in");
  });

  it("names the file, not a path on no known server, when the site's address is not set", () => {
    const request = informationRequest(
      flag({ rows: 8, sources: ["spend/x.csv:2"], paymentIds: ["p0"] }),
      { name: "Alpha District Council" },
      "/data/flag_payments.csv",
    );
    expect(request.body).toContain(
      "- and 7 more, listed under flag f in the file flag_payments.csv among this site's open data downloads",
    );
    expect(request.body).not.toContain("/data/");
  });

  it("has no mailto link when the council publishes no address", () => {
    expect(informationRequest(flag({}), { name: "Beta" }, "x").mailto).toBeNull();
  });
});

describe("a flag's heading", () => {
  it("names what the flag is about and its year, not the question and council again", () => {
    expect(flagHeading(flag({}), "Spend with no contract: Alpha")).toBe("Acme Ltd, 2024-25");
    expect(flagHeading(flag({ supplier: "Acme Ltd", category: "Waste" }), "x")).toBe(
      "Acme Ltd in Waste, 2024-25",
    );
    expect(flagHeading(flag({ supplier: "", department: "Highways" }), "x")).toBe("Highways, 2024-25");
    expect(flagHeading(flag({ supplier: "", category: "Waste" }), "x")).toBe("Waste, 2024-25");
    expect(flagHeading(flag({ supplier: "", financialYear: "" }), "Year-end spike: Alpha")).toBe(
      "Year-end spike: Alpha",
    );
  });
});

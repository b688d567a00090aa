// A contract-register entry for tests: every field filled with a neutral value, overridden as needed.
import type { RegisterEntry } from "../../src/lib/dataset/contracts.ts";
import { contractEntry } from "../../src/lib/tables/contracts.ts";

export const registerEntry = (over: Partial<RegisterEntry>): RegisterEntry =>
  contractEntry({
    id: "x",
    council: "alpha",
    title: "A contract",
    supplierId: "acme",
    supplier: "Acme Ltd",
    startDate: "2023-04-01",
    sourceFile: "contracts/register.csv",
    sourceLine: 2,
    ...over,
  });

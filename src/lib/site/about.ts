// The about page's model: how much spend each council has uncategorised, every published department
// and expense type with its comparable category and why, and whether the red flags ran (their
// thresholds are then in flags.json).
import { type MappingEntry, percentText } from "../categories/mapping.ts";
import { partnership } from "../dataset/index.ts";
import { flagsSummary } from "../dataset/questions.ts";
import { categoryMappingOf } from "./category-mapping.ts";
import { councilName } from "./partners.ts";

/** A council's uncategorised share of spend: of its departments, and of its expense types. */
export interface UncategorisedRow {
  council: string;
  /** "12.3" (a percentage), or "–" when it has no spend. */
  services: string;
  subjective: string;
  /** Whether it publishes expense types at all. */
  publishesTypes: boolean;
}

/** A published department or expense type and its category, with why. */
export interface MappedRow {
  council: string;
  /** As published, or "(blank)". */
  published: string;
  category: string;
  why: string;
  total: bigint;
}

export interface AboutPage {
  uncategorised: UncategorisedRow[];
  services: MappedRow[];
  subjective: MappedRow[];
  /** Whether the red-flags step ran (its thresholds are then in flags.json). */
  flagsRan: boolean;
  demo: boolean;
}

/** Why an entry has its category: "set in council.json", "keyword “waste”" or "no rule matched". */
export function ruleText(e: Pick<MappingEntry, "rule" | "matched">): string {
  return e.rule === "override"
    ? "set in council.json"
    : e.rule === "keyword"
      ? `keyword “${e.matched}”`
      : "no rule matched";
}

const mappedRow = (e: MappingEntry): MappedRow => ({
  council: councilName(e.council),
  published: e.published || "(blank)",
  category: e.category,
  why: ruleText(e),
  total: e.total,
});

export function aboutPage(): AboutPage {
  const mapping = categoryMappingOf();
  const services = mapping.entries.filter((e) => e.kind === "service");
  const subjective = mapping.entries.filter((e) => e.kind === "subjective");
  const publishesTypes = new Set(subjective.filter((e) => e.published !== "").map((e) => e.council));
  return {
    uncategorised: mapping.shares.map((s) => ({
      council: councilName(s.council),
      services: percentText(s.service.total, s.total) ?? "–",
      subjective: percentText(s.subjective.total, s.total) ?? "–",
      publishesTypes: publishesTypes.has(s.council),
    })),
    services: services.map(mappedRow),
    subjective: subjective.map(mappedRow),
    flagsRan: flagsSummary !== null,
    demo: partnership.demo === true,
  };
}

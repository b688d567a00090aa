// The questions page's model: what each indicator looks for, and how many of its questions are listed
// under each council (every count a link to its list); and the model of one list's page (one
// indicator, one council, by financial year, newest first, a page at a time).
import type { FlagRecord, FlagsSummary } from "../dataset/flags.ts";
import { councils } from "../dataset/index.ts";
import { flagRecords, flagsSummary } from "../dataset/questions.ts";
import { questionsPath } from "../views/links.ts";
import { pageOf, QUESTIONS_PER_PAGE, type QuestionList, questionListKey } from "../views/questions.ts";
import { councilName } from "./partners.ts";
import { questionsLists } from "./question-lists.ts";

type Indicator = FlagsSummary["indicators"][number];

/** A council with how many questions of one indicator are listed under it. */
export interface CouncilListed {
  slug: string;
  name: string;
  listed: number;
}

export interface IndicatorRow extends Indicator {
  /** Every council, in partnership order. */
  byCouncil: CouncilListed[];
  /** The councils with questions listed. */
  found: CouncilListed[];
}

export interface QuestionsPage {
  /** flags.json's summary; null when the red-flags step did not run. */
  flags: FlagsSummary | null;
  councilNames: string[];
  indicators: IndicatorRow[];
  /** Where the thresholds come from: "the data folder's flags.json" or "the defaults". */
  thresholdsFrom: string;
  /** What was left out, with its indicator's title. */
  setAside: { title: string; count: number; reason: string }[];
}

/** Questions listed under an indicator and a council (each flag is listed once, under its own council). */
const listedUnder = (indicator: string, council: string): number =>
  questionsLists().get(questionListKey(indicator, council))?.records.length ?? 0;

const definitions = (): Indicator[] => flagsSummary?.indicators ?? [];
const titleOf = (indicator: string): string =>
  definitions().find((d) => d.id === indicator)?.title ?? indicator;

export function questionsPage(): QuestionsPage {
  return {
    flags: flagsSummary,
    councilNames: councils.map((c) => c.name),
    indicators: definitions().map((d) => {
      const byCouncil = councils.map((c) => ({
        slug: c.slug,
        name: c.name,
        listed: listedUnder(d.id, c.slug),
      }));
      return { ...d, byCouncil, found: byCouncil.filter((c) => c.listed > 0) };
    }),
    thresholdsFrom:
      flagsSummary?.thresholds_from === "flags.json" ? "the data folder's flags.json" : "the defaults",
    setAside: (flagsSummary?.set_aside ?? []).map((s) => ({
      title: titleOf(s.indicator),
      count: s.count,
      reason: s.reason,
    })),
  };
}

/** One page per list and page of it (the first without a number). */
export function questionListPaths() {
  const paths = [];
  for (const list of questionsLists().values()) {
    const pages = Math.ceil(list.records.length / QUESTIONS_PER_PAGE);
    for (let p = 1; p <= pages; p++)
      paths.push({
        params: { indicator: list.indicator, council: list.council, page: p === 1 ? undefined : String(p) },
      });
  }
  return paths;
}

const yearLabel = (year: string): string => (year === "" ? "No financial year" : year);

export interface QuestionListPage {
  indicator: string;
  council: string;
  page: number;
  pages: number;
  /** The indicator's title ("Possible duplicate payments"), and the page's heading and title. */
  title: string;
  heading: string;
  pageTitle: string;
  description: string;
  /** Questions in the list. */
  questionCount: number;
  definition: Indicator | undefined;
  /** The indicators with questions about this council, and the councils with questions of this indicator. */
  otherIndicators: { id: string; title: string }[];
  otherCouncils: { slug: string; name: string }[];
  /** Each financial year of the list with its questions, and the link to where it starts. */
  years: { label: string; count: number; href: string }[];
  /** The year carried over from the page before ("2024-25 (continued)"), if any. */
  continued: string | undefined;
  /** The questions on this page, each with the heading of the year it starts, if it starts one. */
  items: { record: FlagRecord; yearStart: { id: string; label: string } | undefined }[];
}

export function questionListPage(indicator: string, council: string, page: number): QuestionListPage {
  const lists = questionsLists();
  const list = lists.get(questionListKey(indicator, council)) as QuestionList;
  const from = (page - 1) * QUESTIONS_PER_PAGE;
  const shown = list.records.slice(from, from + QUESTIONS_PER_PAGE).map((i) => flagRecords[i] as FlagRecord);
  const definition = definitions().find((d) => d.id === indicator);
  const title = definition?.title ?? indicator;
  const heading = `${title}: ${councilName(council)}`;
  /** Positions on this page where a new financial year starts (its heading goes before that flag). */
  const yearAt = new Map(
    list.yearStarts
      .filter((y) => y.at >= from && y.at < from + QUESTIONS_PER_PAGE)
      .map((y) => [y.at - from, y.year]),
  );
  const first = shown[0];
  return {
    indicator,
    council,
    page,
    pages: Math.ceil(list.records.length / QUESTIONS_PER_PAGE),
    title,
    heading,
    pageTitle: page > 1 ? `${heading} (page ${page})` : heading,
    description: `Questions worth asking about ${councilName(council)}'s payments: ${title.toLowerCase()}.`,
    questionCount: list.records.length,
    definition,
    otherIndicators: definitions()
      .filter((d) => lists.has(questionListKey(d.id, council)))
      .map((d) => ({ id: d.id, title: d.title })),
    otherCouncils: councils
      .filter((c) => lists.has(questionListKey(indicator, c.slug)))
      .map((c) => ({ slug: c.slug, name: c.name })),
    years: list.yearStarts.map((y, k) => ({
      label: yearLabel(y.year),
      count: (list.yearStarts[k + 1]?.at ?? list.records.length) - y.at,
      href: questionsPath(indicator, council, pageOf(y.at), `year-${y.year || "none"}`),
    })),
    continued: first !== undefined && !yearAt.has(0) ? yearLabel(first.financialYear) : undefined,
    items: shown.map((record, k) => {
      const year = yearAt.get(k);
      return {
        record,
        yearStart: year === undefined ? undefined : { id: `year-${year || "none"}`, label: yearLabel(year) },
      };
    }),
  };
}

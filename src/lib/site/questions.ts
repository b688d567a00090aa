// The questions page's model: what each indicator looks for, and how many of its questions there are
// about each council (every count a link to its list); and the model of one list's page (one
// indicator, one council, the strongest questions first, at most LISTED_PER_LIST of them).
import type { FlagRecord, FlagsSummary } from "../dataset/flags.ts";
import { councils } from "../dataset/index.ts";
import { flagRecords, flagsSummary } from "../dataset/questions.ts";
import { FLAG_PAYMENTS_MIN_SCORE, LISTED_PER_LIST } from "../flags/output/ranking.ts";
import { dataPath } from "../views/links.ts";
import { type QuestionList, questionListKey } from "../views/questions.ts";
import { councilName } from "./partners.ts";
import { questionsLists } from "./question-lists.ts";

type Indicator = FlagsSummary["indicators"][number];

/** A council with how many questions of one indicator there are about it. */
export interface CouncilListed {
  slug: string;
  name: string;
  /** Questions in flags.csv (the strongest LISTED_PER_LIST of them listed on its page). */
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
  /** Most questions listed per indicator and council. */
  perList: number;
  /** The score from which a question's payments are in flag_payments.csv though not listed. */
  paymentsFloor: number;
}

/** Questions of an indicator about a council (each flag counts once, under its own council). */
const listedUnder = (indicator: string, council: string): number =>
  questionsLists().get(questionListKey(indicator, council))?.total ?? 0;

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
    perList: LISTED_PER_LIST,
    paymentsFloor: FLAG_PAYMENTS_MIN_SCORE,
  };
}

/** One page per list. */
export function questionListPaths() {
  return [...questionsLists().values()].map((list) => ({
    params: { indicator: list.indicator, council: list.council },
  }));
}

export interface QuestionListPage {
  indicator: string;
  council: string;
  /** The indicator's title ("Possible duplicate payments"), and the page's heading. */
  title: string;
  heading: string;
  description: string;
  /** Questions of this indicator about this council in flags.csv, and how many are listed here. */
  questionCount: number;
  listed: number;
  /** Where the others are: flags.csv, with every question's score. */
  download: string;
  definition: Indicator | undefined;
  /** The indicators with questions about this council, and the councils with questions of this indicator. */
  otherIndicators: { id: string; title: string }[];
  otherCouncils: { slug: string; name: string }[];
  /** The questions listed, strongest first. */
  items: FlagRecord[];
}

export function questionListPage(indicator: string, council: string): QuestionListPage {
  const lists = questionsLists();
  const list = lists.get(questionListKey(indicator, council)) as QuestionList;
  const items = list.records.map((i) => flagRecords[i] as FlagRecord);
  const definition = definitions().find((d) => d.id === indicator);
  const title = definition?.title ?? indicator;
  return {
    indicator,
    council,
    title,
    heading: `${title}: ${councilName(council)}`,
    description: `Questions worth asking about ${councilName(council)}'s payments: ${title.toLowerCase()}, the strongest first.`,
    questionCount: list.total,
    listed: items.length,
    download: dataPath("flags.csv"),
    definition,
    otherIndicators: definitions()
      .filter((d) => lists.has(questionListKey(d.id, council)))
      .map((d) => ({ id: d.id, title: d.title })),
    otherCouncils: councils
      .filter((c) => lists.has(questionListKey(indicator, c.slug)))
      .map((c) => ({ slug: c.slug, name: c.name })),
    items,
  };
}

// /questions/: each council's strongest questions of each indicator (at most LISTED_PER_LIST, by score:
// pounds at stake × strength of evidence; the rest are in flags.csv), each listed once, on the page of
// its indicator and council (links between indicators and councils work without JavaScript), and for
// each flag a polite Freedom of Information request, pre-filled with the council's contact and the rows.
import type { FlagRecord } from "../dataset/flags.ts";
import { LISTED_PER_LIST, listKey, rankedLists } from "../flags/output/ranking.ts";

/** Rows listed with a flag on the page and in a request; all are in flag_payments.csv. */
export const ROWS_SHOWN = 5;

/** One indicator's questions about one council: the strongest listed, and how many there are in all. */
export interface QuestionList {
  indicator: string;
  council: string;
  /** Indexes into the records of the questions listed, strongest first. */
  records: number[];
  /** Questions of this indicator about this council in flags.csv. */
  total: number;
}

export const questionListKey = listKey;

/** Every flag in one list, by its indicator and its own council; the strongest listed. */
export function questionLists(records: readonly FlagRecord[]): Map<string, QuestionList> {
  const ranked = rankedLists(records, (r) => r);
  const lists = new Map<string, QuestionList>();
  for (const [key, list] of ranked)
    lists.set(key, {
      indicator: list.indicator,
      council: list.council,
      records: list.ranked.slice(0, LISTED_PER_LIST),
      total: list.ranked.length,
    });
  return lists;
}

/**
 * A flag's heading on its question page (whose title already names the question and the council):
 * what it is about (the supplier, in a category for a concentration; else the department or the
 * category) and its year, so that a list of flags reads as a list of suppliers.
 */
export function flagHeading(
  r: Pick<FlagRecord, "supplier" | "department" | "category" | "financialYear">,
  fallback: string,
): string {
  const subject =
    r.supplier && r.category ? `${r.supplier} in ${r.category}` : r.supplier || r.department || r.category;
  const about = subject || fallback;
  return r.financialYear ? `${about}, ${r.financialYear}` : about;
}

/** The questions to ask for each indicator, in the request. */
const ASKS: Record<string, string[]> = {
  "duplicate-payment": [
    "whether each of these payments was for a separate invoice, and if so the invoice numbers and what each was for;",
    "if any was paid twice in error, whether the money has been recovered.",
  ],
  "identical-record": [
    "whether these records are one payment or several;",
    "if one, whether the published file will be corrected.",
  ],
  "threshold-bunching": [
    "what these payments were for, and whether they were ordered separately or as parts of a larger purchase;",
    "which contract, framework or purchase orders cover them.",
  ],
  "spend-without-contract": [
    "whether a contract, framework call-off or purchase order covers this spend, and if so its reference, value and dates;",
    "if none does, how the supplier was chosen.",
  ],
  "spend-beyond-contract": [
    "whether the contract was varied or extended, and if so its current value and end date;",
    "what the payments beyond its value or term were for.",
  ],
  "supplier-concentration": [
    "how this supplier was chosen for this service, and when the arrangement is next due to be re-tendered.",
  ],
  "large-first-payment": [
    "what this first payment was for, and under which contract or purchase order it was made.",
  ],
  "year-end-spike": [
    "what the March payments in this department were for, and whether any were paid in advance of need.",
  ],
  "round-numbers": [
    "what these payments were for (fees, grants, stage payments or other), and the agreement behind them.",
  ],
};

export interface InformationRequest {
  to: string;
  subject: string;
  body: string;
  /** mailto: link with the subject (the body is shown to copy), or null when the council publishes no address. */
  mailto: string | null;
}

/**
 * Where a request says the rest of the payments are: the file's address when the site knows its own
 * (SITE_URL), else the file by name: a path such as /data/flag_payments.csv means nothing in an email.
 */
const whereListed = (url: string): string =>
  /^https?:\/\//.test(url) ? url : "the file flag_payments.csv among this site's open data downloads";

/** A polite Freedom of Information Act 2000 request about one flag. */
export function informationRequest(
  record: FlagRecord,
  council: { name: string; contact_email?: string | undefined; website?: string | undefined },
  flagPaymentsUrl: string,
): InformationRequest {
  const rows = record.sources.slice(0, ROWS_SHOWN).map((source, i) => {
    const [file, line] = source.split(":");
    return `- ${file}, line ${line} (payment ${record.paymentIds[i] ?? "?"})`;
  });
  const more = record.rows - rows.length;
  const asks = ASKS[record.indicator] ?? ["what these payments were for."];
  const body = [
    `Dear ${council.name},`,
    "",
    "I am writing to request information under the Freedom of Information Act 2000.",
    "",
    `Your published spending data raises a question I would like to understand: ${record.question}`,
    "",
    "The records concerned, in the files you published:",
    ...rows,
    ...(more > 0
      ? [
          `- and ${more.toLocaleString("en-GB")} more, listed under flag ${record.id} in ${whereListed(flagPaymentsUrl)}`,
        ]
      : []),
    "",
    "Please could you tell me:",
    ...asks.map((a, i) => `${i + 1}. ${a}`),
    "",
    "There may well be a simple explanation, and I would be grateful for it. If any of this is already published, a link would be enough.",
    "",
    "Yours faithfully,",
  ].join("\n");
  const subject = `Freedom of Information request: ${record.supplier || record.department || "payments"} (${record.financialYear || record.firstDate})`;
  const to = council.contact_email ?? "";
  return {
    to,
    subject,
    body,
    mailto: to === "" ? null : `mailto:${to}?subject=${encodeURIComponent(subject)}`,
  };
}

// A contract page's model: its title and summary sentences, the spend during its term against its
// value (with how much of the term the published payments cover), its register's placeholders in
// words, its questions and its charts; and data/contract-spend.csv, every contract's term spend.
import type { ContractRecord } from "../dataset/contracts.ts";
import type { FlagRecord } from "../dataset/flags.ts";
import {
  contracts,
  listedContracts,
  noticeById,
  ocdsByEntry,
  payments,
  rowsBySupplier,
  supplierById,
} from "../dataset/index.ts";
import { isNoticeContract } from "../dataset/notice-contracts.ts";
import { flagsOfContract } from "../dataset/questions.ts";
import { formatDate } from "../format.ts";
import { formatDecimal, formatPoundsShort } from "../money.ts";
import type { OcdsContract } from "../ocds/model.ts";
import type { ChartEntry } from "../published-charts/entry.ts";
import { type ContractView, contractView, registerNotes, termCoverage } from "../views/contract.ts";
import { contractSourceRows, noticeSourceRows, type SourceRow } from "../views/contract-sources.ts";
import { contractSpendCsv } from "../views/contract-spend-csv.ts";
import { chartOf } from "./charts.ts";
import { councilList, councilSpans } from "./partners.ts";

export interface ContractPage {
  contract: ContractRecord;
  view: ContractView;
  /** Its title, else its reference, else "Untitled contract". */
  title: string;
  /** Let by one partner for several. */
  joint: boolean;
  /** The page's description, and the search result's summary and value (decimal pounds). */
  description: string;
  searchSummary: string;
  searchValue: string;
  /** "payments from 1 Apr 2022 to 31 Mar 2030": what the term spend counts. */
  period: string;
  /** How much of the term the published payments cover ("" when all of it). */
  coverage: string;
  /** ": 12.5% of the contract's total value", or "" when its value is not known. */
  share: string;
  /** The register's placeholders in words. */
  notes: string[];
  /** "Yes", "No" or "not stated". */
  sme: string;
  vcse: string;
  flags: FlagRecord[];
  /** Each partner's share (a joint contract), and the spend to date month by month. */
  shares: ChartEntry | undefined;
  toDate: ChartEntry | undefined;
  /** The same contract as a council published it in OCDS, and the two sources side by side. */
  notice: OcdsContract | undefined;
  sourceRows: SourceRow[];
  /** Published only as an OCDS notice: no council's register lists it. */
  noticeOnly: boolean;
  /** The suppliers the notice names, each with its page's id when the site knows the supplier. */
  noticeSuppliers: NoticeSupplier[];
}

export interface NoticeSupplier {
  name: string;
  /** "" when the site has no page for it. */
  supplierId: string;
  companyNumber: string;
}

/** The suppliers of a notice's first award. */
export function noticeSuppliersOf(notice: OcdsContract, known: (id: string) => boolean): NoticeSupplier[] {
  return (notice.awards[0]?.suppliers ?? []).map((s) => ({
    name: s.name ?? "Supplier not named",
    supplierId: s.supplier_id && known(s.supplier_id) ? s.supplier_id : "",
    companyNumber: s.company_number ?? "",
  }));
}

/** One page per contract: the registers' contracts, then those published only as notices. */
export const contractPaths = () =>
  listedContracts.map((contract) => ({ params: { id: contract.id }, props: { contract } }));

const yesNo = (v: boolean | null): string => (v === null ? "not stated" : v ? "Yes" : "No");

/** What the term spend counts: "payment", "payments from 1 Apr 2022 to 31 Mar 2030", "… onwards (no end date published)". */
export function termPeriod(count: number, from: string, to: string): string {
  return [
    count === 1 ? "payment" : "payments",
    from ? `from ${formatDate(from)}` : "",
    to ? `to ${formatDate(to)}` : from ? "onwards (no end date published)" : "",
  ]
    .filter((part) => part !== "")
    .join(" ");
}

const viewOf = (contract: ContractRecord): ContractView =>
  contractView(contract, { payments, rowsBySupplier });

export function contractPage(contract: ContractRecord): ContractPage {
  const view = viewOf(contract);
  const noticeOnly = isNoticeContract(contract);
  const notice = noticeOnly
    ? noticeById.get(contract.id)
    : contract.entries.map((e) => ocdsByEntry.get(e.id)).find((n) => n !== undefined);
  const title = contract.title || contract.reference || "Untitled contract";
  const joint = contract.councils.length > 1;
  const value = contract.totalValue === null ? "value not stated" : formatPoundsShort(contract.totalValue);
  return {
    contract,
    view,
    title,
    joint,
    description: `${title}: ${value}, ${contract.supplier}, ${councilList(contract.councils, true)}.`,
    searchSummary: `${value} · ${contract.supplier} · ${councilList(contract.councils)}`,
    searchValue: contract.totalValue === null ? "0" : formatDecimal(contract.totalValue),
    period: termPeriod(view.termSpend.count, view.termFrom, view.termTo),
    coverage: termCoverage(view.termFrom, view.termTo, contract.councils, councilSpans),
    share: view.shareOfValue === null ? "" : `: ${view.shareOfValue}% of the contract's total value`,
    notes: registerNotes(contract.notes),
    sme: yesNo(contract.sme),
    vcse: yesNo(contract.vcse),
    flags: flagsOfContract(contract.id),
    shares: joint ? chartOf(`joint-contract/${contract.id}`) : undefined,
    toDate: chartOf(`contract/${contract.id}`),
    notice,
    sourceRows: notice ? (noticeOnly ? noticeSourceRows(notice) : contractSourceRows(contract, notice)) : [],
    noticeOnly,
    noticeSuppliers: notice && noticeOnly ? noticeSuppliersOf(notice, (id) => supplierById.has(id)) : [],
  };
}

/** data/contract-spend.csv. */
export const contractSpendCsvText = (): string => contractSpendCsv(contracts, viewOf);

// A contract published both in a council's register and as an OCDS notice: each field as each source
// publishes it, side by side, with where it was read (register file and line; OCDS file and JSON
// pointer), and whether the two differ. Differences are shown, never settled in favour of one source.
import type { ContractRecord } from "../dataset/contracts.ts";
import { formatDate } from "../format.ts";
import { formatPounds } from "../money.ts";
import type { MergedField, OcdsContract, Traced } from "../ocds/model.ts";

export interface SourcedValue {
  text: string;
  /** Register: the file and line; notice: the file and the JSON pointer inside it. */
  file: string;
  line?: number;
  pointer?: string;
}

export interface SourceRow {
  field: string;
  register: SourcedValue | null;
  notice: SourcedValue | null;
  /** Earlier values another release of the notice published (file#pointer each). */
  earlier: SourcedValue[];
  differs: boolean;
}

const yesNo = (v: boolean) => (v ? "Yes" : "No");
const day = (iso: string) => formatDate(iso.slice(0, 10));

function noticeValue<T>(field: Traced<T> | null | undefined, text: (v: T) => string): SourcedValue | null {
  if (!field) return null;
  // "ocds/a.json#/releases/3/…", or for JSON lines "ocds/a.jsonl:4#/awards/0/…" (line, then pointer)
  const hash = field.at.indexOf("#");
  const [, file, line] = /^(.*?)(:\d+)?$/.exec(field.at.slice(0, hash)) as RegExpExecArray;
  return { text: text(field.value), file: file as string, pointer: `${line ?? ""}${field.at.slice(hash)}` };
}

/** The rows of the side-by-side table for a register contract and its notice. */
export function contractSourceRows(contract: ContractRecord, notice: OcdsContract): SourceRow[] {
  const entry = contract.entries.find((e) => e.council === notice.council) ?? contract;
  const reg = (text: string): SourcedValue | null =>
    text === "" ? null : { text, file: entry.sourceFile, line: entry.sourceLine };
  const award = notice.awards[0];
  const supplier = award?.suppliers[0];
  const rows: [
    string,
    SourcedValue | null,
    MergedField<unknown> | Traced<unknown> | null | undefined,
    (v: never) => string,
  ][] = [
    ["Title", reg(entry.title), notice.title, (v: string) => v],
    ["Reference", reg(entry.reference), notice.reference, (v: string) => v],
    [
      "Supplier",
      reg(entry.supplier),
      supplier?.name ? { value: supplier.name, at: award?.at ?? "" } : null,
      (v: string) => v,
    ],
    [
      "Total value",
      reg(entry.totalValue === null ? "" : formatPounds(entry.totalValue)),
      award?.value ?? notice.tender_value,
      (v: { micros: number }) => formatPounds(v.micros),
    ],
    [
      "Start",
      reg(formatDate(entry.startDate)),
      award?.start_date ?? notice.start_date,
      (v: string) => day(v),
    ],
    ["End", reg(formatDate(entry.endDate)), award?.end_date ?? notice.end_date, (v: string) => day(v)],
    [
      "SME",
      reg(entry.sme === null ? "" : yesNo(entry.sme)),
      supplier?.scale,
      (v: string) => (v === "sme" || v === "micro" || v === "small" || v === "medium" ? "Yes" : "No"),
    ],
    ["VCSE", reg(entry.vcse === null ? "" : yesNo(entry.vcse)), supplier?.vcse, (v: boolean) => yesNo(v)],
  ];
  return rows.map(([field, register, traced, text]) => {
    const notice = noticeValue(traced, text as (v: unknown) => string);
    const earlier = ((traced as MergedField<unknown> | null | undefined)?.earlier ?? []).map(
      (e) => noticeValue(e, text as (v: unknown) => string) as SourcedValue,
    );
    const differs =
      register !== null && notice !== null && register.text.toLowerCase() !== notice.text.toLowerCase();
    return { field, register, notice, earlier, differs };
  });
}

type NoticeField = [string, MergedField<unknown> | Traced<unknown> | null | undefined, (v: never) => string];

const text = (v: string) => v;
const money = (v: { micros: number }) => formatPounds(v.micros);
const scaleText = (v: string) => v;

/** The rows of a notice-only contract's source table: each field the notice publishes, with its pointer. */
export function noticeSourceRows(notice: OcdsContract): SourceRow[] {
  const award = notice.awards[0];
  const suppliers = award?.suppliers ?? [];
  const many = suppliers.length > 1;
  const rows: NoticeField[] = [
    ["Title", notice.title, text],
    ["Description", notice.description, text],
    ["Reference", notice.reference, text],
    ["Buyer", notice.buyer, text],
    ...suppliers.flatMap((s, i): NoticeField[] => {
      const label = many ? `Supplier ${i + 1}` : "Supplier";
      return [
        [label, s.name ? { value: s.name, at: award?.at ?? "" } : null, text],
        [`${label}: scale`, s.scale, scaleText],
        [`${label}: VCSE`, s.vcse, (v: boolean) => yesNo(v)],
        [`${label}: postcode`, s.postcode, text],
      ];
    }),
    ["Award value", award?.value, money],
    ["Tender value", notice.tender_value, money],
    ["Awarded", award?.date, (v: string) => day(v)],
    ["Start", award?.start_date ?? notice.start_date, (v: string) => day(v)],
    ["End", award?.end_date ?? notice.end_date, (v: string) => day(v)],
    ["Suitable for SMEs", notice.suitable_sme, (v: boolean) => yesNo(v)],
    ["Suitable for VCSEs", notice.suitable_vcse, (v: boolean) => yesNo(v)],
    ["Category", notice.category, text],
  ];
  return rows.flatMap(([field, traced, format]) => {
    const value = noticeValue(traced, format as (v: unknown) => string);
    if (!value) return [];
    const earlier = ((traced as MergedField<unknown> | null | undefined)?.earlier ?? []).map(
      (e) => noticeValue(e, format as (v: unknown) => string) as SourcedValue,
    );
    return [{ field, register: null, notice: value, earlier, differs: false }];
  });
}

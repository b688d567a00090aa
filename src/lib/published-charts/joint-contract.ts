// A joint contract: each partner's share of the payments to its supplier during the term, and of
// the value where the partners' registers publish their own parts.

import { describeBars } from "../charts/describe.ts";
import { drawn } from "../charts/drawing.ts";
import { barTable, withColumns } from "../charts/table.ts";
import type { ContractRecord } from "../dataset/contracts.ts";
import { formatDecimal, formatPounds, formatPoundsShort } from "../money.ts";
import { plain } from "../tables/csv-write.ts";
import { type ChartEntry, chartDomId } from "./entry.ts";
import { shareText } from "./shares.ts";

export interface JointContractInput {
  contract: ContractRecord;
  /** Payments to the supplier by each partner during the term (from contractView). */
  termByCouncil: readonly { key: string; total: bigint; count: number }[];
  councilName: (slug: string) => string;
  hostPath: string;
}

/** Each partner's own register value, when the registers publish parts that differ (else null: the split is not published). */
export function valueParts(contract: ContractRecord): Map<string, bigint> | null {
  const parts = new Map<string, bigint>();
  for (const e of contract.entries) if (e.totalValue !== null) parts.set(e.council, BigInt(e.totalValue));
  const distinct = new Set(parts.values());
  return parts.size >= 2 && distinct.size >= 2 ? parts : null;
}

/** A share as a plain CSV number ("34.5"), or empty. */
const percentCell = (part: bigint, whole: bigint) => {
  const share = shareText(part, whole);
  return share === null ? null : plain(share.slice(0, -1));
};

export function jointContractEntry(input: JointContractInput): ChartEntry {
  const { contract } = input;
  const paid = new Map(input.termByCouncil.map((t) => [t.key, t]));
  const totalPaid = input.termByCouncil.reduce((a, t) => a + t.total, 0n);
  const parts = valueParts(contract);
  const totalValue = parts ? [...parts.values()].reduce((a, v) => a + v, 0n) : null;
  const rows = contract.councils.map((slug) => ({
    slug,
    label: input.councilName(slug),
    micros: paid.get(slug)?.total ?? 0n,
    count: paid.get(slug)?.count ?? 0,
    value: parts?.get(slug) ?? null,
  }));
  const id = `joint-contract/${contract.id}`;
  const title = `${contract.title}: each partner's share of the payments`;
  const data = rows.map((r) => ({
    label: r.label,
    value: Number(r.micros) / 1e6,
    display: `${formatPoundsShort(r.micros)} (${shareText(r.micros, totalPaid) ?? "–"})`,
  }));
  const table = barTable(title, "Council", "Paid during the term", data, {
    exact: rows.map((r) => formatPounds(r.micros)),
  });
  const notes =
    parts === null
      ? [
          contract.totalValue !== null
            ? `The registers give the whole contract's value, ${formatPounds(contract.totalValue)}; how it splits between partners is not published.`
            : "No contract value is published.",
        ]
      : [];
  return {
    id,
    title,
    caption: `Payments to ${contract.supplier} by each partner between the contract's start and end dates, and each partner's share of them. Recharges between partners are not included.`,
    hostPath: input.hostPath,
    ...drawn({ kind: "bars", options: { id: chartDomId(id), title, desc: describeBars(rows), data } }),
    table: withColumns(
      table,
      ["Share of payments", "Value in its register", "Share of value"],
      rows.map((row) => [
        shareText(row.micros, totalPaid) ?? "–",
        row.value === null ? "–" : formatPounds(row.value),
        row.value === null || totalValue === null ? "–" : (shareText(row.value, totalValue) ?? "–"),
      ]),
    ),
    csv: {
      header: [
        "contract_id",
        "council",
        "council_name",
        "paid_during_term",
        "payments",
        "share_of_payments_percent",
        "register_value",
      ],
      rows: rows.map((r) => [
        contract.id,
        r.slug,
        r.label,
        plain(formatDecimal(r.micros)),
        r.count,
        percentCell(r.micros, totalPaid),
        r.value === null ? null : plain(formatDecimal(r.value)),
      ]),
    },
    councils: rows.map((r) => r.slug),
    notes,
  };
}

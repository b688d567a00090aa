// Fenmouth's procurement-card files: small payments, masked card suffixes, and the typos real
// p-card listings carry (an impossible date, VARIOUS as a date, a REDACTED amount).
import type { DemoCouncil } from "./catalogue.ts";
import { plainAmount, q } from "./formats.ts";
import { monthAt } from "./payments.ts";
import type { Random } from "./random.ts";

const MERCHANTS = [
  "Zurich Insurance Plc (****6799)",
  "Amazon Marketplace (****1142)",
  "Trainline (****6799)",
  "Vale Hardware Supplies",
  "Café Rouge Catering",
  "Post Office Counters (****1142)",
  "Parkway Car Parks",
];

/** Writes the p-card file of one quarter (Fenmouth only); returns how many files it wrote. */
export function pcardFile(
  council: DemoCouncil,
  _dir: string,
  quarter: string,
  lastMonthIndex: number,
  rng: Random,
  write: (name: string, text: string) => void,
): number {
  if (council.slug !== "fenmouth") return 0;
  const lines = ["Transaction Date,Merchant Name,Amount,Service Area,Transaction Number"];
  const count = rng.int(25, 45);
  for (let i = 0; i < count; i++) {
    const { year, month } = monthAt(lastMonthIndex - rng.int(0, 2));
    let date = `${String(rng.int(1, 28)).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
    let amount = plainAmount(rng.int(3, 480) * 1_000_000 + rng.int(0, 99) * 10_000);
    if (quarter === "2023-24-q2" && i === 3) date = "15/0/72014";
    if (quarter === "2023-24-q2" && i === 7) date = "VARIOUS";
    if (quarter === "2024-25-q1" && i === 5) amount = "REDACTED";
    lines.push(
      [
        date,
        q(rng.pick(MERCHANTS)),
        amount,
        rng.pick(["Corporate", "Leisure & Culture", "Housing"]),
        `PC${quarter.replace(/-/g, "")}${String(i).padStart(3, "0")}`,
      ].join(","),
    );
  }
  write(`pcard-${quarter}.csv`, `${lines.join("\r\n")}\r\n`);
  return 1;
}

// What the /payments/ browser is asked for, read from and written to the page's query string, so a
// view can be shared and restored: ?council=ashvale&supplier=zurich&from=2023-04-01&to=2024-03-31
// &min=500&max=25000&department=waste&type=fuel&sort=amount-desc&page=2
import { microsOf } from "../tables/decimal.ts";

export const SORTS = ["date-desc", "date-asc", "amount-desc", "amount-asc"] as const;
export type PaymentSort = (typeof SORTS)[number];

export interface PaymentFilter {
  /** A council's slug, "" for every council. */
  council: string;
  /** Words of a supplier's name, looked up in the site's name index. */
  supplier: string;
  /** One supplier's id exactly (a supplier page links here with it). */
  supplierId: string;
  /** ISO dates, inclusive; "" when open. */
  from: string;
  to: string;
  /** Decimal pounds, inclusive; "" when open. */
  min: string;
  max: string;
  /** Words the department (expense_area) must contain. */
  department: string;
  /** Words the expense type must contain. */
  type: string;
  sort: PaymentSort;
  /** 1-based page of results. */
  page: number;
}

export const EMPTY_FILTER: PaymentFilter = {
  council: "",
  supplier: "",
  supplierId: "",
  from: "",
  to: "",
  min: "",
  max: "",
  department: "",
  type: "",
  sort: "date-desc",
  page: 1,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = (value: string | null, most = 200): string => (value ?? "").trim().slice(0, most);

/** A filter from a query string; anything malformed is left open (and reported by `filterProblems`). */
export function readFilter(search: string): PaymentFilter {
  const params = new URLSearchParams(search);
  const sort = params.get("sort") ?? "";
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    council: text(params.get("council"), 100),
    supplier: text(params.get("supplier")),
    supplierId: text(params.get("supplier_id")),
    from: text(params.get("from"), 10),
    to: text(params.get("to"), 10),
    min: text(params.get("min"), 30),
    max: text(params.get("max"), 30),
    department: text(params.get("department")),
    type: text(params.get("type")),
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as PaymentSort) : "date-desc",
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

/** The query string of a filter ("" when nothing is asked for); defaults are left out. */
export function writeFilter(filter: PaymentFilter): string {
  const params = new URLSearchParams();
  const add = (name: string, value: string) => {
    if (value !== "") params.set(name, value);
  };
  add("council", filter.council);
  add("supplier", filter.supplier);
  add("supplier_id", filter.supplierId);
  add("from", filter.from);
  add("to", filter.to);
  add("min", filter.min);
  add("max", filter.max);
  add("department", filter.department);
  add("type", filter.type);
  if (filter.sort !== "date-desc") params.set("sort", filter.sort);
  if (filter.page > 1) params.set("page", String(filter.page));
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

/** Pounds typed as "1,250.50", "£1250.5" or "-40" → exact micros; null when empty, NaN when not a number. */
export function poundsToMicros(typed: string): number | null {
  const cleaned = typed.replace(/[£,\s]/g, "");
  if (cleaned === "") return null;
  return microsOf(cleaned);
}

/** The bounds a filter sets, checked: exact micros, ISO day numbers (days since 1970-01-01). */
export interface FilterBounds {
  fromDay: number | null;
  toDay: number | null;
  minMicros: number | null;
  maxMicros: number | null;
}

/** Days since 1970-01-01 of an ISO date; NaN when it is not a real date. */
export function dayOf(iso: string): number {
  if (!ISO_DATE.test(iso)) return Number.NaN;
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== iso) return Number.NaN;
  return time / 86_400_000;
}

/** The ISO date of a day number. */
export const isoOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The filter's bounds and, per field, what is wrong with it (field name → message). */
export function filterBounds(filter: PaymentFilter): { bounds: FilterBounds; problems: Map<string, string> } {
  const problems = new Map<string, string>();
  const day = (field: "from" | "to"): number | null => {
    if (filter[field] === "") return null;
    const value = dayOf(filter[field]);
    if (Number.isNaN(value)) {
      problems.set(field, "Enter a date as year-month-day, for example 2024-03-31.");
      return null;
    }
    return value;
  };
  const pounds = (field: "min" | "max"): number | null => {
    const value = poundsToMicros(filter[field]);
    if (value !== null && Number.isNaN(value)) {
      problems.set(field, "Enter an amount in pounds, for example 1250.50.");
      return null;
    }
    return value;
  };
  const bounds = {
    fromDay: day("from"),
    toDay: day("to"),
    minMicros: pounds("min"),
    maxMicros: pounds("max"),
  };
  if (bounds.fromDay !== null && bounds.toDay !== null && bounds.fromDay > bounds.toDay)
    problems.set("to", "The end date is before the start date.");
  if (bounds.minMicros !== null && bounds.maxMicros !== null && bounds.minMicros > bounds.maxMicros)
    problems.set("max", "The largest amount is below the smallest.");
  return { bounds, problems };
}

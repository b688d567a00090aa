// Typed reads of a release's fields, each naming its JSON pointer when the type is wrong, and the JSON
// parse that keeps every amount as its published digits (never through a double).
import { parseAmount } from "../../money.ts";
import type { OcdsMoney, Traced } from "../../ocds/model.ts";

/** An amount as published (the number's own digits), kept by the parse reviver. */
export class JsonAmount {
  readonly source: string;
  constructor(source: string) {
    this.source = source;
  }
}

/** An unescaped "amount" key and the number after it (inside a JSON string a quote is always escaped). */
const AMOUNT_NUMBER = /("amount"\s*:\s*)(-?\d[\d.eE+-]*)/g;
const AMOUNT_MARK = "\u0000amount:";
/** The mark as written in JSON text (an escaped NUL: a raw one is not allowed in a JSON string). */
const AMOUNT_MARK_JSON = "\\u0000amount:";

/**
 * JSON.parse that keeps every `amount` number as its digits (JsonAmount): the numbers are first marked
 * as text, which is far faster than a reviver called on every value.
 */
export function parseReleaseText(text: string): unknown {
  const marked = text.includes('"amount"') ? text.replace(AMOUNT_NUMBER, `$1"${AMOUNT_MARK_JSON}$2"`) : text;
  const value = JSON.parse(marked);
  return marked === text ? value : restoreAmounts(value);
}

/** Turns the marked amount strings back into JsonAmount, in place. */
function restoreAmounts(value: unknown): unknown {
  if (typeof value === "string")
    return value.startsWith(AMOUNT_MARK) ? new JsonAmount(value.slice(AMOUNT_MARK.length)) : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = restoreAmounts(value[i]);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === "object" && item !== null) restoreAmounts(item);
      else if (key === "amount" && typeof item === "string" && item.startsWith(AMOUNT_MARK))
        record[key] = new JsonAmount(item.slice(AMOUNT_MARK.length));
    }
  }
  return value;
}

export class WrongType extends Error {}

export type Json = Record<string, unknown>;

const describe = (value: unknown): string =>
  value === null
    ? "null"
    : Array.isArray(value)
      ? "an array"
      : value instanceof JsonAmount
        ? `the number ${value.source}`
        : typeof value === "string"
          ? `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
          : `${typeof value === "object" ? "an" : "a"} ${typeof value}`;

/** Reads typed fields of one release, naming the pointer of the first that has the wrong type. */
export class FieldReader {
  private readonly base: string;
  constructor(base: string) {
    this.base = base;
  }

  at(path: string): string {
    return `${this.base}${path}`;
  }

  private wrong(path: string, expected: string, value: unknown): never {
    throw new WrongType(`${path}: expected ${expected}, found ${describe(value)}`);
  }

  object(value: unknown, path: string): Json | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== "object" || Array.isArray(value) || value instanceof JsonAmount)
      this.wrong(path, "an object", value);
    return value as Json;
  }

  array(value: unknown, path: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.wrong(path, "an array", value);
    return value;
  }

  string(value: unknown, path: string): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value === "number" || value instanceof JsonAmount)
      return String(value instanceof JsonAmount ? value.source : value);
    if (typeof value !== "string") this.wrong(path, "text", value);
    return value.trim() === "" ? null : value;
  }

  traced(value: unknown, path: string): Traced<string> | null {
    const text = this.string(value, path);
    return text === null ? null : { value: text, at: this.at(path) };
  }

  boolean(value: unknown, path: string): Traced<boolean> | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== "boolean") this.wrong(path, "true or false", value);
    return { value, at: this.at(path) };
  }

  money(value: unknown, path: string): Traced<OcdsMoney> | null {
    const money = this.object(value, path);
    if (!money || money.amount === undefined || money.amount === null) return null;
    const amount = money.amount;
    if (!(amount instanceof JsonAmount)) this.wrong(`${path}/amount`, "a number", amount);
    const parsed = parseAmount(amount.source);
    if (!parsed.ok) this.wrong(`${path}/amount`, "an amount with at most 6 decimal places", amount);
    const currency = this.string(money.currency, `${path}/currency`) ?? "GBP";
    return { value: { micros: parsed.micros, currency }, at: this.at(path) };
  }
}

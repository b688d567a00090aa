// docs/dataset.md: the columns reference of every published table, generated from the declarations
// (scripts/docs-tables.ts writes it; a test fails when the committed file differs).
import type { Column, Table } from "./table.ts";

/** A table cell's text: pipes escaped, line breaks as spaces. */
const cellText = (text: string): string => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

/** The declared type, and what the cell may hold besides: a list with its separator, or nothing. */
function typeText(column: Column): string {
  if (column.list !== undefined) return `${column.type} list, separated by "${column.list}"`;
  return column.nullable ? `${column.type} or empty` : column.type;
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, "")
    .replace(/ /g, "-");

function tableSection(table: Table): string[] {
  const where = [`Published at \`${table.published}\``];
  if (table.splitInto)
    where.push(`and split one file per value: ${table.splitInto.map((p) => `\`${p}\``).join(", ")}`);
  const key =
    table.key.length > 0
      ? ` Each line is identified by ${table.key.map((k) => `\`${k}\``).join(" and ")}.`
      : "";
  const joins = (table.foreignKeys ?? []).map(
    (k) =>
      `${k.fields.map((f) => `\`${f}\``).join(", ")} is found in \`${k.reference.resource}\` ` +
      `(${k.reference.fields.map((f) => `\`${f}\``).join(", ")})`,
  );
  const joinText = joins.length > 0 ? ` Joins: ${joins.join("; ")}.` : "";
  return [
    `### ${table.file}`,
    "",
    `**${table.title}.** ${table.description}`,
    "",
    `${where.join(", ")}.${key}${joinText}`,
    "",
    "| Column | Type | Description |",
    "| --- | --- | --- |",
    ...table.columns.map((c) => `| \`${c.name}\` | ${cellText(typeText(c))} | ${cellText(c.description)} |`),
    "",
  ];
}

/** The whole of docs/dataset.md. */
export function datasetDoc(
  groups: readonly { title: string; about: string; tables: readonly Table[] }[],
): string {
  const lines = [
    "# Dataset columns",
    "",
    "<!-- Generated from src/lib/tables/ by `npm run docs:tables`: edit the declarations, not this file. -->",
    "",
    "Every table the site publishes, as CSV (UTF-8, a header line, RFC 4180 quoting): what one line is, and the " +
      "name, type and meaning of each column. Amounts are plain decimal pounds, exact as published (sub-penny " +
      "values included), negative for credits. A text cell that would start with `=`, `+`, `-`, `@`, a tab or a " +
      "carriage return gets a leading apostrophe, so that a spreadsheet does not run it as a formula. Dates are " +
      "ISO (yyyy-mm-dd); yes/no cells are `true` or `false`.",
    "",
  ];
  for (const group of groups) {
    lines.push(`- [${group.title}](#${anchor(group.title)})`);
    for (const t of group.tables) lines.push(`  - [${t.file}](#${anchor(t.file)}): ${t.title}`);
  }
  lines.push("");
  for (const group of groups) {
    lines.push(`## ${group.title}`, "", group.about, "");
    for (const table of group.tables) lines.push(...tableSection(table));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

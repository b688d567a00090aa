// rejects.csv: every published record (or whole file) the ingest did not count, with the reason.
import { col, defineTable } from "./table.ts";

export const REJECTS = defineTable({
  name: "rejects",
  file: "rejects.csv",
  published: "data/rejects.csv",
  title: "Rejected records and files",
  description:
    "Every record set aside, and every file not used, with the reason: in council and file order. A file not " +
    'used has one line with an empty source_line and a reason starting "whole file:".',
  key: [],
  columns: [
    col("council", "string", "Council folder slug."),
    col("source_file", "string", "The published file, relative to the council's folder."),
    col("source_line", "integer", "Physical line of the rejected record.", { nullable: true }),
    col("reason", "string", "Why the record is not counted."),
  ],
});

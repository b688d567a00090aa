// Site paths, all under the configured base path (a council may host the site under /transparency/).

const base = (): string => import.meta.env?.BASE_URL ?? "/";
const withBase = (path: string): string => `${base().replace(/\/?$/, "/")}${path}`;

export const homePath = (): string => withBase("");
export const councilPath = (slug: string): string => withBase(`councils/${slug}/`);
export const supplierPath = (id: string): string => withBase(`suppliers/${encodeURIComponent(id)}/`);
export const contractPath = (id: string): string => withBase(`contracts/${encodeURIComponent(id)}/`);
export const councilCsvPath = (slug: string, kind: "contracts"): string =>
  withBase(`data/councils/${slug}/${kind}.csv`);
export const dataPath = (file = ""): string => withBase(`data/${file}`);
/** The original published file, unchanged. */
/** A published file's download under /sources/: for a member of an archive (a.zip!/inner.csv), the archive. */
export const sourcePath = (council: string, file: string): string =>
  withBase(`sources/${council}/${archiveOrFile(file).split("/").map(encodeURIComponent).join("/")}`);
/**
 * Whether a file is published under /sources/: every file the ingest opened (it has a hash) and every
 * member of an archive (its archive is); not a link or a path outside the data folder, never read.
 */
export const isPublishedSource = (f: { sha256: string; archive?: unknown }): boolean =>
  f.sha256 !== "" || f.archive !== undefined;
/** The file on disk a published file's name stands for: the archive of a member (`spend/a.zip!/inner.csv`). */
const archiveOrFile = (file: string): string => {
  const member = file.indexOf(".zip!/");
  return member === -1 ? file : file.slice(0, member + 4);
};
export const browsePath = (kind: "suppliers" | "contracts", letter: string, page = 1): string =>
  withBase(`browse/${kind}/${letter}/${page > 1 ? `${page}/` : ""}`);
export const pagePath = (path: string): string => withBase(path);
/** A page of the questions of one indicator and council, optionally at an anchor ("flag-…", "year-2024-25"). */
export const questionsPath = (indicator: string, council: string, page = 1, anchor = ""): string =>
  withBase(`questions/${indicator}/${council}/${page > 1 ? `${page}/` : ""}${anchor ? `#${anchor}` : ""}`);

/** The public Companies House record of a company number, when it has the register's shape. */
export function companiesHouseUrl(number: string): string | null {
  if (!/^(?:\d{8}|[A-Z]{2}\d{6})$/.test(number)) return null;
  return `https://find-and-update.company-information.service.gov.uk/company/${number}`;
}

// Paths of the site's pages and published files, relative to the site root (the base path is added
// by the caller). A file's name on disk is its URL path decoded, so names that become files must be
// plain: supplier ids and council slugs are checked before anything is written under them.

/** "/", "/transparency" or "transparency/" → "/" or "/transparency/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A supplier id or council slug that is safe as a single file or folder name. */
export function isSafeName(name: string): boolean {
  return SAFE_NAME.test(name) && !name.includes("..") && name.length <= 200;
}

/** The name itself; throws when it could not be a plain file name (the ingest never writes such ids). */
export function safeName(name: string, what: string): string {
  if (!isSafeName(name)) throw new Error(`${what} ${JSON.stringify(name)} cannot be a file name`);
  return name;
}

const segment = encodeURIComponent;

export const councilPage = (slug: string): string => `councils/${segment(slug)}/`;
export const supplierPage = (id: string): string => `suppliers/${segment(id)}/`;
export const contractPage = (id: string): string => `contracts/${segment(id)}/`;
/** The original published file, e.g. sources/harrowmere/spend/2024-04.csv. */
export const sourceFile = (slug: string, file: string): string =>
  `sources/${segment(slug)}/${file.split("/").map(segment).join("/")}`;

export type CouncilCsvKind = "payments" | "contracts";
export const councilCsv = (slug: string, kind: CouncilCsvKind): string =>
  `data/councils/${segment(slug)}/${kind}.csv`;

export type FeedKind = "contracts" | "payments";
/** feeds/contracts.xml, or feeds/<slug>/payments.xml for one council. */
export const feedFile = (kind: FeedKind, slug?: string): string =>
  slug === undefined ? `feeds/${kind}.xml` : `feeds/${segment(slug)}/${kind}.xml`;

// The data folder and a council's published files, found without reading or validating the
// configuration (so the ingest can size its worker threads while zod and the schema load). Nothing
// outside the data folder is read or published: a symbolic link, or a path that leads out of the
// folder through one, is listed but refused (the ingest sets the file aside whole, saying why).
import { type Dirent, existsSync, lstatSync, readdirSync, realpathSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import { isArchiveName, isReadableName } from "../ingest/read/formats.ts";
import { archiveMembers } from "../ingest/read/zip-reader.ts";

/** The data folder: DATA_DIR from the environment, else data/ in the working directory. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR && env.DATA_DIR.trim() !== "" ? env.DATA_DIR : "data";
}

/** A file, or a symbolic link (listed so that the ingest can say why it is not read). */
const fileOrLink = (entry: Dirent) => entry.isFile() || entry.isSymbolicLink();

/** The council's published files of one kind, in a stable order (by name). */
export function listCouncilFiles(dir: string, kind: "spend" | "contracts"): string[] {
  const folder = join(dir, kind);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => isReadableName(entry.name) && fileOrLink(entry))
    .map((entry) => `${kind}/${entry.name}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** OCDS files: JSON documents or JSON lines. */
const OCDS_NAME = /\.(json|jsonl|ndjson)$/i;

/** The council's OCDS files (ocds/*.json, *.jsonl, *.ndjson), by name. */
export function listOcdsFiles(dir: string): string[] {
  const folder = join(dir, "ocds");
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => OCDS_NAME.test(entry.name) && fileOrLink(entry))
    .map((entry) => `ocds/${entry.name}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The council's published files of one kind with each ZIP archive's members in its place, named
 * `spend/archive.zip!/inner.csv` (each read as a file of its own). An archive that cannot be opened,
 * holds nothing to read, or must not be read (a link) is listed itself: the ingest says why.
 */
export async function listPublishedFiles(dir: string, kind: "spend" | "contracts"): Promise<string[]> {
  const listed: string[] = [];
  for (const file of listCouncilFiles(dir, kind)) {
    const members =
      isArchiveName(file) && refusedFileReason(dir, file) === null
        ? await archiveMembers(join(dir, file))
        : [];
    if (members.length === 0) listed.push(file);
    else for (const member of members) listed.push(`${file}!/${member}`);
  }
  return listed;
}

/** The folder a council folder (<data>/councils/<slug>) belongs to. */
const dataDirOf = (councilDir: string) => join(councilDir, "..", "..");

/** True when path (already resolved) is root or inside it. */
const isWithin = (path: string, root: string) => path === root || path.startsWith(root + sep);

/**
 * Why a path in the data folder must not be read or published, or null when it may be: it is a
 * symbolic link, or it resolves outside dataDir (a linked folder on its way). A path that does not
 * exist gives null: reading it reports that.
 */
export function refusedPathReason(path: string, dataDir: string): string | null {
  let real: string;
  try {
    if (lstatSync(path).isSymbolicLink()) {
      return "a symbolic link: files are read only from inside the data folder, and links are not followed";
    }
    real = realpathSync(path);
    if (isWithin(real, realpathSync(dataDir))) return null;
  } catch {
    return null;
  }
  return "outside the data folder (a folder on its path is a symbolic link): it is not read";
}

/**
 * Why one of a council's files (such as spend/2024-04.csv, or a member of an archive,
 * spend/a.zip!/inner.csv, whose archive decides) must not be read, or null when it may.
 */
export function refusedFileReason(councilDir: string, file: string): string | null {
  return refusedPathReason(join(councilDir, onDiskPath(file)), dataDirOf(councilDir));
}

/** The file on disk a council's file stands for: the archive of a member (spend/a.zip!/inner.csv). */
export function onDiskPath(file: string): string {
  const member = file.indexOf("!/");
  return member !== -1 && isArchiveName(file.slice(0, member)) ? file.slice(0, member) : file;
}

/** For copying a folder of the data folder: false for anything refusedPathReason refuses. */
export function insideDataFolder(dataDir: string): (path: string) => boolean {
  return (path) => refusedPathReason(path, dataDir) === null;
}

/** A path named in the configuration (spend/2024-04.csv) stays inside folder: relative, no ".." out. */
export function staysInside(folder: string, path: string): boolean {
  if (isAbsolute(path) || path.startsWith("\\")) return false;
  const steps = relative(folder, join(folder, path));
  return steps !== "" && steps !== ".." && !steps.startsWith(`..${sep}`);
}

// The reader of a ZIP archive's members. The data-folder listing names each CSV, text or workbook
// member as a file of its own (`spend/archive.zip!/inner.csv`, archiveMembers below); reading one
// unpacks it into memory and hands its bytes to the reader its own bytes and name call for, so its
// records keep the member's lines and its report carries the member's sha256 beside the archive's.
// A member is set aside, with the reason, when its name leads out of the archive, it is encrypted,
// too large, packed like a zip bomb, or an archive itself (nested archives are not opened).
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { isArchiveName, isReadableName } from "./formats.ts";
import type { FileReport, Reader, ReadRequest, RecordBatch } from "./reader.ts";
import type { ZipMember } from "./zip-entries.ts";

/** A ZIP file's first bytes: a local file header. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** An empty archive is only its end-of-directory record. */
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/**
 * The ZIP library, loaded when an archive or a workbook is first opened: a data folder of CSV files
 * never loads it (each ingest thread would otherwise spend about 10 ms of CPU on it).
 */
export const zipEntries = () => import("./zip-entries.ts");

export const isZipBytes = (head: Buffer): boolean =>
  head.subarray(0, 4).equals(ZIP_MAGIC) || head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC);

/** How a member whose name cannot be a path is listed: its position in the archive's directory. */
const unsafeListing = (member: ZipMember) => `#${member.index}`;

/** macOS's copies of a file's metadata (`__MACOSX/._inner.csv`): not published content. */
const isMacMetadata = (name: string) => name.startsWith("__MACOSX/") || /(^|\/)\._[^/]*$/.test(name);

/** Whether the listing names this member: a table (CSV, text, workbook) or an archive, whatever its refusal. */
const isListed = (member: ZipMember) =>
  !member.directory && isReadableName(member.name) && !isMacMetadata(member.name);

/**
 * The names the data-folder listing gives an archive's members (each read as a file of its own),
 * or [] when it has none to read (the archive is then listed itself, and set aside saying why).
 */
export async function archiveMembers(path: string): Promise<string[]> {
  const { closeZip, openZip } = await zipEntries();
  let opened: Awaited<ReturnType<typeof openZip>>;
  try {
    opened = await openZip(path);
  } catch {
    return [];
  }
  closeZip(opened.zip);
  return opened.members
    .filter(isListed)
    .map((member) => (member.unsafe ? unsafeListing(member) : member.name));
}

const unreadableZip = (error: unknown) =>
  `not a readable ZIP archive (an .xlsx workbook is one): ${String((error as Error)?.message ?? error).slice(0, 200)}`;

const sha256Of = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

function rejected(bytes: Buffer, rejection: string, archive?: FileReport["archive"]): FileReport {
  return {
    sha256: sha256Of(bytes),
    bytes: bytes.length,
    encoding: "",
    encodingReason: "",
    rejection,
    archive,
  };
}

/** A member set aside without being unpacked: it has no bytes of its own to hash. */
const notUnpacked = (rejection: string, archive: FileReport["archive"]): FileReport => ({
  sha256: "",
  bytes: 0,
  encoding: "",
  encodingReason: "",
  rejection,
  archive,
});

/** Names of what an archive holds, for saying why none of it is read. */
const holdings = (members: readonly ZipMember[]) =>
  members
    .filter((m) => !m.directory)
    .slice(0, 5)
    .map((m) => m.name)
    .join(", ");

/** Reads the whole archive as a file: only when the listing found no member to read. */
async function readArchiveItself(archive: Buffer): Promise<FileReport> {
  const { closeZip, openZip } = await zipEntries();
  let members: ZipMember[];
  try {
    const opened = await openZip(archive);
    closeZip(opened.zip);
    members = opened.members;
  } catch (error) {
    return rejected(archive, unreadableZip(error));
  }
  const held = holdings(members);
  return rejected(archive, `the archive holds no CSV file or workbook${held ? ` (it holds ${held})` : ""}`);
}

/** The member a listing name stands for: by name, else (`#3`) by position when its name is unsafe. */
function memberNamed(members: readonly ZipMember[], listed: string): ZipMember | undefined {
  const named = members.find((m) => m.name === listed && !m.directory);
  if (named) return named;
  const index = /^#(\d+)$/.exec(listed);
  const at = index ? members[Number(index[1])] : undefined;
  return at?.unsafe ? at : undefined;
}

/**
 * The archive last read, with its sha256: the members of one archive are read one after another, and
 * each would otherwise read and hash the whole archive again. Keyed by path, size and modification time.
 */
let lastArchive: { key: string; bytes: Buffer; sha256: string } | null = null;

function archiveAt(path: string): { bytes: Buffer; sha256: string } {
  const stat = statSync(path);
  const key = `${path}\0${stat.size}\0${stat.mtimeMs}`;
  if (lastArchive?.key !== key) {
    const bytes = readFileSync(path);
    lastArchive = { key, bytes, sha256: sha256Of(bytes) };
  }
  return lastArchive;
}

export const zipReader: Reader = {
  format: "zip",
  claims: isZipBytes,
  async read(request: ReadRequest, onBatch: (batch: RecordBatch) => void): Promise<FileReport> {
    if (request.bytes) {
      return rejected(
        request.bytes,
        "an archive inside an archive: nested archives are not opened (unpack it into the data folder to have it read)",
      );
    }
    const listed = request.file.member;
    if (listed === null) return readArchiveItself(readFileSync(request.file.path));
    const { bytes: archiveBytes, sha256 } = archiveAt(request.file.path);
    const archive = { sha256, bytes: archiveBytes.length };
    const { closeZip, memberBytes, openZip } = await zipEntries();
    let opened: Awaited<ReturnType<typeof openZip>>;
    try {
      opened = await openZip(archiveBytes);
    } catch (error) {
      return rejected(archiveBytes, unreadableZip(error));
    }
    try {
      const member = memberNamed(opened.members, listed);
      if (!member) return notUnpacked(`the archive has no member named "${listed}"`, archive);
      const named = member.name === listed ? "" : ` (named "${member.name.slice(0, 120)}")`;
      if (member.refusal !== null) return notUnpacked(`member${named}: ${member.refusal}`, archive);
      let bytes: Buffer;
      try {
        bytes = await memberBytes(opened.zip, member);
      } catch (error) {
        return notUnpacked(`the member could not be unpacked: ${(error as Error).message}`, archive);
      }
      const { readerFor } = await import("./readers.ts");
      const inner = readerFor({ file: request.file, bytes });
      if (inner === zipReader || isArchiveName(member.name)) {
        return rejected(
          bytes,
          "an archive inside an archive: nested archives are not opened (unpack it into the data folder to have it read)",
          archive,
        );
      }
      const report = await inner.read({ file: request.file, bytes, encoding: request.encoding }, onBatch);
      return { ...report, archive };
    } finally {
      closeZip(opened.zip);
    }
  },
};

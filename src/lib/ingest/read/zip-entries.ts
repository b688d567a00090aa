// The members of a ZIP archive (yauzl), with what makes one unreadable decided before a byte of it
// is unpacked: a name that leads out of the archive (zip slip), encryption, a size past the limit,
// a compression ratio no published table has (a zip bomb). A member's bytes are unpacked into memory
// with its declared size checked as they come (yauzl stops a member that unpacks to more).
import yauzl, { type Entry, type ZipFile } from "yauzl";

/** The largest member unpacked, in bytes. */
export const MAX_MEMBER_BYTES = 512 * 1024 * 1024;
/** Members larger than this (unpacked) must not shrink more than MAX_RATIO times when packed. */
const RATIO_FROM_BYTES = 16 * 1024 * 1024;
/** Text tables pack 5 to 30 times smaller; a zip bomb thousands of times. */
const MAX_RATIO = 1_000;

export interface ZipMember {
  /** Position in the archive's directory (0-based). */
  index: number;
  /** The member's path inside the archive, as its directory gives it. */
  name: string;
  directory: boolean;
  /** Whether its name cannot be a path (absolute, `..`): it is then listed by its position. */
  unsafe: boolean;
  /** Why the member must not be unpacked, or null. */
  refusal: string | null;
  entry: Entry;
}

/** Why a member's name must not be used as a path: absolute, `..`, a backslash, or not normal. */
function unsafeName(name: string): string | null {
  const steps = name.split("/");
  if (yauzl.validateFileName(name) === null && !steps.some((step) => step === "." || step === ""))
    return null;
  return "its name leads out of the archive or is not a plain path (zip slip): it is not unpacked";
}

function refusalOf(entry: Entry, name: string): string | null {
  const unsafe = unsafeName(name);
  if (unsafe) return unsafe;
  if (entry.isEncrypted()) return "it is encrypted: it cannot be read without its password";
  if (!entry.canDecodeFileData())
    return `it is packed with a method that cannot be unpacked (${entry.compressionMethod})`;
  if (entry.uncompressedSize > MAX_MEMBER_BYTES) {
    return `it unpacks to ${entry.uncompressedSize.toLocaleString("en-GB")} bytes, more than the ${MAX_MEMBER_BYTES / 1024 / 1024} MB a member may`;
  }
  if (
    entry.uncompressedSize > RATIO_FROM_BYTES &&
    entry.uncompressedSize > entry.compressedSize * MAX_RATIO
  ) {
    return `it unpacks ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize)).toLocaleString("en-GB")} times larger than it is packed (a zip bomb): it is not unpacked`;
  }
  return null;
}

/** An open archive and its members, in directory order. Close it with closeZip. */
export async function openZip(source: string | Buffer): Promise<{ zip: ZipFile; members: ZipMember[] }> {
  const options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false };
  const zip =
    typeof source === "string"
      ? await yauzl.openPromise(source, options)
      : await yauzl.fromBufferPromise(source, options);
  const members: ZipMember[] = [];
  try {
    let index = 0;
    for await (const entry of zip.eachEntry()) {
      const raw = entry.fileName as unknown as Buffer;
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
      const directory = name.endsWith("/");
      const refusal = directory ? null : refusalOf(entry, name);
      members.push({ index: index++, name, directory, unsafe: unsafeName(name) !== null, refusal, entry });
    }
  } catch (error) {
    zip.close();
    throw error;
  }
  return { zip, members };
}

export function closeZip(zip: ZipFile): void {
  if (zip.isOpen) zip.close();
}

/** The member's bytes, unpacked; rejects when it unpacks to other than its declared size. */
export async function memberBytes(zip: ZipFile, member: ZipMember): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(member.entry);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += (chunk as Buffer).length;
    if (length > MAX_MEMBER_BYTES) {
      stream.destroy();
      throw new Error(`it unpacks to more than ${MAX_MEMBER_BYTES / 1024 / 1024} MB`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, length);
}

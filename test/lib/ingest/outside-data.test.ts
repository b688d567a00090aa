// Nothing outside the data folder is read or published: a symbolic link in a council's spend/ or
// contracts/ folder (to /etc/passwd, to a file elsewhere or to none, even to a file inside the folder), and a
// file reached through a linked folder, are each set aside whole with a reason naming why, never
// read (their content appears in no output) and never copied to the site's sources/.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listCouncilFiles, loadDataConfig } from "../../../src/lib/config/load.ts";
import { runIngest } from "../../../src/lib/ingest/run.ts";
import type { FileQuality } from "../../../src/lib/model.ts";
import { publishDatasetAndSources } from "../../../src/lib/publish/build-step.ts";

/** Would be kept as a payment if it were ever read. */
const CANARY = "Canary Outside Ltd";
const payments = (supplier: string) => `Date,Supplier,Amount\n01/01/2023,${supplier},999.99\n`;
const LINK = "a symbolic link: files are read only from inside the data folder, and links are not followed";
const OUTSIDE = "outside the data folder (a folder on its path is a symbolic link): it is not read";

function linkedDataDir(): string {
  const root = mkdtempSync(join(tmpdir(), "ledger-outside-"));
  const outside = join(root, "outside");
  mkdirSync(join(outside, "folder"), { recursive: true });
  writeFileSync(join(outside, "secret.csv"), payments(CANARY));
  writeFileSync(join(outside, "folder", "2023-02.csv"), payments(CANARY));
  const data = join(root, "data");
  const linky = join(data, "councils", "linky");
  mkdirSync(join(linky, "spend"), { recursive: true });
  mkdirSync(join(linky, "contracts"), { recursive: true });
  writeFileSync(join(linky, "council.json"), JSON.stringify({ name: "Linky" }));
  writeFileSync(join(linky, "spend", "2023-01.csv"), payments("Inside Ltd"));
  symlinkSync("/etc/passwd", join(linky, "spend", "passwd.csv"));
  symlinkSync(join(outside, "secret.csv"), join(linky, "spend", "secret.csv"));
  symlinkSync("2023-01.csv", join(linky, "spend", "again.csv"));
  symlinkSync(join(outside, "gone.csv"), join(linky, "spend", "gone.csv"));
  symlinkSync(join(outside, "secret.csv"), join(linky, "contracts", "register.csv"));
  // A council whose spend/ folder is itself a link to a folder elsewhere.
  const far = join(data, "councils", "far");
  mkdirSync(far, { recursive: true });
  writeFileSync(join(far, "council.json"), JSON.stringify({ name: "Far" }));
  symlinkSync(join(outside, "folder"), join(far, "spend"));
  writeFileSync(
    join(data, "partnership.json"),
    JSON.stringify({ name: "P", description: "D", councils: ["linky", "far"] }),
  );
  return data;
}

/** Every file under dir, recursively, with its text. */
function texts(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) found.set(name, readFileSync(path, "utf8"));
  }
  return found;
}

const passwdLine = existsSync("/etc/passwd")
  ? (readFileSync("/etc/passwd", "utf8").split("\n")[0] ?? "")
  : "";

describe.each([0, 1])("files outside the data folder (%i worker threads)", (workers) => {
  let data: string;
  let out: string;
  let site: string;
  let files: FileQuality[];
  const file = (council: string, name: string) =>
    files.find((f) => f.council === council && f.file === name) as FileQuality;

  beforeAll(async () => {
    data = linkedDataDir();
    out = mkdtempSync(join(tmpdir(), "ledger-outside-out-"));
    site = mkdtempSync(join(tmpdir(), "ledger-outside-site-"));
    const config = loadDataConfig(data);
    files = (await runIngest(config, out, undefined, { workers })).files;
    publishDatasetAndSources(config, { datasetDir: out, siteDir: site });
  });

  it("lists the links, so that each is accounted for", () => {
    expect(listCouncilFiles(join(data, "councils", "linky"), "spend")).toEqual([
      "spend/2023-01.csv",
      "spend/again.csv",
      "spend/gone.csv",
      "spend/passwd.csv",
      "spend/secret.csv",
    ]);
  });

  it.each([
    ["linky", "spend/passwd.csv", LINK],
    ["linky", "spend/secret.csv", LINK],
    ["linky", "spend/again.csv", LINK],
    ["linky", "spend/gone.csv", LINK],
    ["linky", "contracts/register.csv", LINK],
    ["far", "spend/2023-02.csv", OUTSIDE],
  ])("sets %s's %s aside whole, unread, saying why", (council, name, reason) => {
    const f = file(council, name);
    expect(f.file_reason).toBe(reason);
    expect([f.rows, f.accepted, f.rejected, f.sha256, f.bytes]).toEqual([0, 0, 0, "", 0]);
  });

  it("reads the council's own file as usual", () => {
    expect(file("linky", "spend/2023-01.csv").accepted).toBe(1);
  });

  it("lets nothing of a refused file into any output, and lists each in rejects.csv", () => {
    for (const [name, text] of texts(out)) {
      expect(text, name).not.toContain(CANARY);
      if (passwdLine !== "") expect(text, name).not.toContain(passwdLine);
    }
    const rejects = readFileSync(join(out, "rejects.csv"), "utf8");
    expect(rejects).toContain(`linky,spend/passwd.csv,,"whole file: ${LINK}"`);
    expect(rejects).toContain(`far,spend/2023-02.csv,,whole file: ${OUTSIDE}`);
  });

  it("copies only the council's own files to sources/, and no link", () => {
    const sources = join(site, "sources");
    expect([...texts(sources).keys()].sort()).toEqual(["linky/spend/2023-01.csv"]);
    for (const name of readdirSync(sources, { recursive: true }) as string[]) {
      expect(statSync(join(sources, name)).isSymbolicLink(), name).toBe(false);
    }
    for (const text of texts(site).values()) expect(text).not.toContain(CANARY);
  });
});

import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { openText, sniffFile } from "../../../../src/lib/ingest/read/decode.ts";
import { decodeWindows1252 } from "../../../../src/lib/ingest/read/windows-1252.ts";

const fixture = (name: string) => join(import.meta.dirname, "../../../fixtures/ingest/decode", name);

async function readAll(path: string, chunkSize?: number): Promise<string> {
  const sniff = await sniffFile(path, undefined, { chunkSize });
  let text = "";
  for await (const chunk of openText(path, sniff, { chunkSize })) text += chunk;
  return text;
}

function tempFile(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "decode-")), "file.csv");
  writeFileSync(path, bytes);
  return path;
}

describe("sniffFile", () => {
  it("hashes and measures the whole file", async () => {
    const path = fixture("win1252.csv");
    const bytes = readFileSync(path);
    const sniff = await sniffFile(path, undefined, { chunkSize: 7 });
    expect(sniff.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(sniff.bytes).toBe(bytes.length);
  });

  it("detects Windows-1252 from £ = 0xA3 before digits", async () => {
    const sniff = await sniffFile(fixture("win1252.csv"));
    expect(sniff).toMatchObject({ encoding: "windows-1252", bomLength: 0 });
    expect(sniff.encodingReason).toBe("not UTF-8; 0xA3 (£) before digits → windows-1252");
  });

  it("detects Windows-1252 from smart quotes and accents when there is no £", async () => {
    const sniff = await sniffFile(fixture("win1252-quotes.csv"));
    expect(sniff.encoding).toBe("windows-1252");
    expect(sniff.encodingReason).toMatch(/^not UTF-8; text more plausible as windows-1252/);
  });

  it("detects cp850 from £ = 0x9C before digits", async () => {
    const sniff = await sniffFile(fixture("cp850.csv"));
    expect(sniff.encoding).toBe("cp850");
    expect(sniff.encodingReason).toBe("not UTF-8; 0x9C before digits → cp850");
  });

  it("detects cp850 from accented letters alone (é = 0x82, à = 0x85)", async () => {
    const sniff = await sniffFile(
      tempFile(iconv.encode("Supplier\nCafé à la carte\nRené Crèches\n", "cp850")),
    );
    expect(sniff.encoding).toBe("cp850");
  });

  it("counts a £ byte that ends one read before a digit that starts the next", async () => {
    const path = tempFile(
      Buffer.concat([Buffer.from("Amount\n"), Buffer.from([0x9c]), Buffer.from("12.00\n")]),
    );
    expect((await sniffFile(path, undefined, { chunkSize: 8 })).encoding).toBe("cp850");
  });

  it("finds UTF-8 and double-encoded BOMs", async () => {
    expect(await sniffFile(fixture("utf8-bom.csv"))).toMatchObject({
      encoding: "utf-8",
      bomLength: 3,
      encodingReason: "valid UTF-8 (BOM)",
    });
    expect(await sniffFile(fixture("double-bom.csv"), undefined, { chunkSize: 2 })).toMatchObject({
      encoding: "utf-8",
      bomLength: 6,
      encodingReason: "valid UTF-8 (double-encoded BOM)",
    });
  });

  it("keeps UTF-8 valid when a character straddles reads, at every read size", async () => {
    for (let size = 1; size <= 34; size++) {
      expect((await sniffFile(fixture("straddle.csv"), undefined, { chunkSize: size })).encoding).toBe(
        "utf-8",
      );
    }
  });

  it("rejects a truncated multibyte sequence at the end of the file as UTF-8", async () => {
    const path = tempFile(Buffer.from([0x41, 0x2c, 0xe2, 0x82]));
    expect((await sniffFile(path)).encoding).not.toBe("utf-8");
  });

  it("takes a forced encoding without detection but still hashes and finds the BOM", async () => {
    const sniff = await sniffFile(fixture("utf8-bom.csv"), "cp437");
    expect(sniff).toMatchObject({ encoding: "cp437", bomLength: 3, encodingReason: "set in council.json" });
    expect(sniff.sha256).toHaveLength(64);
  });

  it("handles an empty file", async () => {
    expect(await sniffFile(fixture("empty.csv"))).toMatchObject({
      bytes: 0,
      encoding: "utf-8",
      bomLength: 0,
      sha256: createHash("sha256").digest("hex"),
    });
  });
});

describe("openText", () => {
  it("decodes Windows-1252: £, smart quotes, é, en dash", async () => {
    const text = await readAll(fixture("win1252.csv"));
    expect(text).toContain('Café Lumière Ltd,"£1,250.00",“Summer fête” catering – deposit');
    expect(text).toContain("£75.10");
    expect(text).not.toContain("\ufffd");
  });

  it("decodes cp850: £ and é", async () => {
    const text = await readAll(fixture("cp850.csv"));
    expect(text).toBe(
      "Supplier Name,Amount,Pay date\r\nFenwick Café Supplies,£1200.50,19/04/2013\r\nAshgrove Ltd,-£40.00,20/04/2013\r\n",
    );
  });

  it("removes a double-encoded BOM", async () => {
    expect(await readAll(fixture("double-bom.csv"))).toBe(
      "Contract Reference,Supplier\nK-1,Lantern Café Ltd\n",
    );
  });

  it("removes a UTF-8 BOM", async () => {
    const text = await readAll(fixture("utf8-bom.csv"));
    expect(text).toBe('Date,Supplier,Amount\r\n01/05/2023,Harbour Ropes,"£2,000.00"\r\n');
  });

  it("never splits a character that straddles reads", async () => {
    for (let size = 1; size <= 34; size++) {
      expect(await readAll(fixture("straddle.csv"), size)).toBe("Supplier,Amount\nPier Co,€12.00\n");
    }
  });

  it("drops a second BOM that survives the first", async () => {
    const path = tempFile(Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41, 0x0a]));
    expect(await readAll(path)).toBe("A\n");
  });

  it("yields nothing for an empty file", async () => {
    expect(await readAll(fixture("empty.csv"))).toBe("");
  });

  it("streams a multi-chunk file in pieces that add up to the whole text", async () => {
    const line = "01/05/2023,Fjord Café Ltd,£12.50,“quoted”\n";
    const path = tempFile(Buffer.from(line.repeat(5000)));
    const sniff = await sniffFile(path, undefined, { chunkSize: 4096 });
    const chunks: string[] = [];
    for await (const chunk of openText(path, sniff, { chunkSize: 4096 })) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join("")).toBe(line.repeat(5000));
  });
});

describe("one read or two", () => {
  const streamed = { oneReadMax: 0 };

  it("sniffs and decodes a file read once exactly as one streamed twice, at any read size", async () => {
    const late = Buffer.concat([
      Buffer.from("a,b\n".repeat(40)),
      iconv.encode("Café “quoted” – René\n", "win1252"),
    ]);
    const files = [
      fixture("win1252.csv"),
      fixture("win1252-quotes.csv"),
      fixture("cp850.csv"),
      fixture("utf8-bom.csv"),
      fixture("double-bom.csv"),
      tempFile(late),
      tempFile(iconv.encode("Supplier\nCafé à la carte\nRené Crèches\n", "cp850")),
    ];
    for (const path of files) {
      for (const chunkSize of [3, 16, undefined]) {
        const once = await sniffFile(path, undefined, { chunkSize });
        const twice = await sniffFile(path, undefined, { chunkSize, ...streamed });
        expect(once, `${path} at ${chunkSize}`).toEqual(twice);
        let a = "";
        for await (const text of openText(path, once, { chunkSize })) a += text;
        let b = "";
        for await (const text of openText(path, twice, { chunkSize, ...streamed })) b += text;
        expect(a).toBe(b);
      }
    }
  });

  it("weighs the bytes from where the file stops being UTF-8 when no £ decides", async () => {
    // Valid UTF-8 for the first reads, then Windows-1252 letters: only the later bytes are counted.
    const path = tempFile(
      Buffer.concat([
        Buffer.from("Supplier\n"),
        Buffer.from("Ré\n"),
        iconv.encode("Café “x” – é\n", "win1252"),
      ]),
    );
    const sniff = await sniffFile(path, undefined, { chunkSize: 4, ...streamed });
    expect(sniff.encodingReason).toBe("not UTF-8; text more plausible as windows-1252 (9 vs 5)");
    expect(await sniffFile(path, undefined, { chunkSize: 4 })).toEqual(sniff);
  });
});

describe("Windows-1252 decoding", () => {
  it("gives iconv-lite's text for every byte, the undefined ones included, at any read size", async () => {
    const every = Buffer.alloc(256 * 3);
    for (let i = 0; i < every.length; i++) every[i] = i % 256;
    const path = tempFile(
      Buffer.concat([Buffer.from("Amount\n"), Buffer.from([0xa3]), Buffer.from("12.00\n"), every]),
    );
    const expected = iconv.decode(readFileSync(path), "windows-1252");
    for (const chunkSize of [1, 5, 64, undefined]) {
      const sniff = await sniffFile(path, undefined, { chunkSize });
      expect(sniff.encoding).toBe("windows-1252");
      let text = "";
      for await (const chunk of openText(path, sniff, { chunkSize })) text += chunk;
      expect(text).toBe(expected);
    }
  });

  it("leaves Latin-1 text without C1 bytes as it is and maps €, quotes and dashes", () => {
    expect(decodeWindows1252(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xa3, 0x35]))).toBe("Café £5");
    expect(decodeWindows1252(Buffer.from([0x80, 0x93, 0x78, 0x94, 0x96, 0x81]))).toBe("€“x”–\ufffd");
  });
});

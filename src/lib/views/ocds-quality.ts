// The OCDS files a council published, as the data-quality pages list them: per file, the releases
// read, kept and set aside (and why the rest of a file could not be read), each release set aside with
// its reason and where it is (line and JSON pointer); and per council the contracts the releases make,
// how many a register entry describes and how many are known only from the notices.
import type { OcdsDataset, OcdsFileSummary, OcdsSetAside } from "../ocds/model.ts";

export interface OcdsFileRow {
  file: OcdsFileSummary;
  /** Whether the file is published under /sources/ (a refused file is not copied). */
  published: boolean;
  setAside: OcdsSetAside[];
}

export interface CouncilOcds {
  files: OcdsFileRow[];
  /** Contracting processes (ocids) merged from the releases kept. */
  contracts: number;
  /** Of those, how many a register entry describes, and how many are notice-only. */
  matched: number;
  noticeOnly: number;
  releases: number;
  kept: number;
  setAside: number;
}

/** One council's OCDS files, in the order read; undefined when it published none. */
export function councilOcds(ocds: OcdsDataset, council: string): CouncilOcds | undefined {
  const files = ocds.files.filter((f) => f.council === council);
  if (files.length === 0) return undefined;
  const contracts = ocds.contracts.filter((c) => c.council === council);
  const matched = contracts.filter((c) => c.register_matches.length > 0).length;
  const sum = (key: "releases" | "kept" | "set_aside") => files.reduce((a, f) => a + f[key], 0);
  return {
    files: files.map((file) => ({
      file,
      published: file.sha256 !== "",
      setAside: ocds.set_aside.filter((s) => s.council === council && s.file === file.file),
    })),
    contracts: contracts.length,
    matched,
    noticeOnly: contracts.length - matched,
    releases: sum("releases"),
    kept: sum("kept"),
    setAside: sum("set_aside"),
  };
}

// Lays out whichever mirrored corpora are present as one data folder (a council per corpus, its payment
// files in spend/ exactly as published), and says what could not be laid out or read.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extensionOf, isReadableName } from "../ingest/read/formats.ts";
import { CORPORA, type Corpus } from "./corpora.ts";
import { mirrorFiles, mirrorGitDir, writeMirrorFile } from "./mirror.ts";

export interface CorpusLayout {
  corpus: Corpus;
  /** Payment files laid out (readable or not). */
  files: number;
  /** Payment files the ingest does not read yet, by extension ("xlsx" -> 3). */
  notReadable: Record<string, number>;
  /** Payment files the mirror lists but does not hold. */
  absent: string[];
}

export interface DataLayout {
  dataDir: string;
  corpora: CorpusLayout[];
  /** Corpora whose mirror is not present. */
  missing: Corpus[];
}

/** A spend-folder name for a path in the repository: its folders joined to its name with "__". */
export function flatName(path: string): string {
  return path.replaceAll("/", "__");
}

/** Where a repository path (or an archive's member, `a.zip!/inner.csv`) is in the spend folder. */
function spendPath(path: string): string {
  const member = path.indexOf("!/");
  return member === -1
    ? `spend/${flatName(path)}`
    : `spend/${flatName(path.slice(0, member))}${path.slice(member)}`;
}

function layOutCorpus(gitDir: string, corpus: Corpus, dataDir: string): CorpusLayout {
  const council = join(dataDir, "councils", corpus.slug);
  mkdirSync(join(council, "spend"), { recursive: true });
  const replaces = Object.entries(corpus.replaces ?? {});
  const config = {
    name: corpus.name,
    ...(corpus.gss_code ? { gss_code: corpus.gss_code } : {}),
    ...(replaces.length > 0
      ? {
          files: Object.fromEntries(
            replaces.map(([corrected, original]) => [
              spendPath(corrected),
              { replaces: typeof original === "string" ? spendPath(original) : original.map(spendPath) },
            ]),
          ),
        }
      : {}),
  };
  writeFileSync(join(council, "council.json"), `${JSON.stringify(config, null, 2)}\n`);
  const layout: CorpusLayout = { corpus, files: 0, notReadable: {}, absent: [] };
  for (const file of mirrorFiles(gitDir)) {
    if (!corpus.payments.test(file.path) || /\.(pdf|md|html?|docx?)$/i.test(file.path)) continue;
    const name = flatName(file.path);
    if (!writeMirrorFile(gitDir, file, join(council, "spend", name))) {
      layout.absent.push(file.path);
      continue;
    }
    layout.files++;
    if (!isReadableName(name)) {
      const extension = extensionOf(name) || "(none)";
      layout.notReadable[extension] = (layout.notReadable[extension] ?? 0) + 1;
    }
  }
  return layout;
}

/** Lays out every corpus of `corpora` whose mirror is under mirrorsRoot into dataDir. */
export function layOutCorpora(mirrorsRoot: string, dataDir: string, corpora = CORPORA): DataLayout {
  const layouts: CorpusLayout[] = [];
  const missing: Corpus[] = [];
  for (const corpus of corpora) {
    const gitDir = mirrorGitDir(mirrorsRoot, corpus.repository);
    if (gitDir === null) missing.push(corpus);
    else layouts.push(layOutCorpus(gitDir, corpus, dataDir));
  }
  if (layouts.length > 0) {
    const partnership = {
      name: "Real published histories",
      description: "Councils' payment files from public repositories, unedited.",
      councils: layouts.map((l) => l.corpus.slug),
    };
    writeFileSync(join(dataDir, "partnership.json"), `${JSON.stringify(partnership, null, 2)}\n`);
  }
  return { dataDir, corpora: layouts, missing };
}

/** What the layout could not lay out or read, a line per corpus. */
export function layoutNotes(layout: DataLayout): string[] {
  const lines = layout.missing.map((c) => `${c.repository}: no mirror present, skipped`);
  for (const l of layout.corpora) {
    const notes = [`${l.files} payment files laid out as ${l.corpus.slug}`];
    const unread = Object.entries(l.notReadable);
    if (unread.length > 0) {
      notes.push(`not yet readable: ${unread.map(([ext, count]) => `${count} .${ext}`).join(", ")}`);
    }
    if (l.absent.length > 0) notes.push(`absent from the mirror: ${l.absent.join(", ")}`);
    lines.push(`${l.corpus.repository}: ${notes.join("; ")}`);
  }
  return lines;
}

// Reads a mirrored repository (a git directory without a work tree, /work/.mirror/<owner>+<name>/repo):
// its file list at HEAD and each file's bytes, written straight to a file. Large files a mirror lists
// but does not hold are reported as absent.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, rmSync } from "node:fs";
import { join } from "node:path";

/** The git directory of a repository's mirror under root, or null when it is not there. */
export function mirrorGitDir(root: string, repository: string): string | null {
  const repo = join(root, repository.replace("/", "+"), "repo");
  for (const dir of [join(repo, ".git"), repo]) {
    if (existsSync(join(dir, "HEAD")) && existsSync(join(dir, "objects"))) return dir;
  }
  return null;
}

export interface MirrorFile {
  path: string;
  blob: string;
  bytes: number | null;
}

function git(gitDir: string, args: string[]) {
  return spawnSync("git", [`--git-dir=${gitDir}`, ...args], { maxBuffer: 256 * 1024 * 1024 });
}

/** The files at HEAD, in path order. */
export function mirrorFiles(gitDir: string): MirrorFile[] {
  const listed = git(gitDir, ["ls-tree", "-r", "-l", "-z", "HEAD"]);
  if (listed.status !== 0) throw new Error(`git ls-tree failed in ${gitDir}: ${listed.stderr.toString()}`);
  return listed.stdout
    .toString("utf8")
    .split("\0")
    .filter((entry) => entry !== "")
    .flatMap((entry) => {
      const tab = entry.indexOf("\t");
      const [, type, blob, size] = entry.slice(0, tab).split(/\s+/);
      if (type !== "blob") return [];
      return [
        { path: entry.slice(tab + 1), blob: blob as string, bytes: size === "-" ? null : Number(size) },
      ];
    });
}

/** Writes a file's bytes to target; false (and no file) when the mirror does not hold them. */
export function writeMirrorFile(gitDir: string, file: MirrorFile, target: string): boolean {
  const fd = openSync(target, "w");
  let status: number | null;
  try {
    status = spawnSync("git", [`--git-dir=${gitDir}`, "cat-file", "blob", file.blob], {
      stdio: ["ignore", fd, "ignore"],
    }).status;
  } finally {
    closeSync(fd);
  }
  if (status === 0) return true;
  rmSync(target, { force: true });
  return false;
}

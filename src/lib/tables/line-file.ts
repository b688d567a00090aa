// A buffered, synchronous line writer: memory stays flat however many lines are written.
import { closeSync, openSync, writeSync } from "node:fs";

const FLUSH_AT = 1 << 20;

export class LineFile {
  private readonly fd: number;
  private lines: string[] = [];
  private pendingLength = 0;

  constructor(path: string) {
    this.fd = openSync(path, "w");
  }

  write(line: string): void {
    this.lines.push(line);
    this.pendingLength += line.length + 1;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    // One join builds a flat string: cheaper to encode than a long chain of concatenations.
    this.lines.push("");
    writeSync(this.fd, this.lines.join("\n"));
    this.lines = [];
    this.pendingLength = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

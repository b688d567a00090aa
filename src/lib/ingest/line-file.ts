// A buffered, synchronous line writer: memory stays flat however many lines are written.
import { closeSync, openSync, writeSync } from "node:fs";

const FLUSH_AT = 1 << 20;

export class LineFile {
  private readonly fd: number;
  private pending = "";

  constructor(path: string) {
    this.fd = openSync(path, "w");
  }

  write(line: string): void {
    this.pending += `${line}\n`;
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, this.pending);
    this.pending = "";
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

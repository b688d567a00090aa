// A streaming scanner for OCDS JSON: it never holds more than one release (or one top-level member)
// as text. It follows the structure of the top two levels only — a document's members, and the
// elements of its `releases`/`records` arrays (or of a top-level array) — and hands each of those
// values on as text with its JSON pointer and line, to be parsed on its own. Several documents one
// after another (JSON lines) are read in turn. Problems in the structure become events, never throws.

/** The members of a package whose elements are streamed one by one. */
const STREAMED_MEMBERS = new Set(["releases", "records"]);

export type ScanEvent =
  | {
      kind: "value";
      /** Index of the document in the file (0 for a single JSON document; JSON lines count up). */
      document: number;
      /** JSON pointer of the value inside its document: /publisher, /releases/3, /0. */
      pointer: string;
      /** "member": a document's member; "element": an element of a streamed array. */
      role: "member" | "element";
      text: string;
      line: number;
    }
  | { kind: "too-large"; document: number; pointer: string; line: number; chars: number }
  | { kind: "document-start"; document: number; line: number; shape: "object" | "array" }
  | { kind: "document-end"; document: number; line: number }
  | { kind: "error"; document: number; pointer: string; line: number; column: number; message: string };

type Frame = {
  container: "object" | "array";
  pointer: string;
  state: "key" | "colon" | "value" | "comma";
  key: string;
  index: number;
};

const WHITESPACE = new Set([" ", "\t", "\n", "\r", "\ufeff"]);

/** Escapes a key for a JSON pointer (RFC 6901). */
export const pointerToken = (key: string): string => key.replaceAll("~", "~0").replaceAll("/", "~1");

export class JsonScanner {
  private frames: Frame[] = [];
  private document = 0;
  private line = 1;
  private column = 0;
  private stopped = false;
  // the value being captured
  private capturing = false;
  private parts: string[] = [];
  private chars = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scalar = false;
  private captureLine = 0;
  private capturePointer = "";
  private captureRole: "member" | "element" = "member";
  // the key being read at the top level
  private readingKey = false;
  private keyText = "";
  private keyEscaped = false;

  private readonly emit: (event: ScanEvent) => void;
  private readonly maxChars: number;

  /** maxChars: a value longer than this is reported as too large and skipped, not held. */
  constructor(emit: (event: ScanEvent) => void, maxChars = 64 * 1024 * 1024) {
    this.emit = emit;
    this.maxChars = maxChars;
  }

  feed(chunk: string): void {
    let start = 0;
    for (let i = 0; i < chunk.length && !this.stopped; i++) {
      if (this.capturing && !this.scalar) {
        // An object, array or string being captured: find its end at once, in a tight loop.
        const end = this.captureEnd(chunk, i);
        if (end < 0) break;
        this.keep(chunk.slice(start, end + 1));
        this.finishCapture();
        i = end;
        continue;
      }
      const c = chunk[i] as string;
      if (this.capturing) {
        if (this.captureStep(c)) {
          this.keep(chunk.slice(start, this.scalar ? i : i + 1));
          this.finishCapture();
          if (!this.scalar) {
            this.advance(c);
            continue;
          }
        } else {
          this.advance(c);
          continue;
        }
      }
      this.structure(c);
      if (this.capturing) start = i;
      this.advance(c);
    }
    if (this.capturing) this.keep(chunk.slice(start));
  }

  end(): void {
    if (this.stopped) return;
    if (this.capturing && this.scalar) this.finishCapture();
    if (this.capturing || this.readingKey || this.frames.length > 0)
      this.fail("the file ends inside a value (truncated?)");
  }

  private advance(c: string): void {
    if (c === "\n") {
      this.line++;
      this.column = 0;
    } else this.column++;
  }

  private keep(text: string): void {
    if (this.chars <= this.maxChars) this.parts.push(text);
    this.chars += text.length;
    if (this.chars > this.maxChars) this.parts = [];
  }

  /**
   * The index in chunk of the character that ends the captured object, array or string, from `from`
   * on, or -1 when it does not end in this chunk; counts lines and columns on the way.
   */
  private captureEnd(chunk: string, from: number): number {
    let { depth, inString, escaped } = this;
    let lineStart = -1;
    let end = -1;
    let j = from;
    for (; j < chunk.length; j++) {
      const c = chunk.charCodeAt(j);
      if (c === 10) {
        this.line++;
        lineStart = j;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) {
          inString = false;
          if (depth === 0) {
            end = j;
            break;
          }
        }
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if ((c === 125 || c === 93) && --depth === 0) {
        end = j;
        break;
      }
    }
    const last = end < 0 ? chunk.length - 1 : end;
    this.column = lineStart < 0 ? this.column + (last - from + 1) : last - lineStart;
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    return end;
  }

  /** True when c ends the captured value (for a scalar, c is the first character after it). */
  private captureStep(c: string): boolean {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === "\\") this.escaped = true;
      else if (c === '"') {
        this.inString = false;
        if (this.depth === 0) return true;
      }
      return false;
    }
    if (this.scalar) return c === "," || c === "}" || c === "]" || WHITESPACE.has(c);
    if (c === '"') this.inString = true;
    else if (c === "{" || c === "[") this.depth++;
    else if (c === "}" || c === "]") return --this.depth === 0;
    return false;
  }

  private startCapture(c: string, pointer: string, role: "member" | "element"): void {
    this.capturing = true;
    this.parts = [];
    this.chars = 0;
    this.depth = c === "{" || c === "[" ? 1 : 0;
    this.inString = c === '"';
    this.escaped = false;
    this.scalar = !this.inString && this.depth === 0;
    this.captureLine = this.line;
    this.capturePointer = pointer;
    this.captureRole = role;
  }

  private finishCapture(): void {
    this.capturing = false;
    const base = { document: this.document, pointer: this.capturePointer, line: this.captureLine };
    if (this.chars > this.maxChars) this.emit({ kind: "too-large", ...base, chars: this.chars });
    else this.emit({ kind: "value", ...base, role: this.captureRole, text: this.parts.join("") });
    this.parts = [];
    const frame = this.frames.at(-1);
    if (frame) frame.state = "comma";
  }

  private fail(message: string): void {
    const pointer = this.frames.at(-1)?.pointer ?? "";
    this.emit({
      kind: "error",
      document: this.document,
      pointer,
      line: this.line,
      column: this.column + 1,
      message,
    });
    this.stopped = true;
  }

  private readKey(c: string): void {
    if (this.keyEscaped) {
      this.keyText += c === "n" ? "\n" : c === "t" ? "\t" : c;
      this.keyEscaped = false;
    } else if (c === "\\") this.keyEscaped = true;
    else if (c === '"') {
      this.readingKey = false;
      const frame = this.frames.at(-1) as Frame;
      frame.key = this.keyText;
      frame.state = "colon";
    } else if (this.keyText.length > 1000) this.fail("a member name over 1,000 characters");
    else this.keyText += c;
  }

  private structure(c: string): void {
    if (this.readingKey) {
      this.readKey(c);
      return;
    }
    if (WHITESPACE.has(c)) return;
    const frame = this.frames.at(-1);
    if (!frame) {
      this.documentStart(c);
      return;
    }
    if (frame.container === "object") {
      this.objectStep(frame, c);
      return;
    }
    this.arrayStep(frame, c);
    return;
  }

  private documentStart(c: string): void {
    if (c !== "{" && c !== "[") {
      this.fail(`expected { or [ to start a JSON document, found ${c}`);
      return;
    }
    const container = c === "{" ? "object" : "array";
    this.frames.push({
      container,
      pointer: "",
      state: container === "object" ? "key" : "value",
      key: "",
      index: 0,
    });
    this.emit({ kind: "document-start", document: this.document, line: this.line, shape: container });
  }

  private close(): void {
    this.frames.pop();
    const parent = this.frames.at(-1);
    if (parent) {
      parent.state = "comma";
      return;
    }
    this.emit({ kind: "document-end", document: this.document, line: this.line });
    this.document++;
  }

  private objectStep(frame: Frame, c: string): void {
    if (frame.state === "key") {
      if (c === '"') {
        this.readingKey = true;
        this.keyText = "";
        return;
      }
      if (c === "}") {
        this.close();
        return;
      }
      this.fail(`expected a member name in quotes, found ${c}`);
      return;
    }
    if (frame.state === "colon") {
      if (c === ":") frame.state = "value";
      else this.fail(`expected : after "${frame.key}", found ${c}`);
      return;
    }
    if (frame.state === "value") {
      const pointer = `${frame.pointer}/${pointerToken(frame.key)}`;
      if (this.frames.length === 1 && c === "[" && STREAMED_MEMBERS.has(frame.key)) {
        this.frames.push({ container: "array", pointer, state: "value", key: "", index: 0 });
        return;
      }
      if (c === "]" || c === "}" || c === "," || c === ":") {
        this.fail(`expected a value, found ${c}`);
        return;
      }
      this.startCapture(c, pointer, "member");
      return;
    }
    if (c === ",") frame.state = "key";
    else if (c === "}") this.close();
    else this.fail(`expected , or } after "${frame.key}", found ${c}`);
  }

  private arrayStep(frame: Frame, c: string): void {
    if (frame.state === "value") {
      if (c === "]" && frame.index === 0) {
        this.close();
        return;
      }
      if (c === "]" || c === "}" || c === "," || c === ":") {
        this.fail(`expected a value, found ${c}`);
        return;
      }
      this.startCapture(c, `${frame.pointer}/${frame.index}`, "element");
      frame.index++;
      return;
    }
    if (c === ",") frame.state = "value";
    else if (c === "]") this.close();
    else this.fail(`expected , or ] after element ${frame.index - 1}, found ${c}`);
  }
}

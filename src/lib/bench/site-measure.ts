// Measures a whole process tree (a build that starts children: ingest, astro, pagefind): wall
// seconds, the peak of the summed RSS of all live descendants (sampled from /proc), the peak RSS of
// the largest single process (from /usr/bin/time when present, else sampled), CPU seconds, and the
// seconds, CPU seconds and peak of each stage, a stage being started by an output line that matches `stageMarker`.
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync } from "node:fs";

export interface Stage {
  label: string;
  seconds: number;
  /** CPU seconds (user + system) of the whole tree during the stage. */
  cpuSeconds: number;
  peakTreeRssBytes: number;
}

export interface TreeMeasurement {
  seconds: number;
  /** CPU seconds (user + system) of the whole tree: on a shared machine, steadier than wall time. */
  cpuSeconds: number;
  /** Peak of the summed RSS of the process and all its descendants at one moment (sampled). */
  peakTreeRssBytes: number;
  /** Peak RSS of the largest single process in the tree. */
  peakProcessRssBytes: number;
  /** How peakProcessRssBytes was obtained. */
  processRssSource: "/usr/bin/time" | "sampled";
  stages: Stage[];
  /** Output lines matching `keep`, in order. */
  kept: string[];
}

export interface TreeOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Every output line goes here (the output of a 30,000-page build is long). */
  logFile: string;
  /** A line matching this starts a new stage; group 1 (or the whole line) is its label. */
  stageMarker?: RegExp;
  /** Output lines to return (e.g. Astro's "pages built in" line). */
  keep?: RegExp;
  sampleMs?: number;
}

const PAGE = 4096;
const TIME = "/usr/bin/time";
const TIME_MARK = "BENCH_TIME=";
/** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ). */
const TICKS = 100;
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes in tool output
const ANSI = /\u001b\[[0-9;]*m/g;

export interface TreeSample {
  /** Summed RSS of the live processes, bytes. */
  total: number;
  /** RSS of the largest live process, bytes. */
  largest: number;
  /** CPU seconds so far of the tree, reaped children included (they count in their parent's cutime). */
  cpu: number;
}

/** RSS and CPU of `root` and every descendant alive now (zeros without /proc). */
export function sampleTree(root: number): TreeSample {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return { total: 0, largest: 0, cpu: 0 };
  }
  const children = new Map<number, number[]>();
  const stats = new Map<number, { rss: number; ticks: number }>();
  for (const name of entries) {
    if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "latin1");
    } catch {
      continue; // exited while we looked
    }
    // Fields from the 3rd (state) on: the command name before them may hold spaces.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const pid = Number(name);
    const ppid = Number(f[1]);
    const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    stats.set(pid, { rss: Number(f[21]) * PAGE, ticks });
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const sample = { total: 0, largest: 0, cpu: 0 };
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    const s = stats.get(pid);
    if (s) {
      sample.total += s.rss;
      sample.largest = Math.max(sample.largest, s.rss);
      sample.cpu += s.ticks / TICKS;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return sample;
}

/** Runs `command args` and measures its process tree; rejects on a non-zero exit. */
export function measureTree(command: string, args: string[], options: TreeOptions): Promise<TreeMeasurement> {
  const useTime = existsSync(TIME);
  const argv = useTime ? [TIME, "-f", `${TIME_MARK}%M %U %S`, command, ...args] : [command, ...args];
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const stages: Stage[] = [];
  const kept: string[] = [];
  let stage = { label: "startup", from: started, cpuFrom: 0, peak: 0 };
  let peakTree = 0;
  let peakSampledProcess = 0;
  let lastCpu = 0;
  let timed: number[] | null = null;
  const closeStage = (now: number, cpu: number) => {
    const { label, from, cpuFrom, peak } = stage;
    stages.push({ label, seconds: (now - from) / 1000, cpuSeconds: cpu - cpuFrom, peakTreeRssBytes: peak });
  };

  return new Promise((resolve, reject) => {
    const child = spawn(argv[0] as string, argv.slice(1), {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const sample = () => {
      if (child.pid === undefined) return;
      const { total, largest, cpu } = sampleTree(child.pid);
      peakTree = Math.max(peakTree, total);
      stage.peak = Math.max(stage.peak, total);
      peakSampledProcess = Math.max(peakSampledProcess, largest);
      lastCpu = Math.max(lastCpu, cpu);
    };
    const timer = setInterval(sample, options.sampleMs ?? 200);
    const onLine = (raw: string) => {
      const line = raw.replace(ANSI, "");
      if (line.startsWith(TIME_MARK)) {
        timed = line.slice(TIME_MARK.length).split(" ").map(Number);
        return;
      }
      log.write(`${line}\n`);
      if (options.keep?.test(line)) kept.push(line);
      const match = options.stageMarker?.exec(line);
      if (match) {
        sample();
        const now = performance.now();
        closeStage(now, lastCpu);
        stage = { label: match[1] ?? line, from: now, cpuFrom: lastCpu, peak: 0 };
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let pending = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        const lines = (pending + chunk).split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) onLine(line);
      });
      stream.on("end", () => {
        if (pending) onLine(pending);
      });
    }
    child.on("close", (code) => {
      clearInterval(timer);
      const now = performance.now();
      const [maxKb = Number.NaN, user = Number.NaN, system = Number.NaN] = timed ?? [];
      const cpu = timed ? user + system : lastCpu;
      closeStage(now, cpu);
      log.end();
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(" ")} exited ${code}; output in ${options.logFile}`));
        return;
      }
      resolve({
        seconds: (now - started) / 1000,
        cpuSeconds: cpu,
        peakTreeRssBytes: peakTree,
        peakProcessRssBytes: timed ? maxKb * 1024 : peakSampledProcess,
        processRssSource: timed ? TIME : "sampled",
        stages: stages.filter((s) => s.label !== "startup" || s.seconds > 0.05),
        kept,
      });
    });
  });
}

export const gb = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

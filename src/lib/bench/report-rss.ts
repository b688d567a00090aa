// Preloaded into a measured child process (node --import): prints its peak RSS on exit.
process.on("exit", () => {
  process.stderr.write(`\nBENCH_PEAK_RSS_BYTES=${process.resourceUsage().maxRSS * 1024}\n`);
});

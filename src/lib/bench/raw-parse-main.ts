// Child-process entry for the raw-parse baseline: parses the files given as arguments.
import { rawParseFiles } from "./raw-parse.ts";

const rows = await rawParseFiles(process.argv.slice(2));
console.log(`rows=${rows}`);

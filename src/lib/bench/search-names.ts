// Synthetic named things for the name index at scale (tests and `npm run bench:search -- --names N`):
// supplier-like names from word lists with legal suffixes and published variants, deterministic.

import { Random } from "../demo/random.ts";
import type { NamedThing } from "../search/entries.ts";

const FIRST =
  "Abbey Acorn Alder Anchor Apex Arden Ash Aspen Atlas Aurora Bay Beacon Beech Birch Bluebell Bramble Bridge Bright Brook Castle Cedar Central Chalk Charter Clear Clover Coast Copper Crest Crown Dale Delta Echo Elm Ember Falcon Fern Field Forge Fox Glen Golden Granite Green Harbour Hazel Heath Heron Highland Holly Horizon Iron Ivy Jade Juniper Kestrel King Lake Larch Lark Linden Lotus Maple Marsh Meadow Mill Moor North Oak Orchard Osprey Park Peak Pine Quarry Raven Ridge River Rose Rowan Sage Silver Skye Slate South Spring Stone Summit Swift Thistle Tor Union Vale Valley West Willow Wren Yew Zenith Zurich".split(
    " ",
  );
const SECOND =
  "Accounting Architects Building Care Catering Cleaning Construction Consulting Data Design Digital Electrical Energy Engineering Environmental Estates Events Facilities Fencing Foods Fuel Garden Glazing Grounds Haulage Health Heating Highways Homes Hygiene Insurance IT Joinery Landscapes Legal Leisure Lighting Logistics Maintenance Media Mechanical Motors Networks Office Paving Plumbing Print Property Recruitment Recycling Roofing Security Signs Software Solutions Supplies Surveying Systems Technology Training Transport Travel Tree Utilities Vehicles Waste Water Welfare Windows Works".split(
    " ",
  );
const THIRD = ["", "Services", "Group", "Partners", "Associates", "& Sons", "UK", "Trust", "Centre"];
const LEGAL = ["Ltd", "Limited", "Plc", "LLP", "", "CIC", "Ltd."];
export const SYNTHETIC_COUNCILS = ["Council A", "Council B", "Council C", "Council D", "Council E"];

const pick = <T>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length)] as T;

const SYLLABLES =
  "ash bar brad bren cal car dan der el fair far gold ham har hew holt kel ken lan ley low mar mere mil mor nor oak ton pen ral rid sel shaw ston thorn ver wal wick win worth".split(
    " ",
  );

/** A pool of surname-like words: a long tail of rare words as in real supplier lists. */
function surnames(size: number, r: () => number): string[] {
  if (size > 1_000_000) throw new Error("at most 1,000,000 surnames");
  const pool = new Set<string>();
  while (pool.size < size) {
    const n = r() < 0.6 ? 2 : r() < 0.8 ? 3 : 4;
    let word = "";
    for (let i = 0; i < n; i++) word += pick(SYLLABLES, r);
    pool.add(word.charAt(0).toUpperCase() + word.slice(1));
  }
  return [...pool];
}

/** `count` suppliers with distinct names, some with other published names; councils A to E. */
export function syntheticSuppliers(count: number, seed = 1): NamedThing[] {
  const seeded = new Random(seed);
  const r = () => seeded.next();
  const councils = SYNTHETIC_COUNCILS;
  const pool = surnames(Math.max(500, Math.round(count / 3)), r);
  /** Skewed towards the start of the pool: a few surnames are common, most rare. */
  const surname = () => pool[Math.floor(r() ** 2 * pool.length)] as string;
  const seen = new Set<string>();
  const things: NamedThing[] = [];
  for (let i = 0; things.length < count; i++) {
    const head = r() < 0.35 ? pick(FIRST, r) : surname();
    const words = [head, pick(SECOND, r), pick(THIRD, r)].filter((w) => w !== "");
    if (r() < 0.3) words.splice(1, 0, r() < 0.5 ? surname() : pick(FIRST, r));
    let name = `${words.join(" ")} ${pick(LEGAL, r)}`.trim();
    if (seen.has(name)) name = `${name} (${i.toString(36)})`;
    seen.add(name);
    const pounds = Math.floor(r() ** 3 * 5_000_000);
    const variants: string[] = [];
    const v = r();
    if (v < 0.15) variants.push(name.toUpperCase());
    else if (v < 0.25) variants.push(`${words.join(" ")} (${pick(FIRST, r)})`);
    else if (v < 0.3) variants.push(words.map((w) => w.charAt(0)).join(""));
    things.push({
      kind: "Supplier",
      name,
      variants,
      path: `suppliers/s${i.toString(36)}/`,
      value: `${pounds}.${String(Math.floor(r() * 100)).padStart(2, "0")}`,
      councils: councils.filter(() => r() < 0.4),
    });
  }
  return things;
}

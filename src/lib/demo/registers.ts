// Contract registers of the fictional councils: one file each, in two header styles, with the
// joint contracts let by Harrowmere listed in its partners' registers too.
import { COUNCILS, type DemoCouncil, type DemoSupplier, SERVICES, spelling } from "./catalogue.ts";
import { type Publisher, plainAmount, q } from "./formats.ts";
import { ICT_PARTNERS } from "./payments.ts";
import type { Random } from "./random.ts";

interface RegisterEntry {
  reference: string;
  title: string;
  description: string;
  supplier: string;
  companyNumber: string;
  start: string;
  end: string;
  review: string;
  total: string;
  annual: string;
  department: string;
  route: string;
  sme: string;
  vcse: string;
  purchasingBody: string;
}

const SALFORD_STYLE =
  "Directorate Name,Process Used,Purchasing Body,Contract Reference,Contract Title,Contract Description,Supplier Company Name,Supplier Postcode,Annual Value,Total Contract Value (including extensions),Start Date,End Date,SME Supplier?,Company Number";
const SIMPLE_STYLE =
  "Reference,Title,Description,Supplier,Company Number,Start Date,End Date,Review Date,Total Value,Annual Value,Department,Procurement Route,SME,VCSE,Purchasing Body";
const ROUTES = [
  "Open tender",
  "Request for quotation",
  "Framework call-off",
  "Direct award",
  "Restricted tender",
];

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const uk = (isoDate: string) => (isoDate.length === 10 ? isoDate.split("-").reverse().join("/") : isoDate);

function jointEntries(council: DemoCouncil): RegisterEntry[] {
  const lead = COUNCILS[0] as DemoCouncil;
  const all = COUNCILS.map((c) => c.name).join(", ");
  const ict = COUNCILS.filter((c) => ICT_PARTNERS.includes(c.slug))
    .map((c) => c.name)
    .join(", ");
  const entries: RegisterEntry[] = [
    {
      reference: "HDC-C-0001",
      title: "Joint waste and recycling collection",
      description: `Household waste and recycling collection for ${all}, let by ${lead.name} on behalf of all five partners.`,
      supplier: "Greenline Waste Services Ltd",
      companyNumber: "4123456",
      start: "2022-04-01",
      end: "2030-03-31",
      review: "2027-03-31",
      total: "48000000.00",
      annual: "6000000.00",
      department: "Waste & Recycling",
      route: "Open tender",
      sme: "No",
      vcse: "No",
      purchasingBody: lead.name,
    },
  ];
  if (ICT_PARTNERS.includes(council.slug)) {
    entries.push({
      reference: "HDC-C-0002",
      title: "Shared ICT service: infrastructure and service desk",
      description: `Shared ICT service for ${ict}, hosted by ${lead.name}.`,
      supplier: "Meridian Digital Ltd",
      companyNumber: "7654321",
      start: "2023-10-01",
      end: "2028-09-30",
      review: "TBC",
      total: "7080000.00",
      annual: "1416000.00",
      department: "ICT",
      route: "Framework call-off",
      sme: "Noo",
      vcse: "N/A",
      purchasingBody: lead.name,
    });
  }
  return entries;
}

function ownEntries(
  council: DemoCouncil,
  suppliers: DemoSupplier[],
  rng: Random,
  style: Publisher["nameStyle"],
): RegisterEntry[] {
  const entries: RegisterEntry[] = [];
  const count = rng.int(22, 40);
  for (let i = 0; i < count; i++) {
    const supplier = suppliers[Math.min(suppliers.length - 1, 2 + i * 3 + rng.int(0, 2))] as DemoSupplier;
    const department = rng.pick(Object.keys(SERVICES));
    const type = rng.pick(SERVICES[department] as string[]);
    const startYear = rng.int(2019, 2024);
    const years = rng.int(1, 5);
    const annual = rng.int(6, 400) * 1000 + rng.int(0, 99) * 10;
    const placeholder = i % 9 === 4;
    entries.push({
      reference: `${council.short}-${String(100 + i).padStart(4, "0")}`,
      title: `${type} (${department})`,
      description: `Provision of ${type.toLowerCase()} for the council's ${department} service.`,
      supplier: spelling(supplier.name, style),
      // Company numbers as registers publish them: often without leading zeros, sometimes missing.
      companyNumber: supplier.companyNumber
        ? i % 2 === 0
          ? supplier.companyNumber.replace(/^0+/, "")
          : supplier.companyNumber
        : i % 5 === 0
          ? "N/A"
          : "",
      start: iso(startYear, rng.int(1, 12), 1),
      end: placeholder ? "TBC" : iso(startYear + years, rng.int(1, 12), 28),
      review: i % 3 === 0 ? "-" : iso(startYear + years - 1, 6, 30),
      total: i % 11 === 7 ? "Various" : plainAmount(annual * years * 1_000_000),
      annual: plainAmount(annual * 1_000_000),
      department,
      route: rng.pick(ROUTES),
      sme: rng.pick(["Yes", "No", "Noo", "Y"]),
      vcse: supplier.name.includes("Trust") || supplier.name.includes("CIC") ? "Yes" : "No",
      purchasingBody: council.name,
    });
  }
  return entries;
}

/** The register file's text (before encoding) for one council. */
export function registerText(
  council: DemoCouncil,
  publisher: Publisher,
  suppliers: DemoSupplier[],
  rng: Random,
): string {
  const entries = [...jointEntries(council), ...ownEntries(council, suppliers, rng, publisher.nameStyle)];
  const salford = council.slug === "fenmouth";
  const dates = council.slug === "harrowmere" || council.slug === "brackenridge" ? (d: string) => d : uk;
  const lines = [salford ? SALFORD_STYLE : SIMPLE_STYLE];
  for (const e of entries) {
    const cells = salford
      ? [
          e.department,
          e.route,
          e.purchasingBody,
          e.reference,
          e.title,
          e.description,
          e.supplier,
          "FN1 1AA",
          e.annual,
          e.total,
          dates(e.start),
          dates(e.end),
          e.sme,
          e.companyNumber,
        ]
      : [
          e.reference,
          e.title,
          e.description,
          e.supplier,
          e.companyNumber,
          dates(e.start),
          dates(e.end),
          dates(e.review),
          e.total,
          e.annual,
          e.department,
          e.route,
          e.sme,
          e.vcse,
          e.purchasingBody,
        ];
    lines.push(cells.map(q).join(","));
  }
  return `${lines.join(publisher.newline)}${publisher.newline}`;
}

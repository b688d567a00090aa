// The fictional partnership: councils, suppliers and the services they pay for.

export interface DemoCouncil {
  slug: string;
  name: string;
  short: string;
  gss: string;
  population: number;
  domain: string;
}

export const COUNCILS: DemoCouncil[] = [
  {
    slug: "harrowmere",
    name: "Harrowmere District Council",
    short: "HDC",
    gss: "E07000901",
    population: 118_400,
    domain: "harrowmere.example",
  },
  {
    slug: "kestwick",
    name: "Kestwick Borough Council",
    short: "KBC",
    gss: "E07000902",
    population: 96_200,
    domain: "kestwick.example",
  },
  {
    slug: "fenmouth",
    name: "Fenmouth District Council",
    short: "FDC",
    gss: "E07000903",
    population: 71_800,
    domain: "fenmouth.example",
  },
  {
    slug: "ashvale",
    name: "Ashvale District Council",
    short: "ADC",
    gss: "E07000904",
    population: 134_900,
    domain: "ashvale.example",
  },
  {
    slug: "brackenridge",
    name: "Brackenridge District Council",
    short: "BDC",
    gss: "E07000905",
    population: 62_300,
    domain: "brackenridge.example",
  },
];

/** Department → expense types a district council pays under it. */
export const SERVICES: Record<string, string[]> = {
  "Waste & Recycling": ["Contract Payments", "Vehicle Hire", "Fuel", "Bins & Containers", "Disposal Fees"],
  Housing: [
    "Temporary Accommodation",
    "Repairs & Maintenance",
    "Grants to Individuals",
    "Homelessness Prevention",
  ],
  "Leisure & Culture": ["Grants to Organisations", "Events", "Equipment", "Management Fee"],
  Planning: ["Consultancy", "Legal Fees", "Advertising", "Surveys"],
  "Revenues & Benefits": ["Postage", "Printing", "Software Licences", "Bailiff Fees"],
  ICT: ["Software Licences", "Hardware", "Telephony", "Shared Service Recharge", "Consultancy"],
  Corporate: ["Insurance", "Audit Fees", "Subscriptions", "Training"],
  "Environmental Health": ["Pest Control", "Laboratory Services", "Equipment", "Consultancy"],
  "Parks & Open Spaces": ["Grounds Maintenance", "Tree Works", "Play Equipment", "Fencing"],
  "Facilities Management": ["Cleaning", "Electricity", "Gas", "Water", "Security"],
};

const FIRST = [
  "Northgate",
  "Ashdown",
  "Brightwater",
  "Calder",
  "Dunmore",
  "Elmstead",
  "Foxley",
  "Granite",
  "Hartley",
  "Ironbridge",
  "Juniper",
  "Kingsway",
  "Larkspur",
  "Meadowbank",
  "Nettlebed",
  "Oakfield",
  "Pennine",
  "Quayside",
  "Redhill",
  "Stonecroft",
  "Thornfield",
  "Upland",
  "Vale",
  "Westbrook",
  "Yarrow",
  "Amberley",
  "Beacon",
  "Cobalt",
  "Drayton",
  "Evergreen",
];
const SECOND = [
  "Environmental",
  "Facilities",
  "Consulting",
  "Print",
  "Legal",
  "Grounds",
  "Digital",
  "Energy",
  "Cleaning",
  "Fleet",
  "Security",
  "Care",
  "Surveying",
  "Building",
  "Catering",
  "Arboricultural",
  "Engineering",
  "Training",
  "Supplies",
  "Events",
];
const THIRD = [
  "Services",
  "Solutions",
  "Group",
  "Partners",
  "Contractors",
  "Associates",
  "& Co",
  "Systems",
  "UK",
  "Trust",
];
const FORMS = ["Ltd", "Limited", "Ltd", "LLP", "PLC", "", "CIC", "Ltd"];

export interface DemoSupplier {
  name: string;
  companyNumber: string;
  /** Partners with a separate name under which the council's ledger holds the supplier. */
  variants?: string[];
}

/** Named suppliers the story of the demo needs, before the generated long tail. */
export const KEY_SUPPLIERS: DemoSupplier[] = [
  { name: "Greenline Waste Services Ltd", companyNumber: "04123456" },
  { name: "Meridian Digital Ltd", companyNumber: "07654321" },
  { name: "British Telecommunications Plc", companyNumber: "01800000" },
  { name: "Redactive Events Ltd", companyNumber: "09111222" },
  { name: "Café Rouge Catering", companyNumber: "" },
  { name: "Zurich Insurance Plc", companyNumber: "" },
  { name: "Harlow & Finch Ltd", companyNumber: "" },
  { name: "Hartley Facilities Services Ltd", companyNumber: "05550123", variants: ["HFS Facilities"] },
  { name: "Vale Credit Union Limited", companyNumber: "IP12345R" },
  { name: "Personal Best Life Coaching Ltd", companyNumber: "" },
];

/** About `count` suppliers: the key ones, then generated names with a long tail of small ones. */
export function supplierCatalogue(count: number): DemoSupplier[] {
  const suppliers = [...KEY_SUPPLIERS];
  for (let i = 0; suppliers.length < count; i++) {
    const first = FIRST[i % FIRST.length] as string;
    const second = SECOND[Math.floor(i / FIRST.length) % SECOND.length] as string;
    const third = THIRD[Math.floor(i / (FIRST.length * SECOND.length)) % THIRD.length] as string;
    const form = FORMS[i % FORMS.length] as string;
    const name = `${first} ${second}${i % 3 === 0 ? ` ${third}` : ""}${form ? ` ${form}` : ""}`;
    const hasNumber = form === "Ltd" || form === "Limited" || form === "PLC";
    suppliers.push({
      name,
      companyNumber: hasNumber && i % 4 !== 3 ? String(1_000_000 + i * 7919).padStart(8, "0") : "",
    });
  }
  return suppliers;
}

/** How a council's finance system spells a supplier's name. */
export function spelling(name: string, style: "upper" | "limited" | "ltd" | "as-is" | "lower-and"): string {
  switch (style) {
    case "upper":
      return name.toUpperCase();
    case "limited":
      return name.replace(/\bLtd$/, "Limited");
    case "ltd":
      return name.replace(/\bLimited$/, "Ltd.").replace(/\bPlc$/, "PLC");
    case "lower-and":
      return name.replace(/ & /g, " and ");
    default:
      return name;
  }
}

export const REDACTION_WORDINGS = [
  "REDACTED UNDER DP ACT",
  "Redacted Personal Data",
  "REDACTED - Personal Information",
  "Redacted \u2013 personal data",
  "Redacted Personal Information",
  "individual",
];

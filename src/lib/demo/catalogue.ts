// The fictional partnership: councils, the services a district council pays for, and the
// named suppliers the demo's story needs. Every name here is invented (or a company the facts
// file names as a real-world trap, such as Redactive Events Ltd).

export interface DemoCouncil {
  slug: string;
  name: string;
  short: string;
  gss: string;
  population: number;
  domain: string;
  /** Other names partners' ledgers use for this council (supplier column of recharges). */
  aliases: string[];
}

export const COUNCILS: DemoCouncil[] = [
  c("harrowmere", "Harrowmere District Council", "HDC", "E07000901", 118_400, [
    "Harrowmere DC",
    "HDC Shared ICT",
  ]),
  c("kestwick", "Kestwick Borough Council", "KBC", "E07000902", 96_200, ["Kestwick BC"]),
  c("fenmouth", "Fenmouth District Council", "FDC", "E07000903", 71_800, ["Fenmouth DC"]),
  c("ashvale", "Ashvale District Council", "ADC", "E07000904", 134_900, ["Ashvale DC"]),
  c("brackenridge", "Brackenridge District Council", "BDC", "E07000905", 62_300, ["Brackenridge D.C."]),
];

function c(slug: string, name: string, short: string, gss: string, population: number, aliases: string[]) {
  return { slug, name, short, gss, population, domain: `${slug}.example`, aliases };
}

export const LEAD = COUNCILS[0] as DemoCouncil;
export const ICT_PARTNERS = ["harrowmere", "kestwick", "ashvale"];
export const ICT_START = { year: 2023, month: 10 };
export const WASTE_REF = "HDC-C-0001";
export const ICT_REF = "HDC-C-0002";

export const councilBySlug = (slug: string): DemoCouncil =>
  COUNCILS.find((x) => x.slug === slug) as DemoCouncil;

/** Department -> expense types a district council pays under it. */
export const SERVICES: Record<string, string[]> = {
  "Waste & Recycling": ["Contract Payments", "Vehicle Hire", "Fuel", "Bins & Containers", "Disposal Fees"],
  Housing: [
    "Temporary Accommodation",
    "Repairs & Maintenance",
    "Disabled Facilities Grants",
    "Homelessness Prevention",
  ],
  "Leisure & Culture": ["Grants to Organisations", "Events", "Equipment", "Management Fee"],
  Planning: ["Consultancy", "Legal Fees", "Advertising", "Surveys"],
  "Revenues & Benefits": ["Postage", "Printing", "Software Licences", "Enforcement Agent Fees"],
  ICT: ["Software Licences", "Hardware", "Telephony", "Managed Service", "Support & Maintenance"],
  Corporate: ["Insurance", "Audit Fees", "Subscriptions", "Training", "Legal Fees"],
  "Environmental Health": ["Pest Control", "Laboratory Services", "Equipment", "Consultancy"],
  "Parks & Open Spaces": ["Grounds Maintenance", "Tree Works", "Play Equipment", "Fencing"],
  "Facilities Management": ["Cleaning", "Electricity", "Gas", "Water", "Security"],
};
export const AREAS = Object.keys(SERVICES);

/** SeRCOP subjective group of an expense type (Brackenridge publishes it). */
export function subjectiveGroup(type: string): string {
  if (/Hire|Fuel|Vehicle/.test(type)) return "Transport";
  if (/Electricity|Gas|Water|Cleaning|Security|Repairs|Grounds|Tree|Fencing/.test(type)) return "Premises";
  if (/Grants|Accommodation|Homelessness/.test(type)) return "Transfer Payments";
  if (/Contract|Recharge|Managed|Management Fee/.test(type)) return "Third Party Payments";
  if (/Training/.test(type)) return "Employees";
  return "Supplies & Services";
}

/** Trade words of generated supplier names, with the department that mostly buys from them. */
export const TRADES: [string, string][] = [
  ["Environmental Services", "Waste & Recycling"],
  ["Recycling", "Waste & Recycling"],
  ["Fleet Hire", "Waste & Recycling"],
  ["Skip & Container", "Waste & Recycling"],
  ["Housing Association", "Housing"],
  ["Lettings", "Housing"],
  ["Building Services", "Housing"],
  ["Property Maintenance", "Housing"],
  ["Roofing", "Housing"],
  ["Leisure", "Leisure & Culture"],
  ["Arts Trust", "Leisure & Culture"],
  ["Sports Equipment", "Leisure & Culture"],
  ["Events", "Leisure & Culture"],
  ["Planning Consultants", "Planning"],
  ["Surveying", "Planning"],
  ["Ecology", "Planning"],
  ["Print & Post", "Revenues & Benefits"],
  ["Enforcement", "Revenues & Benefits"],
  ["Mailing", "Revenues & Benefits"],
  ["Digital", "ICT"],
  ["Software", "ICT"],
  ["Networks", "ICT"],
  ["Computer Supplies", "ICT"],
  ["Legal", "Corporate"],
  ["Training", "Corporate"],
  ["Recruitment", "Corporate"],
  ["Pest Control", "Environmental Health"],
  ["Analytical Laboratories", "Environmental Health"],
  ["Grounds Maintenance", "Parks & Open Spaces"],
  ["Tree Surgery", "Parks & Open Spaces"],
  ["Play Systems", "Parks & Open Spaces"],
  ["Fencing", "Parks & Open Spaces"],
  ["Cleaning", "Facilities Management"],
  ["Security", "Facilities Management"],
  ["Energy", "Facilities Management"],
  ["Facilities", "Facilities Management"],
  ["Lift Engineering", "Facilities Management"],
  ["Water Hygiene", "Facilities Management"],
];

/** Invented place-like words for supplier names. */
export const PLACES = [
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
  "Westbrook",
  "Yarrow",
  "Amberley",
  "Beacon",
  "Cobalt",
  "Drayton",
  "Evergreen",
  "Fernhill",
  "Goldcrest",
  "Hollybush",
  "Ivydene",
  "Kestrel",
  "Linden",
  "Millbrook",
  "Newlands",
  "Orchard",
  "Pinewood",
  "Riverside",
  "Saltmarsh",
  "Tallow",
  "Underwood",
  "Vantage",
  "Wheatley",
  "Alder",
  "Bramble",
  "Copperfield",
  "Dovecote",
  "Eastfield",
  "Foxglove",
  "Greystone",
  "Heron",
  "Inglewood",
  "Kingfisher",
  "Lowther",
  "Marlow Vale",
  "Northwood",
  "Oxbow",
  "Pebblebrook",
];

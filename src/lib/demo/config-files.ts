// partnership.json, council.json and suppliers.json of the demonstration partnership.
import { COUNCILS, type DemoCouncil, ICT_PARTNERS, ICT_REF, LEAD, WASTE_REF } from "./catalogue.ts";
import { CORRECTED_MONTH } from "./month-quirks.ts";
import { aliasEntries } from "./suppliers.ts";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function partnershipJson(): string {
  return json({
    name: "Five Vales Shared Services Partnership",
    description:
      "Five fictional district councils that buy together: one waste and recycling contract for all five, and a shared ICT service for three of them since October 2023. Demonstration data: every council, supplier and payment is invented.",
    councils: COUNCILS.map((c) => c.slug),
    demo: true,
    website: "https://www.fivevales.example/",
    licence: "OGL-UK-3.0",
    ocds: { ocid_prefix: "ocds-5vales", publisher: { name: "Five Vales Shared Services Partnership" } },
    accessibility: {
      contact_email: "accessibility@fivevales.example",
      prepared: "2026-12-02",
    },
    arrangements: [
      {
        id: "joint-waste",
        name: "Joint waste and recycling contract",
        description: `One collection contract let by ${LEAD.name} for all five partners; each partner pays the contractor monthly.`,
        partners: COUNCILS.map((c) => c.slug),
        start_date: "2022-04-01",
        review_date: "2027-03-31",
        end_date: "2030-03-31",
        categories: ["Waste & Recycling"],
        contracts: [WASTE_REF],
      },
      {
        id: "shared-ict",
        name: "Shared ICT service",
        description: `Infrastructure and service desk shared by three partners, hosted by ${LEAD.name}, which pays the provider and recharges the others.`,
        partners: ICT_PARTNERS,
        start_date: "2023-10-01",
        review_date: "2026-09-30",
        categories: ["ICT"],
        savings_target: { amount: 600000, per: "year", shared: "equally" },
        contracts: [ICT_REF],
      },
    ],
  });
}

export function councilJson(council: DemoCouncil): string {
  const corrected = `spend/${CORRECTED_MONTH}-corrected.csv`;
  return json({
    name: council.name,
    short_name: council.short,
    gss_code: council.gss,
    population: { value: council.population, year: 2023, source: "Demonstration figure" },
    website: `https://www.${council.domain}/`,
    publication_url: `https://www.${council.domain}/transparency/spending-over-500`,
    contact_email: `transparency@${council.domain}`,
    licence: "OGL-UK-3.0",
    // The fictional postcodes of its suppliers start with these letters (Harrowmere's HM as well).
    local_postcode_areas: council.slug === "harrowmere" ? ["HD", "HM"] : [council.short.slice(0, 2)],
    aliases: council.aliases,
    ...(council.slug === "brackenridge" ? { columns: { expense_area: "ServiceLabel" } } : {}),
    ...(council.slug === "kestwick"
      ? {
          files: {
            [corrected]: {
              replaces: `spend/${CORRECTED_MONTH}.csv`,
              note: "Re-issued by the council: one amount restated and a payment left out of the first issue added.",
            },
          },
        }
      : {}),
  });
}

export function suppliersJson(): string {
  return json({ aliases: aliasEntries([]) });
}

// partnership.json, council.json and suppliers.json of the demonstration partnership.
import { COUNCILS, type DemoCouncil } from "./catalogue.ts";
import { ICT_PARTNERS } from "./payments.ts";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function partnershipJson(): string {
  return json({
    name: "Five Vales Shared Services Partnership",
    description:
      "Five district councils that buy together: one waste and recycling contract for all five, and a shared ICT service for three of them since October 2023.",
    councils: COUNCILS.map((c) => c.slug),
    demo: true,
    licence: "OGL-UK-3.0",
    arrangements: [
      {
        id: "joint-waste",
        name: "Joint waste and recycling contract",
        description: "One collection contract let by Harrowmere District Council for all five partners.",
        partners: COUNCILS.map((c) => c.slug),
        start_date: "2022-04-01",
        review_date: "2027-03-31",
        end_date: "2030-03-31",
        categories: ["Waste & Recycling"],
        contracts: ["HDC-C-0001"],
      },
      {
        id: "shared-ict",
        name: "Shared ICT service",
        description:
          "Infrastructure and service desk shared by three partners, hosted by Harrowmere District Council.",
        partners: ICT_PARTNERS,
        start_date: "2023-10-01",
        review_date: "2026-09-30",
        categories: ["ICT"],
        savings_target: { amount: 600000, per: "year", shared: "equally" },
        contracts: ["HDC-C-0002"],
      },
    ],
  });
}

export function councilJson(council: DemoCouncil): string {
  return json({
    name: council.name,
    short_name: council.short,
    gss_code: council.gss,
    population: { value: council.population, year: 2023, source: "Demonstration figure" },
    website: `https://www.${council.domain}/`,
    publication_url: `https://www.${council.domain}/transparency/spending`,
    contact_email: `foi@${council.domain}`,
    licence: "OGL-UK-3.0",
    ...(council.slug === "brackenridge" ? { columns: { expense_area: "CostCentreName" } } : {}),
    ...(council.slug === "kestwick"
      ? {
          files: {
            "spend/2023-07-corrected.csv": {
              replaces: "spend/2023-07.csv",
              note: "Re-issued with a restated amount and a missing payment.",
            },
          },
        }
      : {}),
  });
}

export function suppliersJson(): string {
  return json({
    aliases: [
      { name: "Hartley Facilities Services Ltd", company_number: "05550123", variants: ["HFS Facilities"] },
    ],
  });
}

// zod schemas for the data folder's configuration files (the interface councils rely on).
import { z } from "zod";
import { SERVICE_IDS, SUBJECTIVE_IDS } from "../categories/sercop.ts";
import { CONTRACT_FIELDS, SPEND_FIELDS } from "../model.ts";

/** A web address: http or https only (a javascript: or data: link would run in the reader's browser). */
const webUrl = z.url({ protocol: /^https?$/ });

export const ENCODINGS = ["utf-8", "windows-1252", "cp850", "cp437", "utf-16le", "utf-16be"] as const;
export type Encoding = (typeof ENCODINGS)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug such as east-vale");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date yyyy-mm-dd");

/**
 * GSS code prefixes of every UK council type: E06 unitary, E07 district, E08 metropolitan borough,
 * E09 London borough, E10 county, W06 Welsh principal area, S12 Scottish council area, N09 Northern
 * Irish district. A code is the prefix and six digits.
 */
export const GSS_COUNCIL_PREFIXES = ["E06", "E07", "E08", "E09", "E10", "W06", "S12", "N09"] as const;
const GSS_CODE = new RegExp(`^(?:${GSS_COUNCIL_PREFIXES.join("|")})\\d{6}$`);
const GSS_CODE_MESSAGE = `must be a council's GSS code: ${GSS_COUNCIL_PREFIXES.join(", ")} and six digits, such as E07000040`;

const canonicalField = z.enum([...new Set<string>([...SPEND_FIELDS, ...CONTRACT_FIELDS])] as [
  string,
  ...string[],
]);

export const fileOptionsSchema = z.strictObject({
  /** Force the file's text encoding instead of detecting it. */
  encoding: z.enum(ENCODINGS).optional(),
  /**
   * This file is a corrected re-issue of another file, or of several (a year's file correcting its
   * months): paths relative to the council folder.
   */
  replaces: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  /** Physical line (1-based) of the header row, when detection should not guess. */
  header_line: z.number().int().positive().optional(),
  /** A note shown beside the file on the site. */
  note: z.string().optional(),
});
export type FileOptions = z.infer<typeof fileOptionsSchema>;

export const councilSchema = z.strictObject({
  name: z.string().min(1),
  short_name: z.string().min(1).optional(),
  gss_code: z.string().regex(GSS_CODE, GSS_CODE_MESSAGE).optional(),
  population: z
    .strictObject({ value: z.number().int().positive(), year: z.number().int(), source: z.string().min(1) })
    .optional(),
  website: webUrl.optional(),
  publication_url: webUrl.optional(),
  contact_email: z.email().optional(),
  licence: z.string().min(1).optional(),
  /**
   * Postcode areas (the letters before the first digit: EX, TQ, PL) whose suppliers count as local
   * to the council for social value. Without it, no supplier is counted local or not local.
   */
  local_postcode_areas: z
    .array(
      z.string().regex(/^[A-Z]{1,2}$/, "must be a postcode area: one or two capital letters, such as EX"),
    )
    .min(1)
    .optional(),
  /** Other names the council appears under in suppliers' columns (for recharges between partners). */
  aliases: z.array(z.string().min(1)).optional(),
  /** canonical field -> published header (or several headers, for files that changed over time). */
  columns: z
    .partialRecord(canonicalField, z.union([z.string().min(1), z.array(z.string().min(1))]))
    .optional(),
  /** Per-file facts, keyed by the path relative to the council folder (e.g. spend/2024-04.csv). */
  files: z.record(z.string().min(1), fileOptionsSchema).optional(),
  /** Published department / expense type → comparable category id (src/lib/categories/sercop.ts). */
  categories: z
    .strictObject({
      services: z
        .record(z.string().min(1), z.enum(SERVICE_IDS, { error: `must be one of ${SERVICE_IDS.join(", ")}` }))
        .optional(),
      subjective: z
        .record(
          z.string().min(1),
          z.enum(SUBJECTIVE_IDS, { error: `must be one of ${SUBJECTIVE_IDS.join(", ")}` }),
        )
        .optional(),
    })
    .optional(),
});
export type CouncilConfig = z.infer<typeof councilSchema>;

export const arrangementSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  description: z.string().optional(),
  partners: z.array(slug).min(1),
  start_date: isoDate,
  review_date: isoDate.optional(),
  end_date: isoDate.optional(),
  categories: z.array(z.string().min(1)).optional(),
  savings_target: z
    .strictObject({
      amount: z.number().positive(),
      per: z.enum(["year", "total"]),
      shared: z.string().optional(),
    })
    .optional(),
  contracts: z.array(z.string().min(1)).optional(),
});

/** How the partnership publishes its contracts as OCDS (data/ocds/release-package.json). */
export const ocdsPublishingSchema = z.strictObject({
  /** The ocid prefix the Open Contracting Partnership registered for the publisher: ocds- and six characters. */
  ocid_prefix: z
    .string()
    .regex(
      /^ocds-[a-z0-9]{6}$/,
      "must be an ocid prefix: ocds- and six lower-case letters or digits, such as ocds-5vales",
    ),
  /** The publisher named in the release packages (default: the partnership's name). */
  publisher: z
    .strictObject({
      name: z.string().min(1),
      uri: webUrl.optional(),
      scheme: z.string().min(1).optional(),
      uid: z.string().min(1).optional(),
    })
    .optional(),
});
export type OcdsPublishing = z.infer<typeof ocdsPublishingSchema>;

export const partnershipSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  councils: z.array(slug).min(1),
  /** True for generated demonstration data: every page says so. */
  demo: z.boolean().optional(),
  website: webUrl.optional(),
  licence: z.string().min(1).optional(),
  arrangements: z.array(arrangementSchema).optional(),
  /** OCDS publishing: the ocid prefix and publisher of data/ocds/ (without it, a placeholder prefix is used). */
  ocds: ocdsPublishingSchema.optional(),
  /** The site's accessibility statement (/accessibility/): who to tell about a problem, and its dates. */
  accessibility: z
    .strictObject({
      contact_email: z.email().optional(),
      prepared: isoDate.optional(),
      reviewed: isoDate.optional(),
    })
    .optional(),
});
export type PartnershipConfig = z.infer<typeof partnershipSchema>;

/** data/suppliers.json: manual aliases joining supplier names the normaliser cannot. */
export const supplierAliasesSchema = z.strictObject({
  aliases: z.array(
    z.strictObject({
      /** The name every listed variant is filed under. */
      name: z.string().min(1),
      company_number: z.string().optional(),
      variants: z.array(z.string().min(1)).min(1),
    }),
  ),
});
export type SupplierAliases = z.infer<typeof supplierAliasesSchema>;

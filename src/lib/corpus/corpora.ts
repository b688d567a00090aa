// The real councils' published histories the corpus check runs over: public repositories mirrored
// beside the project (never copied into it), each laid out as one council's spend folder.

export interface Corpus {
  /** The repository, as GitHub names it. */
  repository: string;
  /** The council slug the corpus is laid out under. */
  slug: string;
  name: string;
  gss_code?: string;
  /** Which of the repository's files are published payments (paths inside the repository). */
  payments: RegExp;
  /** Corrected re-issues the council published: corrected file -> the file it replaces (repository paths). */
  replaces?: Record<string, string>;
}

export const CORPORA: readonly Corpus[] = [
  {
    repository: "Devon-County-Council/spending",
    slug: "devon",
    name: "Devon County Council",
    gss_code: "E10000008",
    payments: /\.csv$/i,
  },
  {
    // A mixed open-data repository: its payment files are under supplierpayments/, some repeated at
    // the top level; the rest (schools, elections, population) are not payments.
    repository: "warwickshire/opendata",
    slug: "warwickshire",
    name: "Warwickshire County Council",
    gss_code: "E10000031",
    payments: /^(supplierpayments\/|all-[^/]*\.csv$)/i,
    replaces: { "supplierpayments/all-august-2013-corrected.csv": "supplierpayments/all-aug-2013.csv" },
  },
  {
    repository: "Devon-County-Council/procurement-card-spending",
    slug: "devon-cards",
    name: "Devon County Council (purchase cards)",
    gss_code: "E10000008",
    payments: /\.csv$/i,
  },
  {
    repository: "OxOpenData/procurement-card-spending",
    slug: "oxford-cards",
    name: "Oxford City Council (purchase cards)",
    gss_code: "E07000178",
    payments: /^data\/.*\.csv$/i,
  },
  {
    // Four Greater Manchester councils' payments for one month, and the data model's templates.
    repository: "GMDSP-Linked-Data/Expenditure",
    slug: "greater-manchester",
    name: "Greater Manchester councils (GMDSP examples)",
    payments: /^(Example Data|Generic Models)\/.*\.(csv|xlsx?)$/i,
  },
];

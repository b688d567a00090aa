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
  /**
   * Corrected re-issues the council published: corrected file -> the file or files it replaces
   * (repository paths; a member of an archive as `archive.zip!/member.csv`).
   */
  replaces?: Record<string, string | string[]>;
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
    replaces: {
      "supplierpayments/all-august-2013-corrected.csv": "supplierpayments/all-aug-2013.csv",
      // The year's corrected file: the same transactions (Transno) as the months it corrects, with
      // corrected names and descriptions, and payments the monthly files left out.
      "supplierpayments/corrected-2015-2016-supplier-data.csv.zip!/corrected-2015-2016-supplier-data.csv": [
        "april-2015",
        "may-2015",
        "june-2015",
        "july-2015",
        "august-2015",
        "september-2015",
        "october-2015",
        "november-2015",
        "december-2015",
        "january-2016",
        "feb-2016",
        "march-2016",
      ].map((month) => `supplierpayments/all-${month}.csv`),
    },
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

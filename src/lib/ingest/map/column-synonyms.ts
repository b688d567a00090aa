// The synonyms of each canonical field's published headers, the looser patterns, and the lookup of
// a normalised header's candidate fields (see columns.ts for the mapping of a whole header row).
import { CONTRACT_FIELDS, type FileKind, SPEND_FIELDS } from "../../model.ts";

/** Lower-case, everything but a-z0-9 removed: `Amount £ (Excl VAT)` -> `amountexclvat`, `DatePaid` -> `datepaid`. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** An Agresso text suffix: `Ap/Ar ID(T)` is the text (the name) of the `Ap/Ar ID` column. */
const TEXT_SUFFIX = /\(\s*t\s*\)\s*$/i;
/** Marks a key as the text of another column's key. */
const TEXT_MARK = "#t";

/** The lookup key of a published header: normaliseHeader's, with `#t` for an Agresso `(T)` text column. */
export function headerKey(header: string): string {
  const text = TEXT_SUFFIX.exec(header);
  if (!text) return normaliseHeader(header);
  const base = normaliseHeader(header.slice(0, text.index));
  return base === "" ? "t" : `${base}${TEXT_MARK}`;
}

/** A `(T)` column holds the text of its code: the supplier's name for a supplier number, the type for a code. */
const TEXT_FIELD: Record<string, string> = { supplier_ref: "supplier", expense_code: "expense_type" };

/**
 * Synonyms per field in tiers: [score, "Header|Header|…"]. A higher score wins a column and, among
 * several columns for one field, the best scored one wins (then the earlier synonym, then the earlier
 * column). Priority orders that matter are written out in the tiers below.
 */
type Tiers = [number, string][];

const SPEND: Record<string, Tiers> = {
  date: [
    [100, "Payment Date|Date Paid|Paid Date|Pay Date|Date of Payment|Payment_Date|Date|Invoice Payment Date"],
    [90, "Transaction Date|Clearing Date|GL Date|Invoice GL Date|Posting Date|Certified Date|Updated"],
    [90, "Updated Date"],
    [70, "Invoice Date|Date Invoice Paid"],
  ],
  amount: [
    // Net beats gross; Irrecoverable VAT is never the amount (see BLOCK).
    [100, "Net Amount|Net Amount £|Amount Excl VAT|Amount Excluding VAT|Amount|Net|Amount GBP|Net Value"],
    [95, "Invoice Line Value (net of VAT)|Total (excludes VAT)|Invoiced Value|Spend|Value|Amount Paid"],
    [95, "Payment Amount|Transaction Amount|Line Amount|Invoice Distribution Amount"],
    [95, "Sum of Invoice Distribution Amount"],
    [60, "Gross|Gross Amount|Amount Including VAT|Total|Grand Total"],
  ],
  supplier: [
    [100, "Supplier Name|Supplier|Supplier (Beneficiary) Name|Supplier (Beneficiary)"],
    [100, "Approved Supplier (Beneficiary) Name"],
    [95, "Beneficiary|Beneficiary Name|Benificiary Name|Vendor Name|Vendor|Payee|Payee Name|Supplier Text"],
    [95, "Supplier Name(T)|Merchant Name|Merchant|Creditor Name|Recipient|Recipient Name"],
    [95, "Supplier Company Name|Beneficiary (Merchant)|Benificiary (Merchant)"],
    // Gateshead: "Supplier ID(T)" holds the NAME; only used when no better supplier column exists.
    [30, "Supplier ID(T)|Suuplier ID (T)"],
  ],
  supplier_ref: [
    [100, "Supplier ID|Supplier Ref|Supplier Reference|Supplier Number|Supplier No|Supplier Code|SupplierID"],
    [95, "Ap/Ar ID|Apar ID"],
    [95, "Vendor ID|Vendor Number|Creditor ID|Creditor Number|Local Supplier Internal Reference"],
    [95, "Supplier Account"],
  ],
  company_number: [
    [100, "Company Number|Supplier Company Number|Supplier Registered Company Number"],
    [100, "Company Registration Number"],
    [95, "Companies House Number|Registered Company Number|Company Reg No|Company No"],
  ],
  transaction_ref: [
    [100, "Transaction Number|Transaction No|Transaction No.|TransNo|Trans No|Transation Number"],
    [100, "Transaction ID"],
    [95, "Transaction Reference|Transaction Ref|Internal Ref Number|Internal Reference Number"],
    [95, "Voucher Number"],
    [90, "Voucher No|Payment Reference|Payment Number|Document Number|Reference Number|Reference"],
    [60, "Transaction"],
  ],
  invoice_ref: [
    [100, "Invoice Number|Invoice No|Invoice Ref|Invoice Reference|Invoice ID|Supplier Invoice Number"],
  ],
  expense_area: [
    // Most used for the department that spent: Expense Area > Service Area > Directorate > Service Label
    // > Department > group-level names > Service.
    [100, "Expense Area|Service Area|Directorate|Directotate"],
    [100, "Directorate / Service Where Expenditure Incurred"],
    [95, "Service Label|Department|Organisational Unit|Spend Area|Service Area Categorisation"],
    [90, "Group|Service Group|Strategic Group|Nstrg(T)|Strgrp(T)|Strgrpcc(T)|Portfolio|Division"],
    [85, "Service Category Label|Business Unit|Business Unit Description|Entity|Directorate Name"],
    [85, "Service Label(T)|Direct(T)"],
    [80, "Service|Org Short Name|Cost Centre Name|Category Family"],
  ],
  expense_type: [
    // Most specific first: detailed type > expense type > account description > expenditure category
    // > procurement classification > Account (a code at some councils, see accountDescriptionPair).
    [100, "Detailed Expenditure Type|Expense Type|Expenses Type|Expenditure Type|Cipfsubs(T)"],
    [95, "Account Description|Account Name|Subjective Description|Subjective|Expense Description"],
    [95, "Account(T)"],
    [90, "Expenditure Category|SeRCOP Expenditure Category|Cipfsubj(T)|Cost Category|Expenditure Account"],
    [85, "Expenditure Account Code Description|Procurement Classification|Proclass Description|Category"],
    [60, "Account"],
  ],
  expense_code: [
    [100, "Expense Code|Detailed Expenditure Code|SeRCOP Detailed Expenditure Code|Account Code"],
    [100, "Subjective Code"],
    // Agresso's account code, when its text "Account(T)" is the type.
    [50, "Account"],
    [95, "Expenditure Code|SeRCOP Expenditure Code|Expenses Code|Cost Code"],
  ],
  description: [
    [100, "Description|Purpose of Expenditure (Narrative)|Narrative|Purpose|Purpose of Spend"],
    [100, "Purpose of Expenditure"],
    [95, "Purpose of Spend (Summary)|Transaction Description|Line Description|Extended Description|Details"],
  ],
  body_name: [
    [100, "Body Name|Name of Body|Organisation Name|Organisation|Organisation Label|Council|Authority"],
  ],
  body: [[100, "Body|Body URI|Organisation URI|Organisation Code|Body Code"]],
  vat_number: [
    [100, "VAT Reg No|VAT Registration Number|VAT Number|VAT Reg Number|Supplier VAT Registration Number"],
  ],
  capital_revenue: [[100, "Capital or Revenue|Capital / Revenue|Capital Revenue|Revenue or Capital|Cap/Rev"]],
  merchant_category: [[100, "Merchant Category|Procurement (Merchant Category)|Merchant Category Code|MCC"]],
};

const CONTRACTS: Record<string, Tiers> = {
  reference: [[100, "Contract Reference|Contract Ref|Reference|Contract ID|Contract Number|Contract No|Ref"]],
  title: [[100, "Contract Title|Title|Contract Name|Title of Agreement|Project Title|Contract"]],
  description: [[100, "Contract Description|Description|Description of Goods and Services|Summary|Scope"]],
  supplier: [
    [100, "Supplier Company Name|Supplier Name|Supplier|Contractor|Contractor Name|Awarded Supplier"],
    [95, "Provider|Provider Name|Vendor Name|Company Name"],
  ],
  company_number: [
    [100, "Company Number|Company Registration Number|Companies House Number|Supplier Company Number"],
    [95, "Registered Company Number|Company Reg No|Registration Number"],
  ],
  start_date: [[100, "Start Date|Contract Start Date|Commencement Date|Contract Start"]],
  // The current expiry (after extensions taken) beats the original end date.
  end_date: [[100, "Current Expiry Date|Expiry Date|End Date|Contract End Date|Contract End|Finish Date"]],
  // With a current expiry date beside it, "End Date" is the end first agreed.
  original_end_date: [[90, "End Date|Contract End Date|Original End Date|Original Expiry Date"]],
  review_date: [[100, "Review Date|Contract Review Date|Next Review Date"]],
  award_date: [[100, "Award Date|Date Awarded|Contract Award Date|Date of Award|Awarded Date"]],
  contract_type: [
    [100, "Contract Type|Type of Contract|Type|Goods Services or Works|Contract Category|Category"],
    [90, "ProClass Description|Procurement Classification|Procurement Category"],
    [80, "ProClass Classification|ProClass"],
  ],
  extension_options: [
    [100, "Option to extend (months)|Options to Extend|Extension Options|Extension Period|Option to Extend"],
  ],
  supplier_size: [[100, "Supplier Size|Size of Supplier|Organisation Size|Company Size|Business Size"]],
  supplier_postcode: [[100, "Supplier Postcode|Supplier Post Code|Postcode|Post Code"]],
  total_value: [
    [100, "Total Contract Value (including extensions)|Total Contract Value|Total Value|Contract Value"],
    [95, "Estimated Total Value|Value|Total Value of Contract|Estimated Value|Awarded Value"],
  ],
  annual_value: [
    [100, "Annual Value|Estimated Annual Value|Annual Contract Value|Value per Annum|Yearly Value"],
  ],
  department: [
    [100, "Directorate Name|Directorate|Department|Service Area|Responsible Department|Directotate"],
    [90, "Service|Commissioning Department|Division"],
  ],
  procurement_route: [
    [100, "Process Used|Procurement Route|Procurement Process|Procurement Method|Route to Market"],
  ],
  sme: [[100, "SME Supplier?|SME|SME Supplier|Is SME|SME Status"]],
  vcse: [[100, "VCSE?|VCSE|VCSE Supplier|Voluntary Community and Social Enterprise Supplier|Is VCSE"]],
  purchasing_body: [
    [100, "Purchasing Body|Procuring Body|Contracting Authority|Lead Authority|Awarding Body"],
  ],
};

/** Never map these normalised headers to these fields, whatever a pattern says. */
const BLOCK: Record<string, RegExp> = {
  amount: /irrecoverable|unrecoverable|^vat|vatamount|vatreg|number|code|count/,
};

/** Looser patterns for headers no synonym lists (scores below every exact synonym). */
const PATTERNS: Record<FileKind, [string, RegExp, number][]> = {
  spend: [
    ["date", /(pay|paid|payment|transaction|clearing|posting)date|date(paid|ofpayment)/, 50],
    ["date", /^(?!.*(start|end|expiry|review|birth|due|received|invoice)).*date/, 30],
    ["amount", /netamount|amountnet|amountexcl|netofvat/, 50],
    ["amount", /amount|value/, 30],
    ["supplier", /(supplier|beneficiary|benificiary|vendor|payee|creditor|merchant)(s)?name/, 50],
    ["supplier_ref", /^(supplier|vendor|creditor)(id|ref|reference|number|no|code|account)$/, 50],
    ["company_number", /compan(y|ies)(registration|reg|house)?(number|no)/, 50],
    ["transaction_ref", /^trans(action)?(no|num|number|ref|reference|id)/, 50],
    ["invoice_ref", /^invoice(no|num|number|ref|reference|id)/, 50],
    ["expense_area", /directorate|department|servicearea|division/, 40],
    ["expense_type", /expen(se|ses|diture)(type|category)|subjective|accountdesc/, 40],
    ["expense_code", /(expen(se|ses|diture)|account|subjective)code/, 40],
    ["expense_type", /procurement(classification|category)/, 35],
    ["description", /description|narrative|purpose/, 30],
    ["vat_number", /vat(reg|registration)?(no|num|number)/, 50],
    ["capital_revenue", /capital.*revenue|revenue.*capital/, 50],
    ["merchant_category", /merchant.*(category|code|class)/, 50],
  ],
  contracts: [
    ["reference", /(contract|agreement).*(ref|id|number|no)$/, 50],
    ["title", /title/, 50],
    ["description", /description/, 40],
    ["supplier", /(supplier|contractor|provider|vendor).*name/, 50],
    ["company_number", /compan(y|ies)(registration|reg|house)?(number|no)/, 50],
    ["start_date", /(start|commence)/, 40],
    ["end_date", /(end|expiry|expire|finish)date/, 40],
    ["review_date", /review/, 40],
    ["annual_value", /annual|perannum|yearly/, 50],
    ["total_value", /value/, 30],
    ["department", /directorate|department|servicearea|division/, 40],
    ["procurement_route", /process|procedure|procurement(route|method|type)|routetomarket/, 40],
    ["vcse", /vcse|voluntary/, 50],
    ["sme", /^(is)?sme|smesupplier|smestatus/, 45],
    ["purchasing_body", /purchasing|procuring|contractingauthority/, 40],
    ["award_date", /award/, 40],
    ["supplier_size", /(supplier|company|organisation|business)size/, 45],
    ["extension_options", /extend|extension/, 30],
  ],
};

export interface Candidate {
  field: string;
  score: number;
}

function buildTable(tables: Record<string, Tiers>): Map<string, Candidate[]> {
  const table = new Map<string, Candidate[]>();
  for (const [field, tiers] of Object.entries(tables)) {
    let rank = 0;
    for (const [score, list] of tiers) {
      for (const header of list.split("|")) {
        const key = headerKey(header);
        const entry = table.get(key) ?? [];
        // Earlier synonyms of a field rank a little higher than later ones of the same score.
        if (!entry.some((c) => c.field === field)) entry.push({ field, score: score - rank++ * 0.001 });
        table.set(key, entry);
      }
    }
  }
  return table;
}

const TABLES: Record<FileKind, Map<string, Candidate[]>> = {
  spend: buildTable(SPEND),
  contracts: buildTable(CONTRACTS),
};
export const KIND_FIELDS: Record<FileKind, readonly string[]> = {
  spend: SPEND_FIELDS,
  contracts: CONTRACT_FIELDS,
};

/** Longer cells are data or titles, never headers. */
export const MAX_HEADER = 80;

/** Every pattern needs a letter: a key of digits only (an amount, a date, a reference) matches none. */
const HAS_LETTER = /[a-z]/;

/** Candidates of keys seen before, for files without overrides (data rows repeat their cells). */
const seen: Record<FileKind, Map<string, Candidate[]>> = { spend: new Map(), contracts: new Map() };
const SEEN_MAX = 10_000;

export function candidatesFor(key: string, kind: FileKind, overrides: Map<string, Candidate[]>): Candidate[] {
  if (overrides.size > 0) return findCandidates(key, kind, overrides);
  const memo = seen[kind];
  let found = memo.get(key);
  if (found === undefined) {
    found = findCandidates(key, kind, overrides);
    if (memo.size >= SEEN_MAX) memo.clear();
    memo.set(key, found);
  }
  return found;
}

function findCandidates(key: string, kind: FileKind, overrides: Map<string, Candidate[]>): Candidate[] {
  const found: Candidate[] = [...(overrides.get(key) ?? []), ...(TABLES[kind].get(key) ?? [])];
  if (found.length === 0 && key.endsWith(TEXT_MARK)) {
    // No synonym for the text column itself: the text of a code is the field the code stands for.
    return findCandidates(key.slice(0, -TEXT_MARK.length), kind, overrides).flatMap((c) => {
      const field = TEXT_FIELD[c.field];
      return field ? [{ field, score: c.score - 5 }] : [];
    });
  }
  if (found.length === 0 && HAS_LETTER.test(key)) {
    for (const [field, pattern, score] of PATTERNS[kind]) {
      if (pattern.test(key) && !found.some((c) => c.field === field)) found.push({ field, score });
    }
  }
  return found.filter((c) => !BLOCK[c.field]?.test(key) || c.score >= 1000);
}

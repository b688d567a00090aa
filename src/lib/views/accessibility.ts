// The accessibility statement's view model: who to contact about a problem (the partnership, then each
// council's published contact) and when the statement was prepared and reviewed.
import type { PartnershipConfig } from "../config/schema.ts";
import { formatDate } from "../format.ts";

export interface StatementContact {
  name: string;
  email?: string;
  website?: string;
}

export interface AccessibilityStatement {
  /** The partnership's own contact for accessibility, when it gives one. */
  contact: string | null;
  /** Each council with the contact it publishes (email and website, either may be missing). */
  councils: StatementContact[];
  /** "Prepared on 2 December 2026" and "last reviewed on …", when the partnership dates it. */
  dates: string | null;
}

/** Each council with the contact it publishes (email and website, either may be missing). */
export function councilContacts(
  councils: readonly { name: string; contact_email?: string | undefined; website?: string | undefined }[],
): StatementContact[] {
  return councils.map((c) => ({
    name: c.name,
    ...(c.contact_email ? { email: c.contact_email } : {}),
    ...(c.website ? { website: c.website } : {}),
  }));
}

export function accessibilityStatement(
  partnership: Pick<PartnershipConfig, "accessibility">,
  councils: readonly { name: string; contact_email?: string | undefined; website?: string | undefined }[],
): AccessibilityStatement {
  const a = partnership.accessibility;
  const dates = a?.prepared
    ? `This statement was prepared on ${formatDate(a.prepared)}` +
      (a.reviewed ? ` and last reviewed on ${formatDate(a.reviewed)}.` : ".")
    : null;
  return {
    contact: a?.contact_email ?? null,
    councils: councilContacts(councils),
    dates,
  };
}

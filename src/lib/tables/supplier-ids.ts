// The two supplier ids that stand for a group of payments rather than one supplier: payees the
// council withheld, and payments whose supplier cell was left empty.

/** Payments whose payee the council redacted (a payment to an individual, say). */
export const REDACTED_ID = "redacted";
/** Payments whose supplier cell was left empty by the council: kept, in one group of their own. */
export const UNNAMED_ID = "not-published";

/** Whether a supplier id is a group of withheld or unnamed payees, not one supplier. */
export const isPayeeGroup = (id: string): boolean => id === REDACTED_ID || id === UNNAMED_ID;

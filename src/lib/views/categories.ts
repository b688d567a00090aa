// The comparable-category mapping of every published department and expense type, from the payments:
// rows grouped by council, department and expense type (exact totals), classified once per text.
import type { CategoryOverrides } from "../categories/classify.ts";
import { type Mapping, type MappingInputRow, mappingTable } from "../categories/mapping.ts";
import type { PaymentTable } from "../dataset/payments.ts";
import { ExactSum } from "../exact-sum.ts";

/** Payments grouped by council × department × expense type, with counts and exact totals. */
export function mappingInputRows(payments: PaymentTable): MappingInputRow[] {
  const groups = new Map<
    string,
    { council: number; area: number; type: number; count: number; sum: ExactSum }
  >();
  for (let row = 0; row < payments.size; row++) {
    const council = payments.council[row] as number;
    const area = payments.area[row] as number;
    const type = payments.type[row] as number;
    const key = `${council},${area},${type}`;
    let group = groups.get(key);
    if (!group) {
      group = { council, area, type, count: 0, sum: new ExactSum() };
      groups.set(key, group);
    }
    group.count++;
    group.sum.add(payments.amount[row] as number);
  }
  const text = (id: number) => payments.text.get(id);
  return [...groups.values()].map((g) => ({
    council: text(g.council),
    department: text(g.area),
    expenseType: text(g.type),
    count: g.count,
    total: g.sum.value(),
  }));
}

export function categoryMapping(
  payments: PaymentTable,
  overridesOf: (council: string) => CategoryOverrides | undefined,
): Mapping {
  return mappingTable(mappingInputRows(payments), overridesOf);
}

-- Suppliers paid by two or more partners (the joint-procurement view), with each partner's exact
-- total. Not counted: redacted payees, recharges between partners, payments without a supplier id or
-- under the id of unnamed payees, and suppliers that are themselves partner councils. Standard SQL
-- over payments and suppliers; the placeholder in braces is the unnamed payees' id.
WITH supplier_spend AS (
  SELECT p.supplier_id, p.council, p.amount
  FROM payments AS p
  WHERE NOT p.redacted AND NOT p.partner_payment
    AND p.supplier_id <> '' AND p.supplier_id <> {unnamed_id}
    AND p.supplier_id NOT IN (SELECT s.id FROM suppliers AS s WHERE s.partner_council <> '')
),
shared AS (
  SELECT supplier_id FROM supplier_spend GROUP BY supplier_id HAVING COUNT(DISTINCT council) >= 2
)
SELECT supplier_id, council, SUM(amount) AS total, COUNT(*) AS payments
FROM supplier_spend
WHERE supplier_id IN (SELECT supplier_id FROM shared)
GROUP BY supplier_id, council
ORDER BY supplier_id, council

-- Spend per supplier × council × financial year: exact totals and counts, all payments and those that
-- count as spend with a supplier (not redacted, not a recharge between partners: the "largest
-- suppliers" lists). The supplier pages' council-by-year tables come from it. Standard SQL over payments.
SELECT supplier_id, council, financial_year,
       SUM(amount) AS total,
       COUNT(*) AS payments,
       SUM(CASE WHEN redacted OR partner_payment THEN 0 ELSE amount END) AS supplier_spend,
       SUM(CASE WHEN redacted OR partner_payment THEN 0 ELSE 1 END) AS supplier_spend_payments
FROM payments
GROUP BY supplier_id, council, financial_year
ORDER BY supplier_id, council, financial_year

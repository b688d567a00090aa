-- Spend per council × comparable service category × month: the numbers behind every cost-comparison
-- and per-resident chart (per resident: these totals divided by the population in council.json).
-- department_categories (council, expense_area, category) maps each published department to its
-- category (src/lib/categories/). Standard SQL over payments and department_categories.
SELECT p.council, d.category, EXTRACT(YEAR FROM p.date) * 100 + EXTRACT(MONTH FROM p.date) AS month,
       SUM(p.amount) AS total,
       COUNT(*) AS payments
FROM payments AS p
JOIN department_categories AS d ON d.council = p.council AND d.expense_area = p.expense_area
GROUP BY p.council, d.category, EXTRACT(YEAR FROM p.date) * 100 + EXTRACT(MONTH FROM p.date)
ORDER BY p.council, d.category, month

-- Spend per council × financial year × department (expense area as published): exact totals and
-- payment counts. The council pages' totals, years and departments and the home page's council-by-year
-- table add these up. Standard SQL (DuckDB, Spark SQL, Trino) over payments.
SELECT council, financial_year, expense_area,
       SUM(amount) AS total,
       COUNT(*) AS payments
FROM payments
GROUP BY council, financial_year, expense_area
ORDER BY council, financial_year, expense_area

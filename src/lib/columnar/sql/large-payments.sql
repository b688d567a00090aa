-- The payments of at least a threshold (the feeds' large payments), every column a feed entry needs,
-- the amount an exact decimal. Standard SQL over payments (payments.parquet).
SELECT id, council, date, amount, supplier_id, supplier,
       partner_payment, expense_area, expense_type, description, source_file, source_line
FROM payments
WHERE amount >= CAST({threshold} AS DECIMAL(18, 6))

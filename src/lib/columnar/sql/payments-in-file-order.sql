-- Every payment of payments.parquet in the order of payments.csv (council, then the order the ingest
-- read the files in, then line), with each repeated text column as a code into a dictionary of its
-- distinct values (so a reader makes each string once) and the amount as exact integer micros.
-- Standard SQL over two relations: payments (payments.parquet) and file_order (council, file, position).
-- The placeholders in braces are filled in by payment-rows.ts: the coded columns, the others.
WITH {dictionaries}
SELECT {codes}, {columns},
       CAST(CAST(p.amount AS DECIMAL(38, 6)) * 1000000 AS BIGINT) AS amount_micros
FROM payments AS p
LEFT JOIN file_order AS f ON f.council = p.council AND f.file = p.source_file
{joins}
ORDER BY f.position NULLS LAST, p.council, p.source_file, p.source_line

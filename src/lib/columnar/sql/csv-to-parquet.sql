-- DuckDB-specific (read_csv, COPY … TO … (FORMAT parquet)): one of the project's CSV tables, every
-- cell read as text and cast to its declared type, written once as Parquet (zstd, row groups of
-- about 100,000 rows, with min/max statistics). On Spark SQL the same is
-- `CREATE TABLE … USING parquet AS SELECT …` over `spark.read.csv`; on Trino, `CREATE TABLE … WITH
-- (format = 'PARQUET') AS SELECT …` over a CSV-backed table. The placeholders in braces are filled in by
-- parquet-tables.ts from the table's declaration (src/lib/tables/).
COPY (
  SELECT {select}
  FROM read_csv({source}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
                columns = {columns}, max_line_size = 16777216)
  {order}
) TO {target} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {row_group_size});

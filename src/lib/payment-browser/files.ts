// The Parquet file the browser reads, under the site's data/ folder (written by the build's publish step).
export const PAYMENTS_FILE_BROWSER = "payments.parquet";

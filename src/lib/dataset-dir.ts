// Where the build's ingest writes the dataset that pages read (Astro empties dist/ when it builds).
export const DATASET_DIR = process.env.DATASET_DIR ?? ".cache/dataset";

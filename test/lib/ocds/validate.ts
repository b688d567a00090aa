// Validates a release package's text against the official OCDS 1.1.5 schemas (test/fixtures/ocds-schema).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const SCHEMAS = join(import.meta.dirname, "../../fixtures/ocds-schema");
const schema = (name: string) => JSON.parse(readFileSync(join(SCHEMAS, name), "utf8"));

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(schema("release-schema.json"));
const validatePackage = ajv.compile(schema("release-package-schema.json"));

/** The schema errors of a release package ([] when valid). */
export function packageErrors(text: string): string[] {
  if (validatePackage(JSON.parse(text))) return [];
  return (validatePackage.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

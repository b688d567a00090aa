// Renders component examples to HTML with Astro's Container API, with React's renderer for the
// islands some components hold (client:only islands render as an empty <astro-island>).

import { loadRenderers } from "astro:container";
import { resolve } from "node:path";
import { getContainerRenderer } from "@astrojs/react/container-renderer";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import type { ComponentExamples, Example } from "./examples.ts";

export type ExampleRenderer = (examples: ComponentExamples, example: Example<unknown>) => Promise<string>;

/** One container for every example of a test file. */
export async function exampleRenderer(): Promise<ExampleRenderer> {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  container.addClientRenderer({ name: "@astrojs/react", entrypoint: "@astrojs/react/client.js" });
  return ({ component }, { props, slot, path = "/" }) =>
    container.renderToString(component, {
      props: props as Record<string, unknown>,
      ...(slot === undefined ? {} : { slots: { default: slot } }),
      request: new Request(new URL(path, "http://localhost")),
    });
}

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * The HTML without what depends on the machine or on Astro's version: the islands' hydration runtime
 * (Astro's own, before the first island), the project's absolute path and the island ids made from it.
 */
export function snapshotHtml(html: string): string {
  return html
    .replace(/<style>astro-island,[^<]*<\/style>/g, "")
    .replace(/<script>\(\(\)=>[\s\S]*?<\/script>/g, "")
    .replaceAll(ROOT, "<project>")
    .replace(/ uid="[^"]*"/g, ' uid="…"');
}

// Each example of each shared component renders to its committed HTML snapshot
// (__snapshots__/<Component>/<example>.html.snap, without Astro's island runtime), and hostile text
// stays text.
import { describe, expect, it } from "vitest";
import { ALL_EXAMPLES } from "./all.ts";
import { escapingProblems } from "./escaping.ts";
import { exampleRenderer, snapshotHtml } from "./render.ts";

const render = await exampleRenderer();

for (const examples of ALL_EXAMPLES) {
  describe(examples.name, () => {
    for (const [name, example] of Object.entries(examples.examples)) {
      it(`renders "${name}" as its snapshot`, async () => {
        const html = await render(examples, example);
        await expect(`${snapshotHtml(html)}\n`).toMatchFileSnapshot(
          `__snapshots__/${examples.name}/${name}.html.snap`,
        );
        if (name === "hostile-text") expect(escapingProblems(html)).toEqual([]);
      });
    }
  });
}

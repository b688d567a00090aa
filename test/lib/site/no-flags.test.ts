// Pages of a dataset made by the ingest alone (the red-flags step not run): no questions anywhere.
import { beforeAll, describe, expect, it } from "vitest";
import { useMiniDataset } from "./mini-dataset.ts";

beforeAll(async () => {
  await useMiniDataset({ flags: false });
});

describe("a build whose red-flags step did not run", () => {
  it("says so on the questions page, and lists no questions", async () => {
    const questions = await import("../../../src/lib/site/questions.ts");
    const page = questions.questionsPage();
    expect(page.flags).toBeNull();
    expect([page.indicators, page.setAside]).toEqual([[], []]);
    expect(page.thresholdsFrom).toBe("the defaults");
    expect(questions.questionListPaths()).toEqual([]);
  });

  it("counts no questions about a council, and no flags ran for the about page", async () => {
    const council = await import("../../../src/lib/site/council.ts");
    const [alpha] = council.councilPaths();
    if (!alpha) throw new Error("no council");
    expect(council.councilPage(alpha.props.council).questions).toBe(0);
    const about = await import("../../../src/lib/site/about.ts");
    expect(about.aboutPage().flagsRan).toBe(false);
  });
});

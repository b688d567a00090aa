// A chart on its own (/embed/<id>/): the page's model (the chart, its address, its width, its source
// line's councils and provider), and the chart's other files: what it is drawn from (chart.json), its
// figures (data.csv) and its oEmbed document.
import { partnership } from "../dataset/index.ts";
import { embedUrl, oembedDocument, siteRoot } from "../embed/snippet.ts";
import { type ChartEntry, chartCsvText, svgSize } from "../published-charts/entry.ts";
import { chartCatalogue, chartOf } from "./charts.ts";
import { councilList } from "./partners.ts";

/** One page (or file) per chart: the chart id is the rest of the path. */
export const embedPaths = () => chartCatalogue().ids.map((chart) => ({ params: { chart } }));

/** Shared Ledger – the partnership: who provides the chart. */
const providerName = (): string => `Shared Ledger – ${partnership.name}`;
const root = (): string => siteRoot(process.env.SITE_URL, import.meta.env.BASE_URL);

export interface EmbedPage {
  entry: ChartEntry;
  /** Its canonical address (the oEmbed document is beside it). */
  url: string;
  /** Its drawn width, which the page is no wider than (with its margins). */
  width: number;
  /** "all 5 partners" or the names of the councils whose payments it draws on. */
  sourceCouncils: string;
  partnershipName: string;
}

export function embedPage(id: string): EmbedPage {
  const entry = chartOf(id) as ChartEntry;
  return {
    entry,
    url: embedUrl({ siteRoot: root(), id: entry.id }),
    width: svgSize(entry.svg).width,
    sourceCouncils: councilList([...entry.councils], true),
    partnershipName: partnership.name,
  };
}

/** A chart file's response: its text, or Not found for an id the catalogue does not have. */
function chartFile(id: string, text: (entry: ChartEntry) => string, contentType: string): Response {
  const entry = chartOf(id);
  if (!entry) return new Response("Not found", { status: 404 });
  return new Response(text(entry), { headers: { "Content-Type": contentType } });
}

/** What the chart is drawn from (src/lib/charts/drawing.ts), as JSON. */
export const chartJsonResponse = (id: string): Response =>
  chartFile(id, (entry) => JSON.stringify(entry.drawing), "application/json; charset=utf-8");

/** The exact numbers behind the chart, as CSV. */
export const chartCsvResponse = (id: string): Response =>
  chartFile(id, (entry) => chartCsvText(entry.csv), "text/csv; charset=utf-8");

/** The chart's oEmbed document. */
export const oembedResponse = (id: string): Response =>
  chartFile(
    id,
    (entry) =>
      JSON.stringify(
        oembedDocument({
          siteRoot: root(),
          id: entry.id,
          title: entry.title,
          svgHeight: svgSize(entry.svg).height,
          providerName: providerName(),
        }),
      ),
    "application/json+oembed",
  );

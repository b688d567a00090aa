// A chart on its own (/embed/<id>/): the page's model (the chart, its address, its width, its source
// line and provider), and the chart's other files: what it is drawn from (chart.json), its figures
// (data.csv) and its oEmbed document. A chart with no data is not offered for embedding. Without
// SITE_URL the build does not know its own address: no canonical address and no oEmbed document.
import { partnership } from "../dataset/index.ts";
import { embedFrameHeight } from "../embed/height.ts";
import { embedUrl, oembedDocument, siteOriginOf, siteRoot } from "../embed/snippet.ts";
import { type ChartEntry, chartCsvText, svgSize } from "../published-charts/entry.ts";
import { chartCatalogue, chartOf } from "./charts.ts";
import { councilList } from "./partners.ts";

/** Whether a chart has anything to show (a chart of no payments says "No data"). */
export const hasData = (entry: ChartEntry): boolean => entry.table.rows.length > 0;

/** The chart with this id when it can be embedded (it has data), else undefined. */
export function embeddable(id: string): ChartEntry | undefined {
  const entry = chartOf(id);
  return entry && hasData(entry) ? entry : undefined;
}

/** One file per chart (chart.json, data.csv): the chart id is the rest of the path. */
export const chartPaths = () => chartCatalogue().ids.map((chart) => ({ params: { chart } }));

/** One embed page per chart with data. */
export const embedPaths = () =>
  chartCatalogue()
    .ids.filter((id) => embeddable(id) !== undefined)
    .map((chart) => ({ params: { chart } }));

/** The oEmbed documents: one per embeddable chart, with SITE_URL only. */
export const oembedPaths = () => (siteOriginOf(process.env.SITE_URL) ? embedPaths() : []);

/** Shared Ledger – the partnership: who provides the chart. */
const providerName = (): string => `Shared Ledger – ${partnership.name}`;
/** The site root: absolute with SITE_URL, else the base path. */
export const embedRoot = (): string => siteRoot(process.env.SITE_URL, import.meta.env.BASE_URL);
/** The absolute root with SITE_URL, else undefined. */
const absoluteRoot = (): string | undefined => (siteOriginOf(process.env.SITE_URL) ? embedRoot() : undefined);

export interface EmbedPage {
  entry: ChartEntry;
  /** Its address with SITE_URL (the oEmbed document is beside it), else undefined. */
  url: string | undefined;
  /** With SITE_URL, the address of the page that shows the chart: search engines send readers there. */
  canonical: string | undefined;
  /** Its drawn width, which the page is no wider than (with its margins). */
  width: number;
  /** "all 5 partners" or the names of the councils whose payments it draws on. */
  sourceCouncils: string;
  partnershipName: string;
}

const sourceCouncilsOf = (entry: ChartEntry): string => councilList([...entry.councils], true);

/** The source line's text, as the embed page shows it. */
const sourceText = (entry: ChartEntry): string =>
  `Source: payments published by ${sourceCouncilsOf(entry)} (Open Government Licence), compiled by ` +
  `Shared Ledger – ${partnership.name}. Download this data (CSV)`;

/** The height an iframe of the chart's embed page needs (its whole page at 375 and 760 px). */
export const embedHeight = (entry: ChartEntry): number =>
  embedFrameHeight(entry.drawing, {
    title: entry.title,
    caption: entry.caption,
    notes: entry.notes,
    source: sourceText(entry),
  });

export function embedPage(id: string): EmbedPage {
  const entry = chartOf(id) as ChartEntry;
  const root = absoluteRoot();
  return {
    entry,
    url: root && embedUrl({ siteRoot: root, id: entry.id }),
    canonical: root && `${root}${entry.hostPath}`,
    width: svgSize(entry.svg).width,
    sourceCouncils: sourceCouncilsOf(entry),
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

/** The chart's oEmbed document (its addresses absolute: SITE_URL's). */
export const oembedResponse = (id: string): Response =>
  chartFile(
    id,
    (entry) =>
      JSON.stringify(
        oembedDocument({
          siteRoot: absoluteRoot() ?? embedRoot(),
          id: entry.id,
          title: entry.title,
          height: embedHeight(entry),
          providerName: providerName(),
        }),
      ),
    "application/json+oembed",
  );

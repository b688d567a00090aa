// /compare/: pick councils, a category, years and a measure; the chart and its table redraw and the
// URL query follows, so the view can be shared. Server-rendered with the default view, so the page
// reads the same with JavaScript off (the form then reloads the default). On a narrow screen the chart
// is drawn at the width it is shown at.
import { useEffect, useRef, useState } from "react";
import { attachFigureTips } from "../../lib/charts/tips.ts";
import {
  type CompareChoice,
  type CompareData,
  choiceQuery,
  compareView,
  MEASURES,
  parseChoice,
} from "../../lib/published-charts/compare.ts";
import { useShownWidth } from "./useShownWidth.ts";

interface Props {
  data: CompareData;
  initial: CompareChoice;
}

/** Inputs are controlled by `choice`; the form's onChange reads them all at once. */
const keep = () => {};

const MEASURE_LABELS = { "per-resident": "Per resident", total: "Total" } as const;

export default function CompareChart({ data, initial }: Props) {
  const [choice, setChoice] = useState(initial);
  const figure = useRef<HTMLElement>(null);
  useEffect(() => setChoice(parseChoice(new URLSearchParams(location.search), data)), [data]);
  // Drawn again at the figure's width when that is narrower than the chart (a phone), so that its
  // text keeps its size.
  const shown = useShownWidth(figure);
  const view = compareView(data, choice, shown);
  useEffect(() => {
    const el = figure.current;
    return el && view.svg ? attachFigureTips(el) : undefined;
  }, [view.svg]);

  const update = (form: HTMLFormElement) => {
    const next = parseChoice(new URLSearchParams(new FormData(form) as unknown as string[][]), data);
    setChoice(next);
    history.replaceState(null, "", choiceQuery(next));
  };

  return (
    <>
      <form
        className="compare-form"
        method="get"
        onChange={(e) => update(e.currentTarget)}
        onSubmit={(e) => {
          e.preventDefault();
          update(e.currentTarget);
        }}
      >
        <fieldset>
          <legend>Councils</legend>
          {data.councils.map((c) => (
            <label key={c.slug}>
              <input
                type="checkbox"
                name="councils"
                value={c.slug}
                checked={choice.councils.includes(c.slug)}
                onChange={keep}
              />{" "}
              {c.name}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor="compare-category">Category</label>
          <select id="compare-category" name="category" value={choice.category} onChange={keep}>
            {data.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Financial years</legend>
          {data.years.map((y) => (
            <label key={y}>
              <input
                type="checkbox"
                name="years"
                value={y}
                checked={choice.years.includes(y)}
                onChange={keep}
              />{" "}
              {y}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Measure</legend>
          {MEASURES.map((m) => (
            <label key={m}>
              <input type="radio" name="measure" value={m} checked={choice.measure === m} onChange={keep} />{" "}
              {MEASURE_LABELS[m]}
            </label>
          ))}
        </fieldset>
        <button type="submit">Show</button>
      </form>
      <p>
        Link to this view: <a href={choiceQuery(choice)}>{view.title}</a>
      </p>
      <figure className="chart" data-tips="island" ref={figure}>
        {/* Safe: compareView's svg is Markup from src/lib/charts/svg.ts, every text escaped there. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Markup is escaped by construction */}
        <div dangerouslySetInnerHTML={{ __html: view.svg }} />
        <figcaption>
          Payments each council published{choice.category === "all" ? "" : " in this category"}
          {choice.measure === "per-resident"
            ? ", divided by the population the council gives (figure, year and source in the table)"
            : ""}
          . Councils provide different services, so compare with care.
        </figcaption>
      </figure>
      <details className="chart-data">
        <summary>Show the data as a table</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways takes the keyboard focus, so it can be scrolled without a mouse */}
        <section className="table-scroll" aria-label={view.table.caption} tabIndex={0}>
          <table>
            <caption>{view.table.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{view.table.rowHeader}</th>
                {view.table.columns.map((c) => (
                  <th scope="col" className="num" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.table.rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  {r.cells.map((v, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                    <td className="num" key={i}>
                      {v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
      {view.withoutPopulation.length > 0 && (
        <p className="note">
          No population figure for {view.withoutPopulation.join(", ")}: choose “Total” to include them.
        </p>
      )}
    </>
  );
}

// Keyboard-reachable tooltips for a build-time chart: every bar (<g data-i>) and line point (a hit
// circle) with a <title> becomes focusable and shows its title text in a tooltip on focus or hover.
// The tooltip stays while hovered or focused and Escape dismisses it (WCAG 1.4.13). Screen readers
// get the same values from the chart's data table, so the tooltip itself is aria-hidden.

const TARGETS = "svg g[data-i], svg g[data-series] circle";

/** Wires the tooltips of every chart in `root` not wired yet (a figure with data-tips is skipped). */
export function attachTips(root: ParentNode): () => void {
  const cleanups: (() => void)[] = [];
  for (const figure of root.querySelectorAll<HTMLElement>("figure.chart")) {
    if (figure.dataset.tips !== undefined) continue;
    figure.dataset.tips = "on";
    cleanups.push(attachFigureTips(figure));
  }
  return () => {
    for (const c of cleanups) c();
  };
}

/** Wires the tooltips of one chart figure; returns a function that removes them. */
export function attachFigureTips(figure: HTMLElement): () => void {
  const tip = document.createElement("div");
  tip.className = "chart-tip";
  tip.setAttribute("aria-hidden", "true");
  tip.hidden = true;
  figure.append(tip);
  const show = (target: Element) => {
    const title = target.querySelector(":scope > title")?.textContent ?? "";
    if (title === "") return;
    tip.textContent = title;
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    const frame = figure.getBoundingClientRect();
    const left = Math.min(
      Math.max(0, box.left - frame.left + box.width / 2 - tip.offsetWidth / 2),
      frame.width - tip.offsetWidth,
    );
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${Math.max(0, box.top - frame.top - tip.offsetHeight - 6)}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  for (const target of figure.querySelectorAll(TARGETS)) {
    if (!target.querySelector(":scope > title")) continue;
    target.setAttribute("tabindex", "0");
    target.setAttribute("focusable", "true");
    target.classList.add("chart-target");
    target.addEventListener("focus", () => show(target));
    target.addEventListener("mouseenter", () => show(target));
    target.addEventListener("blur", hide);
  }
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") hide();
  };
  const onLeave = () => hide();
  figure.addEventListener("keydown", onKey);
  figure.addEventListener("mouseleave", onLeave);
  return () => {
    figure.removeEventListener("keydown", onKey);
    figure.removeEventListener("mouseleave", onLeave);
    tip.remove();
  };
}

// Keyboard-reachable tooltips for the charts on a page (see src/lib/charts/tips.ts). Renders
// nothing: without JavaScript the SVG <title>s and the data tables carry every value.
import { useEffect } from "react";
import { attachTips } from "../../lib/charts/tips.ts";

export default function ChartTips() {
  useEffect(() => attachTips(document), []);
  return null;
}

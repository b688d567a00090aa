// What a component's examples file holds: the component and named prop sets, each rendered once by
// the Container API and then checked twice: against its committed HTML snapshot (components.test.ts)
// and by axe in Chromium (components.axe.test.ts). Every component has a "hostile-text" example.
import type { ComponentProps } from "astro/types";

/** A stand-in for an .astro component: Astro types each one as a function of its props. */
// biome-ignore lint/suspicious/noExplicitAny: Astro's own ComponentProps constraint.
type Component = (props: any) => any;

export interface Example<Props> {
  props: Props;
  /** HTML for the default slot. */
  slot?: string;
  /** The page the component is on (for Astro.url), default "/". */
  path?: string;
}

export interface ComponentExamples {
  /** The component's file name without .astro, for snapshot folders and titles. */
  name: string;
  component: Component;
  examples: Record<string, Example<unknown>>;
}

/** Ties the examples' props to the component's. */
export function examplesOf<C extends Component>(
  name: string,
  component: C,
  examples: Record<string, Example<ComponentProps<C>>>,
): ComponentExamples {
  return { name, component, examples };
}

/** Markup that must stay text: it closes an attribute and opens a script if not escaped. */
export const HOSTILE_MARKUP = '"><script>alert(1)</script>';
/** A spreadsheet formula, harmless in HTML: it must reach the page as text, never run anywhere. */
export const HOSTILE_FORMULA = "=cmd|' /C calc'!A0";
/** Both, as one published value. */
export const HOSTILE = `${HOSTILE_MARKUP} ${HOSTILE_FORMULA}`;

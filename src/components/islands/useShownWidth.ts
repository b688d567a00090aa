// The width an element is shown at, in CSS pixels, kept up to date as the window changes (undefined
// until measured: the server render and the first render in the browser then agree).
import { type RefObject, useEffect, useState } from "react";

export function useShownWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.round(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

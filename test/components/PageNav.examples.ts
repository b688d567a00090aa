// PageNav: the numbered pages of a long list.
import PageNav from "../../src/components/PageNav.astro";
import { examplesOf, HOSTILE } from "./examples.ts";

const href = (page: number) => `/browse/suppliers/c/${page === 1 ? "" : `${page}/`}`;

export default examplesOf("PageNav", PageNav, {
  "one-page": { props: { of: "C", page: 1, pages: 1, href } },
  "third-of-four-below": { props: { of: "C", page: 3, pages: 4, href, place: "below" } },
  "hostile-text": { props: { of: HOSTILE, page: 1, pages: 2, href: (page) => `?q=${HOSTILE}&page=${page}` } },
});

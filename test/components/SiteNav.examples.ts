// SiteNav: the site's main links, marking the current section.
import SiteNav from "../../src/components/SiteNav.astro";
import { examplesOf, HOSTILE } from "./examples.ts";

export default examplesOf("SiteNav", SiteNav, {
  home: { props: { class: "site-nav", label: "Main" } },
  "on-a-supplier": { props: { class: "site-nav", label: "Main" }, path: "/suppliers/acme-ltd/" },
  "hostile-text": {
    props: { class: HOSTILE, label: HOSTILE },
    path: `/search/?q=${encodeURIComponent(HOSTILE)}`,
  },
});

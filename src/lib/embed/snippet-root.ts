// A site built without SITE_URL cannot know its own address: its "Embed this chart" snippets hold
// root-relative addresses (src="/embed/…"), of no use pasted into another website. In the browser the
// page knows where it is served from, so the snippets are given that address (a site built with
// SITE_URL is left as configured).

/** The snippet with each `src="` + the root it was built with turned into `src="` + `actual`. */
export function reroot(snippet: string, built: string, actual: string): string {
  return built === actual ? snippet : snippet.split(`src="${built}`).join(`src="${actual}`);
}

/** Points each snippet marked with the root it was built with (data-preview-root) at `actual`. */
export function rerootSnippets(root: ParentNode, actual: string): void {
  for (const area of root.querySelectorAll<HTMLTextAreaElement>("textarea[data-preview-root]")) {
    area.value = reroot(area.value, area.dataset.previewRoot ?? "", actual);
  }
}

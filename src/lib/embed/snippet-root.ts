// A site built without SITE_URL cannot know its own address: its "Embed this chart" snippets point
// at the local preview. In the browser the page knows where it is served from, so the snippets are
// pointed there (a site built with SITE_URL is left as configured).

/** The snippet with every occurrence of the root it was built with replaced by `actual`. */
export function reroot(snippet: string, built: string, actual: string): string {
  return built === actual ? snippet : snippet.split(built).join(actual);
}

/** Points each snippet marked with the preview root it was built with (data-preview-root) at `actual`. */
export function rerootSnippets(root: ParentNode, actual: string): void {
  for (const area of root.querySelectorAll<HTMLTextAreaElement>("textarea[data-preview-root]")) {
    area.value = reroot(area.value, area.dataset.previewRoot ?? "", actual);
  }
}

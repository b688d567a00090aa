// The /source-line/ viewer's model: every published file it may show, as JSON for its script.
import { files } from "../dataset/index.ts";
import { viewerFiles } from "../views/source-line.ts";
import { councilName } from "./partners.ts";

export interface SourceLinePage {
  /** The viewer's files (data-files of its element). */
  filesJson: string;
}

export const sourceLinePage = (): SourceLinePage => ({
  filesJson: JSON.stringify(viewerFiles(files, councilName)),
});

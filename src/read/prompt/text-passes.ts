// The passes a prompt document's text goes through before it is parsed, in order: what is not seen taken out,
// a PDF viewer's copy (page chrome, ligatures, Symbol bullets, hyphens, broken lines, unstyled headings and tables),
// an outliner's (Logseq's) page of bullets read as the Markdown it shows,
// a blog editor's no-break spaces, quote components and page chrome read as the prompt they carry,
// a chat model's reply unwrapped from the long fence it put the prompt in,
// a copied chat thread's author lines, reactions and edit marks, a Docusaurus MDX page's code, comments, components
// and admonitions, a Quarto document's divs, chunks and shortcodes,
// pandoc's own Markdown (a Word document converted) written as plain Markdown,
// a LaTeX source, a reStructuredText one, an org-mode document, a Confluence/Jira wiki-markup one, a NamuWiki one and an AsciiDoc one written as the Markdown they mean,
// an outline's decimal-numbered points (`1.1 …`) made a nested list, an Obsidian vault's marks, a web editor's
// entities, pasted spreadsheets made tables, full-width structure made ASCII, Notion's toggles, XML-tagged parts,
// a banner's, labelled lines' and Roman-numbered lines' sections, a plan's glyph-marked title lines, emoji shortcodes,
// and last the lines a mail client's or terminal's hard wrap broke joined again. Each keeps every line where it was, so warnings name
// the lines the writer sees. One chain for both readers (async and not).
import { emojiShortcodes } from "../shortcodes.js";
import { xmlSections } from "../xml-sections.js";
import { bannerSections } from "../banner-sections.js";
import { labelSections } from "../label-sections.js";
import { spokenParts } from "../spoken-parts.js";
import { romanSections } from "../roman-sections.js";
import { toggleSections } from "../toggle-sections.js";
import { halfWidth } from "./fullwidth.js";
import { webEntities } from "./entities.js";
import { spreadsheetTables } from "./spreadsheet.js";
import { logseqPage } from "./logseq.js";
import { obsidianMarks } from "./obsidian.js";
import { decimalOutline } from "./decimal-outline.js";
import { orgMode } from "../org-mode.js";
import { wikiMarkup } from "../wiki-markup.js";
import { namuWiki } from "../namu-wiki.js";
import { latexSource } from "../latex-source.js";
import { rstSource } from "./rst-source.js";
import { asciidoc } from "../asciidoc.js";
import { typst } from "../typst.js";
import { pandocMarkdown } from "./pandoc-markdown.js";
import { chatThread } from "./chat-thread.js";
import { quartoMarkdown } from "./quarto.js";
import { mdxMarkdown } from "./mdx.js";
import { replyFence } from "./reply-fence.js";
import { blogPaste } from "./blog-paste.js";
import { pdfCopy } from "./pdf-copy.js";
import { glyphTitles } from "./glyph-titles.js";
import { hardWrapped } from "./hard-wrap.js";
import { parsePromptDoc, type PromptDoc } from "./sections.js";

/** The document parsed after every text pass. */
export function parsedPrompt(text: string): PromptDoc {
  return parsePromptDoc(hardWrapped(emojiShortcodes(glyphTitles(romanSections(spokenParts(labelSections(bannerSections(xmlSections(toggleSections(halfWidth(spreadsheetTables(webEntities(obsidianMarks(decimalOutline(asciidoc(wikiMarkup(namuWiki(orgMode(rstSource(latexSource(pandocMarkdown(typst(quartoMarkdown(mdxMarkdown(chatThread(replyFence(blogPaste(logseqPage(pdfCopy(visible(text)))))))))))))))))))))))))))))));
}

/** The text without its BOM and the zero-width spaces and word joiners a web page leaves in copied text: they
 * are not seen, so they are not drawn, counted as a column in a box drawing, or kept in the PDF's words. */
function visible(text: string): string {
  return text.replace(/[\u200B\u2060\uFEFF]/g, "");
}

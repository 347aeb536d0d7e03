// A quote written as HTML (`<blockquote><p>"…"</p><footer>— Andrej Karpathy</footer></blockquote>`): people who
// write their notes for a web page quote that way. Markdown keeps it as raw HTML, which nothing draws; its words
// and its signature are the quote a `>` line would have been.
import { cellText } from "./html-table.js";

/** The text of an HTML fragment on one line (tags dropped, entities decoded, as a table cell reads). */
const plain = (html: string): string => cellText(html).replace(/\n/g, " ");

/** The quotes of an HTML `<blockquote>` (one a `<p>`, else one), each with the name its `<footer>` or `<cite>` signs. */
export function htmlQuote(html: string): { text: string; cite?: string }[] | undefined {
  const m = /^\s*<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>\s*$/i.exec(html);
  if (!m) return undefined;
  let body = m[1]!;
  let cite: string | undefined;
  body = body.replace(/<(footer|cite)\b[^>]*>([\s\S]*?)<\/\1>/gi, (_, _tag: string, inner: string) => {
    cite = plain(inner).replace(/^[—–-]+\s*/, "") || cite;
    return "";
  });
  const paras = [...body.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)].map((p) => plain(p[1]!)).filter(Boolean);
  const texts = paras.length > 0 ? paras : [plain(body)].filter(Boolean);
  if (texts.length === 0) return undefined;
  return texts.map((text) => (cite ? { text, cite } : { text }));
}

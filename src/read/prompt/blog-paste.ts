// A prompt drafted as a blog post (Naver's SmartEditor and its like) and copied out of the browser. The page
// copies its spaces as no-break spaces (U+00A0): Markdown takes none of them for the space after `#` or `-`, and
// a drawing's columns hold them; they are spaces, so they are made spaces. The quotation component pastes as a
// line of a lone quote mark, the words, and another such line; the ornament marks `❝ … ❞` are quotation marks:
// both are written as the quote they show. Where the paste is a blog post's (its own chrome says so: the copy
// credit `[출처] …|작성자 …`, an image's caption placeholder, the like and comment counts, the follow button),
// that chrome, the post's header above the follow button, photo credits (`© 작성자, 출처 Unsplash`), the divider
// component's lines (`ㅡㅡㅡㅡ`, `━━━━━`) and the closing line of hashtags are the blog's, not the prompt's, and are
// blanked. Every line keeps its place, so warnings name the lines the writer sees.
import { tagLine } from "./obsidian.js";
import { fencedLines } from "../limits.js";

/** Lines only the blog's editor or page writes. */
const CHROME = [
  /^\[출처\][^|\n]*\|\s*작성자\s*\S/, // Naver's credit appended to copied text
  /^사진 설명을 입력하세요\.?$/, // an image's caption left as its placeholder
  /^출처\s*:\s*입력$/, // an image's source left as its placeholder
  /^공감\s*\d+\s*(?:댓글\s*\d+)?$/, // likes and comments under the post
  /^(?:이웃추가|본문 기타 기능|URL 복사|신고하기)$/,
];
/** A photo credit the editor stamps under a stock picture. */
const CREDIT = /^©\s*\S.{0,40}출처\s*\S.{0,40}$/u;
/** The divider component: one mark repeated, a Hangul `ㅡ` typed as a dash among them (Markdown's own `---` is
 * Markdown's: a rule or the frontmatter's fence). */
const DIVIDER = /^(?:ㅡ{3,}|━{3,}|─{3,}|═{3,}|—{3,})$/u;
/** A quotation component's mark line: one quote mark alone. */
const MARK_LINE = /^\s*["“”❝❞]\s*$/u;

/** The text with a blog editor's spaces, quotes and chrome read as the prompt they carry. */
export function blogPaste(text: string): string {
  const lines = text.replace(/\u00a0/g, " ").split("\n");
  const cr = lines.map((l) => l.endsWith("\r"));
  const bare = lines.map((l, i) => (cr[i] ? l.slice(0, -1) : l));
  const fenced = fencedLines(bare);
  const blog = bare.some((l, i) => !fenced[i] && CHROME.some((re) => re.test(l.trim())));
  if (!blog && !/[\u00a0❝❞]|^\s*["“”]\s*\r?$/mu.test(text)) return text;
  const out = bare.map((l, i) => (fenced[i] ? l : l.replace(/❝\s*/gu, "“").replace(/\s*❞/gu, "”")));
  quoteComponents(out, fenced);
  if (blog) blankChrome(out, fenced);
  return out.map((l, i) => (cr[i] ? `${l}\r` : l)).join("\n");
}

/** `"` over the words over `"`: the mark lines blank, the words in the marks. */
function quoteComponents(lines: string[], fenced: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i] || !MARK_LINE.test(lines[i]!)) continue;
    // The words run to the next mark line, a few lines at most, none blank or fenced.
    let j = i + 1;
    while (j < lines.length && j - i <= 6 && !fenced[j] && lines[j]!.trim() !== "" && !MARK_LINE.test(lines[j]!)) j++;
    if (j >= lines.length || j === i + 1 || j - i > 6 || !MARK_LINE.test(lines[j]!)) continue;
    lines[i] = "";
    lines[i + 1] = `“${lines[i + 1]!.trim()}`;
    lines[j - 1] = `${lines[j - 1]!.trimEnd()}”`;
    lines[j] = "";
    i = j;
  }
}

function blankChrome(lines: string[], fenced: boolean[]): void {
  // The post's header (title, author, date) ends at the follow button, when it comes before any prompt part.
  const follow = lines.findIndex((l, i) => !fenced[i] && l.trim() === "이웃추가");
  if (follow >= 0 && follow < 8) for (let i = 0; i < follow; i++) lines[i] = "";
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    const t = lines[i]!.trim();
    if (CHROME.some((re) => re.test(t)) || CREDIT.test(t) || DIVIDER.test(t) || (t.startsWith("#") && tagLine(t))) lines[i] = "";
  }
}

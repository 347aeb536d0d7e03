// A chat model's whole reply saved as the prompt: a line of its own talk ("물론이죠! 아래는 …용 프롬프트입니다:"),
// the prompt inside one fence long enough to hold the prompt's own ``` fences (```` ````markdown ````, or
// `~~~~`), then more talk (an offer of another version, tips numbered 1, 2, 3). Markdown reads the fence as one
// code block, so the prompt would be no headings at all; and the talk around it is said to the user, not asked
// of the sheet (a tip is not a takeaway, "16:9 버전도 만들어 드릴게요" is no page request). So when the text
// outside such a fence holds no heading of its own and the inside does, the fence lines and the talk are
// blanked and the inside is read as the document, every line kept in place.

// An opening fence of four or more backticks or tildes, its info string a Markdown name or none.
const OPEN = /^ {0,3}(`{4,}|~{4,})\s*(?:markdown|md|text|plaintext|prompt)?\s*$/i;
const HEADING = /^ {0,3}#{1,6}\s+\S/;

export function replyFence(text: string): string {
  if (!text.includes("````") && !text.includes("~~~~")) return text;
  const lines = text.split("\n");
  const bare = lines.map((l) => l.replace(/\r$/, ""));
  const open = bare.findIndex((l) => OPEN.test(l));
  if (open < 0) return text;
  const mark = OPEN.exec(bare[open]!)![1]!;
  // CommonMark: the closing fence is the opener's character, at least as long, alone on its line; the last
  // such line, so a shorter fence inside never closes it.
  const close = new RegExp(`^ {0,3}${mark[0] === "`" ? "`" : "~"}{${mark.length},}\\s*$`);
  let end = -1;
  for (let i = bare.length - 1; i > open; i--) {
    if (close.test(bare[i]!)) {
      end = i;
      break;
    }
  }
  // Never closed: Markdown runs the fence to the end, so the whole rest is the prompt.
  if (end < 0) end = bare.length;
  // Outside, talk only: a heading there means the fence is one part of a document, not the reply's wrapper.
  for (let i = 0; i < bare.length; i++) {
    if ((i <= open || i >= end) && HEADING.test(bare[i]!)) return text;
  }
  if (!bare.slice(open + 1, end).some((l) => HEADING.test(l))) return text;
  return lines.map((l, i) => (i <= open || i >= end ? (l.endsWith("\r") ? "\r" : "") : l)).join("\n");
}

// Full-width punctuation typed with a CJK input method left on: `｜` table pipes, `＋` corners and `－` rules in the
// box drawing, `１０％` in the ratio table, `1．` numbering a heading. Markdown, the drawing's grid and the ratio
// reader only know the ASCII forms, so these are made ASCII where they carry structure; each line keeps its
// number, and a drawing line keeps its display columns (a full-width sign is two columns wide, so it becomes two
// ASCII characters). Prose keeps its own `（…）` and `，` — they are text, drawn as written.

const DIGITS = /[０-９]/g;
const PERCENT = /％/g;
const BAR = "｜";
const CORNER = "＋";
const DASH = /[－ー―]/;

/** Full-width digits and percent signs are the same numbers everywhere; read them as ASCII. */
const plainNumbers = (line: string): string =>
  line.replace(DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30)).replace(PERCENT, "%");

/** A line drawn in full-width borders or typed as a table in `｜` pipes: it opens and closes with a wall. */
function isStructural(line: string): boolean {
  const t = line.trim();
  if (!t.includes(BAR) && !t.includes(CORNER)) return false;
  const wall = /^[|｜＋+]/.test(t) && /[|｜＋+]$/.test(t);
  return wall || new RegExp(`${CORNER}[-－=]|[-－=]${CORNER}`).test(t);
}

/** `＋` as two columns of ASCII: its dash continues toward the side a rule runs on, so the corner stays put. */
function asciiLine(line: string): string {
  const chars = [...line];
  const out: string[] = [];
  const dashy = (c: string | undefined): boolean => c !== undefined && (c === "-" || c === "=" || DASH.test(c));
  chars.forEach((c, i) => {
    if (c === CORNER) {
      const prev = chars[i - 1];
      const next = chars[i + 1];
      out.push(dashy(next) ? "+-" : dashy(prev) ? "-+" : "+ ");
    } else if (c === BAR) out.push("| ");
    else if (DASH.test(c)) out.push("--");
    else if (c === "：" && /^[\s|｜:：\-－]+$/.test(line)) out.push(": ");
    else out.push(c);
  });
  return out.join("");
}

/** `## 1． 🗺️ …`, `2） …`: a number closed by a full-width stop or bracket numbers a heading or a list item. */
const NUMBERED = /^(\s*(?:#{1,6}\s+|[-*+]\s+)?(?:\*\*)?\d+)[．。）](?=\s|$|\p{Extended_Pictographic})/u;

/** The document with full-width structure made ASCII, line by line (CRLF and line count kept). */
export function halfWidth(text: string): string {
  if (!/[｜＋０-９％．）]/.test(text)) return text;
  let fence = "";
  let lang = "";
  return text
    .split("\n")
    .map((raw) => {
      const cr = raw.endsWith("\r") ? "\r" : "";
      let line = cr ? raw.slice(0, -1) : raw;
      const f = /^\s*(`{3,}|~{3,})\s*(\S*)/.exec(line);
      const closes = f !== null && fence !== "" && f[1]!.startsWith(fence) && !f[2];
      // A Mermaid block is Mermaid's own syntax: left as typed, its fences too.
      const inMermaid = lang === "mermaid";
      if (closes) [fence, lang] = ["", ""];
      else if (f && !fence) [fence, lang] = [f[1]!, f[2]!.toLowerCase()];
      if (inMermaid || lang === "mermaid") return raw;
      line = plainNumbers(line);
      if (isStructural(line)) line = asciiLine(line);
      else if (!fence) line = line.replace(NUMBERED, "$1.");
      return line + cr;
    })
    .join("\n");
}

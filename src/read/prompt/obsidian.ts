// A note pasted out of Obsidian: its own syntax is for the vault, not the page. `%% comments %%` (inline or over
// lines) are the writer's to themself; `^block-id` at a line's end is an anchor; `#tags` (`#llm/pretraining`) file
// the note, so a line of them or a run of them closing a line is left out, and one inside a sentence is its word;
// `[[Note|shown]]` and `[[#Heading]]` are the words they show (in the metadata and in a table's cells too, where
// the alias's `|` would split the cell); `![[picture.png|400]]` embeds a file, read as the Markdown image it is,
// and `![[Other note#part]]` a note's words, read as a link to it. Fenced code is left as written, and each line
// keeps its number. A document with none of the vault's links, embeds or comments is left alone.

const FENCE = /^\s*(?:```|~~~)/;
const LINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
const FILE = /\.(?:png|jpe?g|gif|svg|webp|bmp|avif|excalidraw(?:\.md)?|canvas|pdf|mp4|webm|mov|mp3|wav|m4a)$/i;
const COLOUR = /^(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** `#llm/pretraining`, `#todo/이모지-예시`: letters, digits, `_`, `-`, `/`, at least one not a digit. */
const TAG = /(?<![^\s(])#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;
const BLOCK_ID = /(^|\s)\^[A-Za-z0-9][A-Za-z0-9-]*\s*$/;

const isTag = (name: string): boolean => !COLOUR.test(name) && !/^[-/]|[-/]$/.test(name);

/** Whether the line is tags and nothing else (`#llm/tokenization #karpathy`), as a note or a blog post ends. */
export function tagLine(line: string): boolean {
  const tags = [...line.matchAll(TAG)];
  return tags.length > 0 && tags.every((m) => isTag(m[1]!)) && line.replace(TAG, "").trim() === "";
}

/** Whether the text is a vault's note: a wiki link or embed, or a `%%` comment, outside fences. */
function fromVault(lines: string[]): boolean {
  let fence = false;
  let marks = 0;
  for (const l of lines) {
    if (FENCE.test(l)) fence = !fence;
    else if (!fence && (/!?\[\[[^[\]\n]+\]\]/.test(l) || /%%/.test(l))) marks++;
  }
  return marks > 0;
}

/** A link's words: the alias after `|`, else the note's name (or the heading it points to) without the path. */
function words(target: string): string {
  const [page, shown] = target.split("|", 2) as [string, string | undefined];
  if (shown?.trim() && !/^\d+(?:x\d+)?$/.test(shown.trim())) return shown.trim();
  const [note, part] = page.split("#", 2) as [string, string | undefined];
  const name = note.trim() || (part ?? "").replace(/^\^/, "").trim();
  return name.replace(/^.*\//, "").replace(/\.md$/i, "");
}

function outsideCode(line: string, edit: (text: string) => string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, k) => (k % 2 === 1 ? part : edit(part)))
    .join("");
}

function cleanLine(typed: string): string {
  const cr = typed.endsWith("\r");
  const line = cr ? typed.slice(0, -1) : typed;
  // A run of tags closing the line (`… #trade-off`, `#llm/tokenization #karpathy`) files the note.
  let out = outsideCode(line, (t) => t.replace(new RegExp(`(?:\\s*${TAG.source})+\\s*$`, "u"), (run) => ([...run.matchAll(TAG)].every((m) => isTag(m[1]!)) ? "" : run)));
  out = outsideCode(out, (t) =>
    t
      .replace(LINK, (whole, bang: string, target: string) => {
        if (bang && FILE.test(target.split("|")[0]!.trim())) {
          const file = target.split("|")[0]!.trim();
          return `![${file.replace(/^.*\//, "")}](<${file}>)`;
        }
        return words(target);
      })
      .replace(TAG, (tag, name: string) => (isTag(name) ? name.replace(/\//g, " ") : tag)),
  );
  return `${out.replace(BLOCK_ID, "")}${cr ? "\r" : ""}`;
}

/** The text with the vault's own syntax read as what it shows. */
export function obsidianMarks(text: string): string {
  const lines = text.split("\n");
  if (!fromVault(lines)) return text;
  // A `%%` left open (the last of an odd count) opens nothing: the rest of the note is not a comment.
  let marks = 0;
  let fenced = false;
  for (const l of lines) {
    if (FENCE.test(l)) fenced = !fenced;
    else if (!fenced) marks += l.split("%%").length - 1;
  }
  let open = marks - (marks % 2);
  let fence = false;
  let comment = false;
  return lines
    .map((raw) => {
      if (!comment && FENCE.test(raw)) {
        fence = !fence;
        return raw;
      }
      if (fence) return raw;
      // `%% … %%`, over lines or within one: the characters between go, the line stays.
      let line = "";
      let rest = raw;
      for (;;) {
        const at = open > 0 ? rest.indexOf("%%") : -1;
        if (at < 0) {
          if (!comment) line += rest;
          break;
        }
        if (!comment) line += rest.slice(0, at);
        comment = !comment;
        open--;
        rest = rest.slice(at + 2);
      }
      const cleaned = cleanLine(line);
      return line.trim() !== "" && cleaned.trim() === "" ? "" : cleaned;
    })
    .join("\n");
}

// A prompt copied out of a Slack or Discord thread: people draft a prompt together in chat, each pasting a part,
// and then copy the whole thread. What the chat app adds is not the prompt: each message's author-and-time line
// (`민지  오전 10:12`, `minji — Today at 10:12 AM`), reaction lines (`:+1: 2`) and `(edited)` marks. Those
// lines are blanked, every line kept in place. A message's lines said to the teammate before the part it
// pastes (`출력 구성은 이렇게 생각했어요` over `# Output Style`) are blanked too. Slack's `>>>` quotes the rest of
// its message, each line a `>` line as Markdown writes it. A later message revising what was pasted is made
// (thread-revisions.ts). A message that pastes a box drawing under no part's
// heading of its own is the layout when the document names no layout part: its author line becomes that heading.
import { sectionKindOf } from "./sections.js";
import { applyRevision } from "./thread-revisions.js";

// Slack: the author, two spaces (one when retyped), the time; Korean Slack writes `오전`/`오후` before it.
const SLACK = /^[^\s#>|`*\-:[][^\n]{0,30}?\s+(?:(?:오전|오후)\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)\s*$/;
// Discord: the author, a dash, the day and time.
const DISCORD = /^[^\s#>|`*\-:[][^\n]{0,30}?\s+[—–-]\s+(?:오늘|어제|Today at|Yesterday at|\d{2,4}[./-]\s?\d{1,2}[./-]\s?\d{1,2}\.?)?\s*(?:(?:오전|오후)\s*)?\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s*$/;
// A line of reactions only: one or more `:name: count`, or the emoji itself when the app copied it so (`👍 2`).
const REACTIONS = /^\s*(?:(?::[\w+-]{1,40}:|\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}\p{Emoji_Modifier}]{0,8})\s*\d{1,4}\s*){1,20}$/u;
// The mark a chat app leaves at the end of an edited message.
const EDITED = /\s*[(（](?:edited|편집됨|수정됨)[)）]\s*$/i;
const FENCE = /^\s*(?:```|~~~)/;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
// A box drawing's corners, top and bottom, Unicode or ASCII.
const TOP = /[┌╔╭┏]|^\s*\+[-=]{3,}/;
const BOTTOM = /[└╚╰┗]|^\s*\+[-=]{3,}/;

function isHeader(line: string): boolean {
  return line.length <= 60 && (SLACK.test(line) || DISCORD.test(line));
}

export function chatThread(text: string): string {
  if (!/\d:\d\d/.test(text)) return text;
  const lines = text.split("\n");
  const bare = lines.map((l) => l.replace(/\r$/, ""));
  // Where each line sits: in a fence or not, so a drawing's or code's lines are never read as chat.
  const fenced: boolean[] = [];
  let inFence = false;
  for (const l of bare) {
    const opens = FENCE.test(l);
    fenced.push(inFence && !opens ? true : inFence);
    if (opens) inFence = !inFence;
  }
  const heads = bare.flatMap((l, i) => (!fenced[i] && isHeader(l) ? [i] : []));
  // Two messages at least: one line with a name and a time is a caption, not a thread.
  if (heads.length < 2) return text;
  const out = [...bare];
  const known = (l: string): boolean => {
    const m = HEADING.exec(l);
    return !!m && !!sectionKindOf(m[2]!);
  };
  const hasLayout = bare.some((l, i) => !fenced[i] && HEADING.test(l) && sectionKindOf(HEADING.exec(l)![2]!) === "layout");
  const depths = bare.flatMap((l, i) => (!fenced[i] && known(l) ? [HEADING.exec(l)![1]!.length] : []));
  const depth = depths.length > 0 ? Math.min(...depths) : 1;
  let layoutMade = hasLayout;
  // What a later message may change: a ratio table's rows, a drawing's lines.
  const tables = bare.flatMap((l, i) => (!fenced[i] && /^\s*\|.*\d\s*%/.test(l) ? [i] : []));
  const drawings = bare.flatMap((l, i) => (fenced[i] && /[│┃║|]/.test(l) ? [i] : []));
  const planAt = bare.findIndex((l, i) => !fenced[i] && HEADING.test(l) && sectionKindOf(HEADING.exec(l)![2]!) === "plan");
  heads.forEach((h, k) => {
    const end = heads[k + 1] ?? bare.length;
    out[h] = "";
    const body = Array.from({ length: end - h - 1 }, (_, j) => h + 1 + j);
    // The lines before the message's first part heading, said to the teammate: prose only.
    const first = body.find((i) => !fenced[i] && known(bare[i]!));
    if (first !== undefined) {
      for (const i of body) {
        if (i >= first) break;
        if (!fenced[i] && !FENCE.test(bare[i]!) && /^\s*[^\s|`>#\-*+\d]/.test(bare[i]!)) out[i] = "";
      }
    } else if (!layoutMade && boxDrawing(bare, fenced, body)) {
      out[h] = `${"#".repeat(depth)} Layout Structure`;
      layoutMade = true;
    } else if (planAt >= 0 && h > planAt && !body.some((i) => fenced[i] || FENCE.test(bare[i]!))) {
      // A later message changing what was pasted: made, it is not drawn.
      if (applyRevision(out, body, tables.filter((i) => i < h), drawings.filter((i) => i < h))) for (const i of body) out[i] = "";
    }
    let quoting = false;
    for (const i of body) {
      if (fenced[i] || FENCE.test(bare[i]!)) {
        quoting = false;
        continue;
      }
      const l = out[i]!;
      if (REACTIONS.test(l)) {
        out[i] = "";
        quoting = false;
        continue;
      }
      out[i] = l.replace(EDITED, "");
      if (/^>>>/.test(out[i]!)) {
        out[i] = `> ${out[i]!.slice(3).trimStart()}`;
        quoting = true;
      } else if (quoting && out[i]!.trim()) out[i] = `> ${out[i]}`;
      else quoting = false;
    }
  });
  return out.map((l, i) => (lines[i]!.endsWith("\r") ? `${l}\r` : l)).join("\n");
}

/** Whether the message's lines hold a fenced box drawing: a top corner and a bottom one inside a fence. */
function boxDrawing(lines: string[], fenced: boolean[], body: number[]): boolean {
  const inside = body.filter((i) => fenced[i]);
  return inside.some((i) => TOP.test(lines[i]!)) && inside.some((i) => BOTTOM.test(lines[i]!));
}

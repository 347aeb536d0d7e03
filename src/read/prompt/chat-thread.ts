// A prompt copied out of a Slack or Discord thread: people draft a prompt together in chat, each pasting a part,
// and then copy the whole thread. What the chat app adds is not the prompt: each message's author-and-time line
// (`민지  오전 10:12`, `minji — Today at 10:12 AM`), reaction lines (`:+1: 2`) and `(edited)` marks. Those
// lines are blanked, every line kept in place. A message's lines said to the teammate before the part it
// pastes (`출력 구성은 이렇게 생각했어요` over `# Output Style`) are blanked too. Slack's `>>>` quotes the rest of
// its message, each line a `>` line as Markdown writes it. A later message revising what was pasted is made
// (thread-revisions.ts). A message that pastes a box drawing under no part's
// heading of its own is the layout when the document names no layout part: its author line becomes that heading
// (in a KakaoTalk export, whose author line holds the message's first line, the blank line above it does).
// A message of one short line of prose is said to the teammate (`오 좋네요 👍`, `플랜 나눠서 보낼게요`), not pasted.
import { sectionKindOf } from "./sections.js";
import { applyRevision, asksChange } from "./thread-revisions.js";
import { kakaoExport, standIn } from "./kakao-export.js";

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
// A line of prose: not a heading, list item, table row, quote, quoted words, timestamp or drawing.
const PROSE = /^\s*[^\s|`>#\-*+\d"“'‘[(┌│├└╔║╚╭┏┃+]/;
// A chat line is short; a pasted paragraph of one line is longer.
const CHAT_CHARS = 80;

function isHeader(line: string): boolean {
  return line.length <= 60 && (SLACK.test(line) || DISCORD.test(line));
}

export function chatThread(text: string): string {
  if (!/\d:\d\d/.test(text)) return text;
  const lines = text.split("\n");
  const raw = lines.map((l) => l.replace(/\r$/, ""));
  // A KakaoTalk export: each message's first line without its author and time, the app's own lines blank.
  const kakao = kakaoExport(raw);
  const bare = kakao ? raw.map((l, i) => (kakao.noise.has(i) ? "" : (kakao.heads.get(i) ?? l))) : raw;
  // Where each line sits: in a fence or not, so a drawing's or code's lines are never read as chat.
  const fenced: boolean[] = [];
  let inFence = false;
  for (const l of bare) {
    const opens = FENCE.test(l);
    fenced.push(inFence && !opens ? true : inFence);
    if (opens) inFence = !inFence;
  }
  const heads = kakao ? [...kakao.heads.keys()] : bare.flatMap((l, i) => (!fenced[i] && isHeader(l) ? [i] : []));
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
  const drawings = bare.flatMap((l, i) => ((fenced[i] && /[│┃║|]/.test(l)) || (!fenced[i] && /^\s*[│┃║├┌└]/.test(l)) ? [i] : []));
  const planAt = bare.findIndex((l, i) => !fenced[i] && HEADING.test(l) && sectionKindOf(HEADING.exec(l)![2]!) === "plan");
  heads.forEach((h, k) => {
    const end = heads[k + 1] ?? bare.length;
    // A Slack or Discord author line is the author's alone; a KakaoTalk one goes on with the message.
    const from = kakao && bare[h]!.trim() ? h : h + 1;
    if (from > h) out[h] = "";
    const body = Array.from({ length: end - from }, (_, j) => from + j);
    const said = body.filter((i) => bare[i]!.trim());
    if (said.length === 1 && (standIn(bare[said[0]!]!) || chatter(bare[said[0]!]!))) {
      out[said[0]!] = "";
      return;
    }
    // The lines before the message's first part heading, said to the teammate: prose only.
    const first = body.find((i) => !fenced[i] && known(bare[i]!));
    if (first !== undefined) {
      for (const i of body) {
        if (i >= first) break;
        if (!fenced[i] && !FENCE.test(bare[i]!) && /^\s*[^\s|`>#\-*+\d]/.test(bare[i]!)) out[i] = "";
      }
    } else if (!layoutMade && boxDrawing(bare, fenced, body)) {
      // Where the heading goes: the author line, else (its first line the drawing's) the blank line above it.
      const at = from > h ? h : h > 0 && !out[h - 1]!.trim() ? h - 1 : -1;
      if (at >= 0) out[at] = `${"#".repeat(depth)} Layout Structure`;
      layoutMade = at >= 0;
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

/** Whether the message's lines hold a box drawing: a top corner and a bottom one inside a fence, or, pasted as
 * it is, its first line a drawing's top. */
function boxDrawing(lines: string[], fenced: boolean[], body: number[]): boolean {
  const first = body.find((i) => lines[i]!.trim());
  const inside = first !== undefined && !fenced[first] && /^\s*(?:[┌╔╭┏]|\+[-=]{3,})/.test(lines[first]!) ? body : body.filter((i) => fenced[i]);
  return inside.some((i) => TOP.test(lines[i]!)) && inside.some((i) => BOTTOM.test(lines[i]!));
}

/** A message's one line said to the teammate: short prose, asking no change of what was pasted. */
function chatter(line: string): boolean {
  return PROSE.test(line) && line.trim().length <= CHAT_CHARS && !asksChange(line);
}

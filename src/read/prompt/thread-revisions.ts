// A later message in a copied chat thread that revises what an earlier one pasted, the way a teammate asks:
// `가운데 35% 말고 40%로, 아래 줄은 25%로 줄여주세요`, `패널 제목 "WHO ARE YOU TALKING TO?"는 "라벨러 시뮬레이션"으로
// 바꿔주세요`. The thread's last word is what its writers meant, so each change is made where it applies (the
// ratio table's cell, the drawn box's title) and the message, then done, is not drawn. A message with a change
// not understood, or shares that would no longer add up as written, is left as written, to be seen; shares that
// did not add up to 100 and now do (`아 비율 25 말고 30으로 해주세요, 합이 100이 안되네요`) are the fix it says.
// A message speaking of the ratio (`비율`) may leave out the `%`.

// A word asking for a change.
const CHANGE = /바꿔|바꾸|변경|수정해|고쳐|줄여|늘려|키워|\b(?:change|rename|make it|instead)\b/i;
// `35% 말고 40%`, `35% 대신 40%`, `35% → 40%`: the old share, then the new.
const SWAP = /(\d{1,3})\s*%\s*(?:말고|대신|에서|→|->|to)\s*(\d{1,3})\s*%/i;
// `아래 줄은 25%로`: a row named, then its new share.
const SET = /(\S{1,20}?)\s*(?:줄|행|칸|row)?\s*(?:은|는|을|를|도)?\s+(\d{1,3})\s*%\s*(?:으로|로)/;
// A title named, then its new name: `"OLD"는 … "NEW"으로 바꿔`, `rename "OLD" to "NEW"`.
const Q = `["“'‘]([^"“”'‘’]{1,60})["”'’]`;
const RENAME = new RegExp(`${Q}\\s*(?:은|는|을|를)?[^"“]{0,30}?${Q}\\s*(?:으로|로|(?=\\s*$))|${Q}\\s+(?:to|into|→|->)\\s+${Q}`, "i");
const PCT = /(\d{1,3})\s*%/;
// A message about the shares, whose bare numbers are shares: `비율 25 말고 30으로`.
const ABOUT_SHARES = /비율|퍼센트|\b(?:ratio|share|percent)s?\b/i;

/** Whether a line asks a change of what was pasted (a swap of shares, a word for changing). */
export const asksChange = (line: string): boolean => CHANGE.test(line) || SWAP.test(line) || (ABOUT_SHARES.test(line) && SWAP.test(withPercent(line)));

/** The line with `%` after each swap's bare numbers (`25 말고 30으로` → `25% 말고 30%으로`). */
function withPercent(line: string): string {
  return line.replace(/(\d{1,3})(\s*)(말고|대신|에서|→|->)(\s*)(\d{1,3})(?!\s*%|\d)/g, "$1%$2$3$4$5%");
}

/** A table row's cells, without the outer pipes. */
function cells(line: string): string[] {
  return line.trim().replace(/^\||\|$/g, "").split("|");
}

/**
 * Makes the changes the message at `msg` (line indexes) asks in `out`, whose `table` lines are the ratio table's
 * rows and `drawn` lines the layout drawing's. True when the message asked changes and every one was made.
 */
export function applyRevision(out: string[], msg: number[], table: number[], drawn: number[]): boolean {
  // Only these lines change: kept to undo a message whose changes cannot all be made.
  const was = [...table, ...drawn].map((i) => [i, out[i]!] as const);
  const undo = (): false => {
    for (const [i, l] of was) out[i] = l;
    return false;
  };
  let made = 0;
  for (const i of msg) {
    const line = ABOUT_SHARES.test(out[i]!) ? withPercent(out[i]!) : out[i]!;
    if (!CHANGE.test(line) && !SWAP.test(line)) continue;
    const rename = RENAME.exec(line);
    if (rename) {
      if (!renameBox(out, drawn, rename[1] ?? rename[3]!, rename[2] ?? rename[4]!)) return undo();
      made++;
      continue;
    }
    if (!PCT.test(line)) continue;
    for (const clause of line.split(/,|，|그리고|\band\b/).filter((c) => PCT.test(c))) {
      if (!setShare(out, table, clause.slice(0, 200))) return undo();
      made++;
    }
  }
  // Shares that no longer add up as they did (one row grown, none shrunk) are a change half said: left to be seen.
  const now = total(out, table);
  if (now !== total(new Map(was), table) && now !== 100) return undo();
  return made > 0;
}

function total(lines: string[] | Map<number, string>, table: number[]): number {
  return table.reduce((sum, i) => sum + Number(cells((Array.isArray(lines) ? lines[i] : lines.get(i))!).find((c) => /^\s*\d{1,3}\s*%\s*$/.test(c))?.replace(/\D/g, "") ?? 0), 0);
}

/** The ratio row a clause names (by its old share, else by its first cell) given its new share. */
function setShare(out: string[], table: number[], clause: string): boolean {
  const swap = SWAP.exec(clause);
  const set = swap ? undefined : SET.exec(clause);
  if (!swap && !set) return false;
  const rows = table.filter((i) => (swap ? cells(out[i]!).some((c) => c.trim() === `${swap[1]}%`) : cells(out[i]!)[0]?.trim() === set![1]));
  if (rows.length !== 1) return false;
  const row = cells(out[rows[0]!]!);
  const k = row.findIndex((c) => /^\s*\d{1,3}\s*%\s*$/.test(c));
  if (k < 0) return false;
  row[k] = row[k]!.replace(/\d{1,3}/, swap ? swap[2]! : set![2]!);
  out[rows[0]!] = `|${row.join("|")}|`;
  return true;
}

/**
 * The drawn box title `from` (maybe on several lines of one box, `WHO ARE YOU` over `TALKING TO?`) written
 * `to`: on its first line, the rest of it blanked. Each line keeps its length.
 */
function renameBox(out: string[], drawn: number[], from: string, to: string): boolean {
  const words = from.trim().split(/\s+/);
  for (let a = 0; a < drawn.length; a++) {
    const line = out[drawn[a]!]!;
    for (const m of line.matchAll(/[^│┃║|]+/g)) {
      const tokens = m[0].trim().split(/\s+/);
      const j = tokens.findIndex((_, t) => tokens.slice(t).every((w, x) => w === words[x]) && t < tokens.length);
      if (j < 0 || !tokens.slice(j).length) continue;
      let got = tokens.length - j;
      const start = m.index! + m[0].indexOf(tokens.slice(j).join(" "));
      if (m[0].indexOf(tokens.slice(j).join(" ")) < 0) continue;
      const edits: [number, number, number][] = [[drawn[a]!, start, tokens.slice(j).join(" ").length]];
      // The title's rest on the next lines, in the same cell (counted by borders before it).
      const cell = (line.slice(0, m.index!).match(/[│┃║|]/g) ?? []).length;
      for (let b = a + 1; got < words.length && b < drawn.length; b++) {
        const next = out[drawn[b]!]!;
        const piece = [...next.matchAll(/[^│┃║|]+/g)].find((p) => (next.slice(0, p.index!).match(/[│┃║|]/g) ?? []).length === cell);
        const rest = piece?.[0].trim().split(/\s+/) ?? [];
        if (!piece || rest.length === 0 || !rest.every((w, x) => w === words[got + x])) break;
        const text = rest.join(" ");
        edits.push([drawn[b]!, piece.index! + piece[0].indexOf(text), text.length]);
        got += rest.length;
      }
      if (got !== words.length) continue;
      edits.forEach(([i, at, len], e) => {
        const s = out[i]!;
        const put = e === 0 ? to : "";
        out[i] = s.slice(0, at) + put + " ".repeat(Math.max(0, len - put.length)) + s.slice(at + len);
      });
      return true;
    }
  }
  return false;
}

// A layout said aloud and taken down as spoken (`음, 맨 위에 제목 띠 있고요, 그 밑에… 세 칸, 아 아니다 두 칸으로
// 해 주세요. 왼쪽이 좀 더 넓게, 한 6대 4? …`). Speech carries what writing drops: fillers opening a clause, a
// slip said and then taken back (`세 칸, 아 아니다 두 칸`: only the second is meant), a row's place with its
// particle (`맨 위에`, `그 다음 줄은`), polite endings on every clause (`정리요`, `넣어 주시고요`), a question
// where a sentence ends (`한 6대 4?`) and a trailing-off pause (`그 밑에…`) that ends nothing. Each spoken line is
// written as the written description it stands for before the prose layout reader reads it; a line with none
// of these marks of speech is left exactly as it was.

/** Marks a line was said, not written: a polite clause ending, a correction, or a filler opening it. */
const SPOKEN = /(?:고요|구요|[가-힣]요)[,.?!]|아\s*아니(?:다|지|고)|(?:^|[,.?!…]\s*)(?:음|어|자)[,\s]/;

// `X, 아 아니다 Y`: the clause said up to the correction is taken back. Bounded so a long clause cannot make
// the match rescan it from every start.
const TAKEN_BACK = /[^…,.?!]{0,40},?\s*아\s*(?:아니다|아니지|아니고)[,\s]+/g;
const FILLER = /(^|[,.?!…]\s*)(?:음|어|아|자|그러니까|뭐)(?:[,\s]+)/g;
// A row's place said with its particle: `맨 위에`, `그 밑에`, `그 다음 줄은`, `맨 아래 줄은` (written: `맨 아래`).
const PLACE = /(맨\s*위|맨\s*아래|맨\s*밑|그\s*(?:밑|아래|다음))(?:\s*(?:줄|행|단))?(?:에는|에|은|는|이)(?=[\s…,.]|$)/g;
// Verbs of asking and having at a clause's end: the request around the box, not its words.
// Said with a comma after it (`있고요,`, `넣어 주시고요,`), the clause ends there as a sentence does.
const ASK = /\s*(?:(?:해|넣어|그려|써|만들어|채워)\s*주(?:세요|시고요|시구요|셔요)|있(?:고요|구요|어요|습니다))(?:\s*(,)|(?=[.?!…]|\s*$))/g;
// A noun closed with a polite `요` (`정리요`, `법이요`).
const POLITE = /([가-힣])이?요(?=[,.?!]|\s*$)/g;

/** The line as written, not as said; unchanged when it shows no mark of speech. */
export function unspoken(line: string): string {
  if (!SPOKEN.test(line)) return line;
  let t = line.replace(TAKEN_BACK, " ");
  // Fillers can stand in a row (`아 그리고`, `음, 자`): twice catches the second.
  t = t.replace(FILLER, "$1").replace(FILLER, "$1");
  t = t.replace(PLACE, "$1").replace(ASK, (_all, comma?: string) => (comma ? "." : "")).replace(POLITE, "$1");
  // A question ends a sentence as a full stop does; a pause (`…`) only breathes.
  return t.replace(/[?？](?=\s|$)/g, ".").replace(/…/g, " ").replace(/\s{2,}/g, " ").trim();
}

/** Row widths said as a ratio of its boxes (`6대 4`, `7:3`, `3 대 4 대 3`), as percents, when it names as many
 * parts as the row has boxes and they add up to 10 or 100 (a page's `16:9` is no split of a row). */
export function ratioWidths(unit: string, boxes: number): number[] | undefined {
  if (boxes < 2) return undefined;
  const m = /(?<!\d|\d[.:])(\d{1,2})(?:\s*(?:대|:|∶)\s*(\d{1,2})){1,5}(?!\d|[.:]\d)/.exec(unit);
  if (!m) return undefined;
  const parts = m[0].split(/\s*(?:대|:|∶)\s*/).map(Number);
  const sum = parts.reduce((a, b) => a + b, 0);
  if (parts.length !== boxes || (sum !== 10 && sum !== 100) || parts.some((p) => p <= 0)) return undefined;
  return parts.map((p) => (p / sum) * 100);
}

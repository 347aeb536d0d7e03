// A layout's top box whose words only name what it is (`[🪞 제목 배너]`, `[Title banner]`, `[헤더]`): the writer
// marks where the banner goes and leaves its text to the sheet's own title, so it is the title row, not a panel
// called "제목 배너", and its words are no banner text.

const WORD = String.raw`(?:제목|타이틀|배너|헤더|머리글|title|banner|header|heading)`;
const TAIL = String.raw`(?:영역|줄|띠|칸|박스|bar|row|area|box|strip)`;
const LABEL = new RegExp(String.raw`^(?:\p{Extended_Pictographic}\uFE0F?\s*)*${WORD}(?:\s*${WORD})?(?:\s*${TAIL})?$`, "iu");

/** One English word alone (`🍌 TITLE`) is as often the banner's placeholder text as a label: kept as words. */
const BARE_WORD = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)*[a-z]+(?:\s*\p{Extended_Pictographic}\uFE0F?)*$/iu;

/** Whether a box's words only say it is the title's place. */
export function titleLabelOnly(text: string): boolean {
  const t = text.trim();
  return LABEL.test(t) && !BARE_WORD.test(t);
}

/** The emoji a title label opens with (`🪞` of `🪞 제목 배너`), kept as the banner's only words so far. */
export function labelEmoji(text: string): string {
  return /^(?:\p{Extended_Pictographic}\uFE0F?\s*)*/u.exec(text.trim())![0].trim();
}

/**
 * The banner to print for a title row that gave no words of its own: the chapter's title after the label's
 * emoji, as the writer's marked banner would read; the banner as given when it has words (or there is none).
 */
export function labelledBanner(banner: string | undefined, title: string): string | undefined {
  if (banner === undefined || banner.trim() === "" || /[\p{L}\p{N}]/u.test(banner)) return banner;
  return `${banner.trim()} ${title}`.trim() || undefined;
}

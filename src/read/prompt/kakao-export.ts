// A prompt drafted in a KakaoTalk chat room and saved with the app's 대화 내보내기 (export chat as text). The
// export puts each message's author and time before its first line (`[민지] [오후 9:02] # Source Text`), its other
// lines after it as they were typed, and adds lines that are the app's, not the prompt: the room's header
// (`스터디방 님과 카카오톡 대화`, `저장한 날짜 : …`), a day's separator (`--------------- 2026년 12월 1일 화요일
// ---------------`), who came in or left (`민수님이 들어왔습니다.`), and the words it writes for what it cannot
// export (`사진`, `이모티콘`, `삭제된 메시지입니다.`). chat-thread.ts reads the messages as it reads a Slack thread's.

// `[name] [오후 9:02] text`: the author in brackets, the time in brackets (Korean or English), then the text.
const HEAD = /^\[([^\]\n]{1,30})\] \[(?:(?:오전|오후|AM|PM) ?)?\d{1,2}:\d{2}(?: ?[AP]M)?\](?: (.*))?$/;
// The phone apps write each message's date and time first, a comma, the author and ` : ` (Android
// `2026년 12월 1일 오후 9:02, 민지 : text`, iOS `2026. 12. 1. 오후 9:02, 민지 : text`, in English
// `Dec 1, 2026 at 9:02 PM, Minji : text`), or the time alone under a day's separator.
const DATE = String.raw`(?:\d{4}년 \d{1,2}월 \d{1,2}일|\d{4}\. ?\d{1,2}\. ?\d{1,2}\.|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?: at)?)`;
const CLOCK = String.raw`(?:(?:오전|오후) ?\d{1,2}:\d{2}|\d{1,2}:\d{2} ?[AP]M)`;
const PHONE = new RegExp(String.raw`^(?:${DATE} )?${CLOCK}, ([^:\n]{1,30}?) : ?(.*)$`);
// The export's own first lines, and a day's separator: dashed on a computer, a line of its own on a phone (its
// date and weekday, or on Android the date and time a day's messages begin).
const ROOM = /^.{1,60} 님과 카카오톡 대화$|^(?:저장한 날짜|Date Saved) ?: ?.{4,40}$/;
const DAY = new RegExp(
  String.raw`^-{3,} ?\d{4}년 \d{1,2}월 \d{1,2}일 [월화수목금토일]요일 ?-{3,}$|^-{3,} ?[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4} ?-{3,}$|^${DATE}(?: [월화수목금토일]요일| ${CLOCK})?$`,
);
// Someone coming into the room, leaving it, invited or sent out: a line of the app's, without an author.
const SYSTEM = /^\S.{0,40}님(?:이|을|과)\s.{0,40}(?:들어왔습니다|나갔습니다|초대했습니다|내보냈습니다)\.?$/;
// What the app writes in place of a message it does not export as text.
const STAND_IN = /^(?:사진(?: \d{1,3}장)?|동영상|이모티콘|음성메시지|삭제된 메시지입니다\.|파일: .{1,80})$/;

export interface KakaoExport {
  /** Each message's first line, with the text that follows its author and time there ("" when none). */
  heads: Map<number, string>;
  /** The app's lines: the room's header, day separators, people joining and leaving. */
  noise: Set<number>;
}

/** The export's messages and its own lines, when `lines` are a KakaoTalk text export (two messages at least). */
export function kakaoExport(lines: string[]): KakaoExport | undefined {
  const heads = new Map<number, string>();
  const noise = new Set<number>();
  lines.forEach((l, i) => {
    const m = HEAD.exec(l) ?? PHONE.exec(l);
    if (m) heads.set(i, m[2] ?? "");
    else if (ROOM.test(l) || DAY.test(l) || SYSTEM.test(l)) noise.add(i);
  });
  // The header or a day separator says it is an export; without them, many messages do.
  const said = [...noise].some((i) => ROOM.test(lines[i]!) || DAY.test(lines[i]!));
  return heads.size >= (said ? 2 : 4) ? { heads, noise } : undefined;
}

/** Whether a message's whole text is what the app writes for a photo, an emoticon, a deleted message. */
export const standIn = (text: string): boolean => STAND_IN.test(text.trim());

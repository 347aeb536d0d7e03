// A prompt dictated aloud and lightly cleaned up: its parts are not headed but said, each on a line of its own —
// `자 그리고 레이아웃은요,`, `내용은 이렇게 채워 주세요.`, `이미지는요:` — and the notes it was made from pasted in
// with their frontmatter after a spoken greeting. Each such line becomes its `# …` heading, and the blank line
// over a pasted frontmatter before the first said part becomes `# Source Text`, line numbers kept. Only when at
// least two parts are said so and the document heads none of its parts: in a headed prompt such a line is a
// remark inside its part.
import { headedParts, namedPartLines } from "./label-sections.js";

// Fillers a speaker opens with before naming the part (`자`, `음`, `그리고`, `그럼 이제`).
const FILLER = String.raw`(?:(?:자|음|어|아|네|그리고|그럼|그러면|이제|다음|다음은|그다음|그\s*다음)[,.…\s]+)*`;
// The part names people say for each of the template's parts.
const NAMES: Record<string, string> = { 레이아웃: "Layout Structure", 배치: "Layout Structure", 구성: "Layout Structure", 내용: "Output Structure Plan", 원문: "Source Text", 이미지: "Image Request", 그림: "Image Request" };
// `레이아웃은요,` / `내용은 이렇게 채워 주세요.` / `원문은 이거예요:`: the name, its topic particle, then at most a
// short request about it; nothing of the part's own content.
const SAID = new RegExp(String.raw`^${FILLER}(레이아웃|배치|구성|내용|원문|이미지|그림)(?:은|는)\s*요?\s*(?:[,.:：…!]\s*)?(?:(?:이렇게|이거|요렇게|다음과\s*같이|아래처럼|아래와\s*같이)\s*[가-힣 ]{0,16}?(?:주세요|줘요|줘|예요|에요|입니다|이에요|할게요|갈게요)\s*[.!:：…]?)?$`);

/** The template heading a spoken line stands for (`자 그리고 레이아웃은요,` → `Layout Structure`), if it is one. */
export function spokenPart(line: string): string | undefined {
  const t = line.trim();
  if (t.length > 40) return undefined;
  const m = SAID.exec(t);
  return m ? NAMES[m[1]!] : undefined;
}

export function spokenParts(text: string): string {
  if (!/(?:은|는)\s*요?\s*[,.:：…!]?\s*\r?$|주세요|예요|에요/m.test(text)) return text;
  const parts = namedPartLines(text, spokenPart);
  if (!parts) return text;
  const { lines, names } = parts;
  const out = headedParts(lines, names);
  // The notes pasted before the first said part, opened by their frontmatter under a blank line: the source.
  const first = names.findIndex(Boolean);
  if (!names.includes("Source Text")) {
    const open = lines.findIndex((l, i) => i > 0 && i < first && /^---[ \t]*\r?$/.test(l) && /^title\s*:/m.test(lines.slice(i + 1, i + 12).join("\n")));
    if (open > 0 && lines[open - 1]!.trim() === "") out[open - 1] = "# Source Text";
  }
  // The image asked for in a sentence of its own after the parts (`이미지는 A4 가로로 해 주시고요, …`): its page
  // words are the request, so the blank line over it heads it, and what is said after it (thanks) is not drawn.
  if (!names.includes("Image Request")) {
    const ask = lines.findIndex((l, i) => i > first && !names[i] && IMAGE_ASK.test(l) && PAGE_WORDS.test(l));
    if (ask > 0 && lines[ask - 1]!.trim() === "" && !names[ask - 1]) out[ask - 1] = "# Image Request";
  }
  return out.join("\n");
}

const IMAGE_ASK = new RegExp(`^${FILLER}(?:이미지|그림|결과물|출력물)(?:은|는)\\s`);
const PAGE_WORDS = /A4|A3|가로|세로|16\s*[:대x×]\s*9|landscape|portrait|비율/i;

// Chapter metadata written as labelled lines instead of a YAML block, as people (and models helping them)
// head a prompt: `**Chapter:** 9 / 23 — Post-Training: Conversations`, `**Series:** Deep Dive into LLMs
// (Andrej Karpathy)`, `**Source:** https://… (1:05:00 – 1:25:40)`, or as a two-column table of them (`| Title |
// Knowledge vs. Working Memory |`). Read from the lines before the first section and the first lines of # Source
// Text; two labels at least, so a stray `Note:` is no metadata.
import type { PromptDoc, Section } from "./sections.js";

const LABEL = /^\s*(?:[-*•]\s+)?\*{0,2}([\p{L}][\p{L}_ ]{0,20}?)\*{0,2}\s*[:：]\s*\*{0,2}\s*(.+?)\s*$/u;
/** A row of a two-column key/value table: `| Chapter | 13 / 23 |`. */
const TABLE_ROW = /^\s*\|\s*\*{0,2}([\p{L}][\p{L}_ ]{0,20}?)\*{0,2}\s*\|\s*(.+?)\s*\|?\s*$/u;
const URL = /https?:\/\/[^\s)>\]]+/;

type Key = "chapter" | "title" | "titleKr" | "series" | "author" | "source_url";
const KEYS: [Key, RegExp][] = [
  ["chapter", /^(chapter|ch|챕터|장)$/i],
  ["title", /^(title|chapter title|topic|제목|주제)$/i],
  ["titleKr", /^(korean title|title[_ ]?kr|한국어 제목|한글 제목)$/i],
  ["series", /^(series|parent|course|lecture|playlist|시리즈|강의|강좌)$/i],
  ["author", /^(author|speaker|lecturer|by|강연자|저자|발표자)$/i],
  ["source_url", /^(source|url|link|video|youtube|source[_ ]?url|출처|원본|영상|링크)$/i],
];

/** How many lines of # Source Text to look at for labels. */
const SOURCE_HEAD = 12;

export function labelledMeta(doc: PromptDoc, source: Section | undefined): { data: Record<string, unknown>; startLine: number; endLine: number } | undefined {
  const firstKnown = doc.sections.find((s) => s.kind !== "other")?.line ?? doc.lines.length + 1;
  const ranges: [number, number][] = [[1, firstKnown - 1]];
  if (source) ranges.push([source.line + 1, Math.min(doc.lines.length, source.line + SOURCE_HEAD)]);
  for (const [from, to] of ranges) {
    const data: Record<string, unknown> = {};
    let start = 0;
    let end = 0;
    for (let line = from; line <= to; line++) {
      const m = LABEL.exec(doc.lines[line - 1] ?? "") ?? TABLE_ROW.exec(doc.lines[line - 1] ?? "");
      const key = m && KEYS.find(([, re]) => re.test(m[1]!.trim()))?.[0];
      if (!m || !key || data[key] !== undefined) continue;
      Object.assign(data, valueOf(key, m[2]!.replace(/\*\*/g, "").trim().replace(/^"(.*)"$|^'(.*)'$/, "$1$2")));
      start ||= line;
      end = line;
    }
    const labels = Object.keys(data).filter((k) => k !== "author" || data["series"] === undefined).length;
    if (labels >= 2) return { data, startLine: start, endLine: end };
  }
  return undefined;
}

function valueOf(key: Key, value: string): Record<string, unknown> {
  switch (key) {
    case "chapter": {
      // `9 / 23 — Post-Training: Conversations`: the number, then the title after a dash.
      const m = /^(\d+)(?:\s*(?:\/|of)\s*\d+)?\s*(?:[-–—:·|]\s*(.+))?$/.exec(value);
      if (!m) return {};
      return { chapter: Number(m[1]), ...(m[2] ? { title: m[2].trim() } : {}) };
    }
    case "series": {
      // `Deep Dive into LLMs (Andrej Karpathy)`: the speaker in brackets is the author.
      const m = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(value);
      return m ? { series: m[1]!.trim(), author: m[2]!.trim() } : { series: value };
    }
    case "source_url": {
      const url = URL.exec(value)?.[0];
      return url ? { source_url: url } : {};
    }
    default:
      return { [key]: value };
  }
}

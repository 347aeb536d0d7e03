// Colour emoji from @iconify-json/noto, inlined as plain SVG groups. icons.json is ~25 MB, so it is read once
// per process as bytes (~20 ms) and only the entries asked for are found with indexOf and parsed; decoding
// it all costs another ~25 ms and JSON.parse of all of it ~60 ms and ~100 MB.
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getIconData, iconToSVG } from "@iconify/utils";
import { builtFile } from "../built.js";
import { FLAG } from "../fonts/measure.js";
import type { IconifyJSON } from "@iconify/types";

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve("@iconify-json/noto/package.json"));

let bytes: Buffer | undefined;
let aliasesAt = -1;
let chars: Record<string, string> | undefined;
const cache = new Map<string, EmojiArt | null>();

export interface EmojiArt {
  /** SVG body with ids made unique for this emoji. */
  body: string;
  /** The art's viewBox, in its own units. */
  left: number;
  top: number;
  width: number;
  height: number;
  key: string;
}

function source(): Buffer {
  if (bytes === undefined) {
    bytes = readFileSync(join(dir, "icons.json"));
    aliasesAt = bytes.lastIndexOf('"aliases":');
  }
  return bytes;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;

/** Iconify's code point key: FE0F dropped, each code point as at least 4 hex digits, joined by "-". */
export function emojiKey(emoji: string): string {
  return [...emoji]
    .map((c) => c.codePointAt(0) ?? 0)
    .filter((cp) => cp !== 0xfe0f)
    .map((cp) => cp.toString(16).padStart(4, "0"))
    .join("-");
}

function nameOf(emoji: string): string | undefined {
  const keys = [emojiKey(emoji), emojiKey(emoji.replace(/\u200d/g, ""))];
  const idx = loadIndex();
  if (!idx) chars ??= JSON.parse(readFileSync(join(dir, "chars.json"), "utf8")) as Record<string, string>;
  // The second key only when the first misses: each lookup searches the index.
  for (const k of keys) {
    const name = idx ? lookup(idx, "chars", k)?.[0] : chars![k];
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * Where each entry of icons.json starts, in bytes, for both sections, and each emoji's icon name from
 * chars.json: `npm run build` writes this next to the compiled code (dist/emoji-index.txt), so a build reads
 * only the few kilobytes of the emoji it draws instead of the whole 25 MB file. It is plain text, one
 * `<name> <values…>` line per entry under `#chars`, `#icons` and `#aliases`, so the few lookups a build makes
 * are string searches; parsing it as JSON cost ~25 ms of every cold start. The `size` line ties it to the
 * icons.json it was made from.
 */
export function buildEmojiIndex(): string {
  const src = source();
  const text = src.toString("latin1");
  const icons: string[] = [];
  const aliases: string[] = [];
  // Entries are the keys two levels deep: `\n\t\t"name": {` in the file as published.
  const starts = [...text.matchAll(/\n\t\t"([^"\\]+)": \{/g)].map((m) => ({ name: m[1]!, at: m.index + m[0].length - 1 }));
  starts.forEach(({ name, at }, i) => {
    (aliasesAt >= 0 && at > aliasesAt ? aliases : icons).push(`${name} ${at} ${starts[i + 1]?.at ?? src.length}`);
  });
  const names = JSON.parse(readFileSync(join(dir, "chars.json"), "utf8")) as Record<string, string>;
  const lines = Object.entries(names).map(([key, name]) => `${key} ${name}`);
  return [`size ${src.length}`, "#chars", ...lines, "#icons", ...icons, "#aliases", ...aliases, ""].join("\n");
}

let index: string | null | undefined;

function loadIndex(): string | null {
  if (index !== undefined) return index;
  index = null;
  const file = builtFile("emoji-index.txt");
  if (!file) return index;
  try {
    const found = readFileSync(file, "latin1");
    if (found.startsWith(`size ${statSync(join(dir, "icons.json")).size}\n`)) index = found;
  } catch {
    // an unreadable index: scan icons.json instead
  }
  return index;
}

type Section = "chars" | "icons" | "aliases";

// Where each section starts and ends, found once per index: scanning the 350 KB index for its section
// headers at every lookup was most of the cost of finding a build's emoji.
const sectionsOf = new Map<string, Map<Section, [number, number]>>();

function sectionBounds(idx: string, section: Section): [number, number] {
  let bounds = sectionsOf.get(idx);
  if (!bounds) sectionsOf.set(idx, (bounds = new Map()));
  let b = bounds.get(section);
  if (!b) {
    const from = idx.indexOf(`\n#${section}\n`);
    const to = from < 0 ? -1 : idx.indexOf("\n#", from + 2);
    bounds.set(section, (b = [from, to < 0 ? idx.length : to]));
  }
  return b;
}

/** The values after `name` in one section of the index. */
function lookup(idx: string, section: Section, name: string): string[] | undefined {
  const [from, to] = sectionBounds(idx, section);
  const at = from < 0 ? -1 : idx.indexOf(`\n${name} `, from);
  if (at < 0 || at > to) return undefined;
  return idx.slice(at + 1, idx.indexOf("\n", at + 1)).split(" ").slice(1);
}

/** Use this index (or none: scan the file) from now on; for tests that compare the two ways of reading. */
export function useEmojiIndex(idx: string | null): void {
  index = idx;
  cache.clear();
}

function readSlice([from, to]: [number, number]): Buffer {
  const fd = openSync(join(dir, "icons.json"), "r");
  try {
    const buf = Buffer.alloc(to - from);
    readSync(fd, buf, 0, buf.length, from);
    return buf;
  } finally {
    closeSync(fd);
  }
}

/** The JSON object that follows `"name":` in the icons or the aliases section. */
function entry(name: string, inAliases: boolean): Record<string, unknown> | undefined {
  const idx = loadIndex();
  if (idx) {
    const at = lookup(idx, inAliases ? "aliases" : "icons", name);
    return at ? objectAt(readSlice([Number(at[0]), Number(at[1])]), 0) : undefined;
  }
  const src = source();
  const needle = `"${name}":`;
  const at = inAliases ? src.indexOf(needle, aliasesAt) : src.indexOf(needle);
  if (at < 0 || (!inAliases && aliasesAt >= 0 && at > aliasesAt)) return undefined;
  return objectAt(src, src.indexOf(OPEN, at + needle.length));
}

/** The JSON object starting at byte `at`. */
function objectAt(src: Buffer, at: number): Record<string, unknown> | undefined {
  // Byte-wise brace matching is safe on UTF-8: bytes of multi-byte characters are never ASCII.
  let depth = 0;
  let inString = false;
  for (let i = at; i >= 0 && i < src.length; i++) {
    const ch = src[i];
    if (inString) {
      if (ch === BACKSLASH) i++;
      else if (ch === QUOTE) inString = false;
    } else if (ch === QUOTE) inString = true;
    else if (ch === OPEN) depth++;
    else if (ch === CLOSE && --depth === 0) return JSON.parse(src.subarray(at, i + 1).toString("utf8")) as Record<string, unknown>;
  }
  return undefined;
}

/** A minimal icon set holding just `name` (and its alias parents) for @iconify/utils. */
function miniSet(name: string): IconifyJSON | undefined {
  const set: IconifyJSON = { prefix: "noto", icons: {}, aliases: {}, width: 128, height: 128 };
  let current: string | undefined = name;
  for (let hops = 0; current && hops < 5; hops++) {
    const icon = entry(current, false);
    if (icon) {
      set.icons[current] = icon as unknown as IconifyJSON["icons"][string];
      return set;
    }
    const alias = entry(current, true) as { parent?: string } | undefined;
    if (!alias?.parent) return undefined;
    set.aliases![current] = alias as { parent: string };
    current = alias.parent;
  }
  return undefined;
}

export function emojiArt(emoji: string): EmojiArt | undefined {
  const hit = cache.get(emoji);
  if (hit !== undefined) return hit ?? undefined;
  const name = nameOf(emoji);
  const set = name ? miniSet(name) : undefined;
  const data = set && name ? getIconData(set, name) : null;
  let art: EmojiArt | null = null;
  if (data) {
    const built = iconToSVG(data);
    const key = emojiKey(emoji);
    const [left, top, width, height] = built.viewBox;
    art = { body: noLayers(uniqueIds(built.body, `e${key}-`)), left, top, width, height, key };
  }
  cache.set(emoji, art);
  return art ?? undefined;
}

/** Whether the page draws this emoji with art: a flag, which has none, is drawn as its two letters (measure.ts). */
export function hasEmoji(emoji: string): boolean {
  if (FLAG.test(emoji)) return [...emoji].every((letter) => emojiArt(letter) !== undefined);
  return emojiArt(emoji) !== undefined;
}

/**
 * Group/element `opacity` makes resvg render a layer, and resvg aborts the process (a Rust panic) when such
 * a layer ends up off the canvas (overflowing content, cropped views). Fill and stroke opacity look the
 * same on emoji art (the translucent parts do not overlap) and need no layer.
 */
function noLayers(body: string): string {
  return body.replace(/\sopacity="([^"]*)"/g, ' fill-opacity="$1" stroke-opacity="$1"');
}

/** Prefix every id (and its references) so gradients of different emoji never collide. */
function uniqueIds(body: string, prefix: string): string {
  const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  let out = body;
  for (const id of ids.sort((a, b) => b.length - a.length)) {
    const esc = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(\\sid=")${esc}"`, "g"), `$1${prefix}${id}"`).replace(new RegExp(`#${esc}(?=[)"'])`, "g"), `#${prefix}${id}`);
  }
  return out;
}

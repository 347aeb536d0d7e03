// The character map and the ligatures of a face, read straight from its cmap, GSUB, GPOS and GDEF tables, so
// measuring and drawing never load fontkit (its start-up and table decoding were ~90 ms of a cold build's
// main thread). This reproduces what fontkit's layout() does for the strings and faces it accepts, and says
// so by returning undefined otherwise: then fontkit shapes the string after all (faces.ts). Accepted are
// faces whose default features are plain ligature lookups (no contextual rules, no positioning), and strings
// of Latin-1 and general punctuation with nothing fontkit treats specially (marks, fraction slash, default
// ignorables, variation selectors). Tested against fontkit on every string of the fixtures and more.
import { tableDirectory, viewOf } from "./sfnt.js";

/**
 * The glyph id for a code point (0 when the face has none), from the subtable fontkit prefers; undefined
 * when that subtable is in a format read here (4 and 12 are; our faces use nothing else).
 */
export function cmapOf(sfnt: Uint8Array): ((cp: number) => number) | undefined {
  const cmap = tableDirectory(sfnt).get("cmap");
  if (cmap === undefined) return undefined;
  const view = viewOf(sfnt);
  const subtables: [number, number, number][] = [];
  for (let i = 0, n = view.getUint16(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + i * 8;
    subtables.push([view.getUint16(rec), view.getUint16(rec + 2), cmap + view.getUint32(rec + 4)]);
  }
  // fontkit's CmapProcessor: the first of these platform/encoding pairs the face has.
  const preferred = [[3, 10], [0, 6], [0, 4], [3, 1], [0, 3], [0, 2], [0, 1], [0, 0]];
  const chosen = preferred.map(([p, e]) => subtables.find(([sp, se]) => sp === p && se === e)).find((s) => s !== undefined);
  if (!chosen) return undefined;
  const at = chosen[2];
  const format = view.getUint16(at);
  if (format === 4) {
    const segs = view.getUint16(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segs * 2 + 2;
    const deltas = starts + segs * 2;
    const ranges = deltas + segs * 2;
    return (cp) => {
      let [lo, hi] = [0, segs - 1];
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cp < view.getUint16(starts + mid * 2)) hi = mid - 1;
        else if (cp > view.getUint16(ends + mid * 2)) lo = mid + 1;
        else {
          const range = view.getUint16(ranges + mid * 2);
          if (range === 0) return (cp + view.getInt16(deltas + mid * 2)) & 0xffff;
          const g = view.getUint16(ranges + mid * 2 + range + (cp - view.getUint16(starts + mid * 2)) * 2);
          return g === 0 ? 0 : (g + view.getInt16(deltas + mid * 2)) & 0xffff;
        }
      }
      return 0;
    };
  }
  if (format === 12) {
    const groups = view.getUint32(at + 12);
    return (cp) => {
      let [lo, hi] = [0, groups - 1];
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = at + 16 + mid * 12;
        if (cp < view.getUint32(g)) hi = mid - 1;
        else if (cp > view.getUint32(g + 4)) lo = mid + 1;
        else return view.getUint32(g + 8) + (cp - view.getUint32(g));
      }
      return 0;
    };
  }
  return undefined;
}

/** One shaped glyph: its id, the code points it stands for, and whether GDEF calls it a mark (no advance). */
export interface LigatedGlyph {
  id: number;
  codePoints: number[];
  mark: boolean;
}

interface Ligature {
  glyph: number;
  components: number[];
}

/** A ligature lookup: per first glyph, the ligatures starting with it, in the font's order. */
type LigatureLookup = { subtables: Map<number, Ligature[]>[] };

// fontkit's DefaultShaper applies these features, all in one stage (its ShapingPlan); frac, numr and dnom only
// around a fraction slash, which is never accepted here.
const FEATURES = ["rvrn", "ltra", "ltrm", "frac", "numr", "dnom", "ccmp", "locl", "rlig", "mark", "mkmk", "calt", "clig", "liga", "rclt", "curs", "kern"];
const LOCAL = new Set(["frac", "numr", "dnom"]);
const DEFAULT_SCRIPTS = ["DFLT", "dflt", "latn"];

/**
 * The features of a GSUB or GPOS table for a script tag, as fontkit's selectScript picks them (default
 * language); undefined when the table has neither that script nor a default one.
 */
function scriptFeatures(view: DataView, table: number, script: string | undefined): Map<string, number[]> | undefined {
  const scripts = table + view.getUint16(table + 4);
  const features = table + view.getUint16(table + 6);
  const records: [string, number][] = [];
  for (let i = 0, n = view.getUint16(scripts); i < n; i++) records.push([tagAt(view, scripts + 2 + i * 6), scripts + view.getUint16(scripts + 6 + i * 6)]);
  const entry = records.find(([t]) => t === script) ?? DEFAULT_SCRIPTS.map((s) => records.find(([t]) => t === s)).find((r) => r !== undefined);
  if (!entry) return undefined;
  const out = new Map<string, number[]>();
  const langSys = view.getUint16(entry[1]) ? entry[1] + view.getUint16(entry[1]) : undefined;
  if (langSys === undefined) return out;
  for (let i = 0, n = view.getUint16(langSys + 4); i < n; i++) {
    const index = view.getUint16(langSys + 6 + i * 2);
    const record = features + 2 + index * 6;
    const feature = features + view.getUint16(record + 4);
    const lookups: number[] = [];
    for (let k = 0, m = view.getUint16(feature + 2); k < m; k++) lookups.push(view.getUint16(feature + 4 + k * 2));
    out.set(tagAt(view, record), lookups);
  }
  return out;
}

function tagAt(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

function coverage(view: DataView, at: number): number[] {
  const out: number[] = [];
  if (view.getUint16(at) === 1) for (let i = 0, n = view.getUint16(at + 2); i < n; i++) out.push(view.getUint16(at + 4 + i * 2));
  else {
    for (let i = 0, n = view.getUint16(at + 2); i < n; i++) {
      const r = at + 4 + i * 6;
      for (let g = view.getUint16(r); g <= view.getUint16(r + 2); g++) out.push(g);
    }
  }
  return out;
}

/** A ligature lookup, or undefined for any other kind (or one with flags that make glyphs skip). */
function ligatureLookup(view: DataView, gsub: number, index: number): LigatureLookup | undefined {
  const list = gsub + view.getUint16(gsub + 8);
  const lookup = list + view.getUint16(list + 2 + index * 2);
  let type = view.getUint16(lookup);
  if (view.getUint16(lookup + 2) !== 0) return undefined;
  const subtables: Map<number, Ligature[]>[] = [];
  for (let i = 0, n = view.getUint16(lookup + 4); i < n; i++) {
    let sub = lookup + view.getUint16(lookup + 6 + i * 2);
    if (type === 7) {
      type = view.getUint16(sub + 2);
      sub += view.getUint32(sub + 4);
    }
    if (type !== 4 || view.getUint16(sub) !== 1) return undefined;
    const firsts = coverage(view, sub + view.getUint16(sub + 2));
    const byFirst = new Map<number, Ligature[]>();
    firsts.forEach((first, k) => {
      const set = sub + view.getUint16(sub + 6 + k * 2);
      const ligatures: Ligature[] = [];
      for (let j = 0, m = view.getUint16(set); j < m; j++) {
        const lig = set + view.getUint16(set + 2 + j * 2);
        const components: number[] = [];
        for (let c = 1, count = view.getUint16(lig + 2); c < count; c++) components.push(view.getUint16(lig + 2 + c * 2));
        ligatures.push({ glyph: view.getUint16(lig), components });
      }
      byFirst.set(first, ligatures);
    });
    subtables.push(byFirst);
  }
  return { subtables };
}

/** GDEF's glyph class (3 = mark), or 0. */
function glyphClassOf(view: DataView, gdef: number | undefined): (id: number) => number {
  const at = gdef === undefined ? 0 : view.getUint16(gdef + 4);
  if (!at) return () => 0;
  const def = gdef! + at;
  if (view.getUint16(def) === 1) {
    const start = view.getUint16(def + 2);
    const count = view.getUint16(def + 4);
    return (id) => (id >= start && id < start + count ? view.getUint16(def + 6 + (id - start) * 2) : 0);
  }
  const ranges = view.getUint16(def + 2);
  return (id) => {
    for (let i = 0; i < ranges; i++) {
      const r = def + 4 + i * 6;
      if (id >= view.getUint16(r) && id <= view.getUint16(r + 2)) return view.getUint16(r + 4);
    }
    return 0;
  };
}

export interface Shaper {
  /** No feature applies by default: one glyph per code point, each with its own advance. */
  plain: boolean;
  /** The glyphs fontkit's layout() gives `text`, or undefined when this shaper cannot say. */
  shape(text: string): LigatedGlyph[] | undefined;
}

// Latin-1 and general punctuation, minus what fontkit treats specially: the soft hyphen and other default
// ignorables, the fraction slash (contextual fractions).
function accepted(cp: number): boolean {
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (cp >= 0xa0 && cp <= 0xff) return cp !== 0xad;
  return cp >= 0x2010 && cp <= 0x205e && cp !== 0x2044 && !(cp >= 0x2028 && cp <= 0x202f);
}

function latin(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0xaa || cp === 0xba || (cp >= 0xc0 && cp <= 0xff && cp !== 0xd7 && cp !== 0xf7);
}

/** How a face sets text, read from its tables; `cmap` gives the glyph per code point. */
export function shaperOf(sfnt: Uint8Array, cmap: (cp: number) => number): Shaper {
  const view = viewOf(sfnt);
  const dir = tableDirectory(sfnt);
  const [gsub, gpos] = [dir.get("GSUB"), dir.get("GPOS")];
  const none = new Map<string, number[]>();
  const featuresFor = (script: string | undefined) => ({
    sub: gsub === undefined ? none : scriptFeatures(view, gsub, script),
    pos: gpos === undefined ? none : scriptFeatures(view, gpos, script),
  });
  // fontkit's availableFeatures: what the default script offers, substitution and positioning alike.
  const fallback = featuresFor(undefined);
  const plain = (fallback.sub?.size ?? 0) === 0 && (fallback.pos?.size ?? 0) === 0;
  const markClass = glyphClassOf(view, dir.get("GDEF"));
  // The lookups applied for a script, sorted by index as fontkit sorts them; undefined when any is not a plain
  // ligature lookup or the script positions glyphs.
  const plans = new Map<string, LigatureLookup[] | undefined>();
  const planFor = (script: string): LigatureLookup[] | undefined => {
    if (plans.has(script)) return plans.get(script);
    const { sub, pos } = featuresFor(script);
    let plan: LigatureLookup[] | undefined;
    if (sub && pos && !FEATURES.some((f) => pos.has(f))) {
      const indexes = FEATURES.filter((f) => sub.has(f) && !LOCAL.has(f)).flatMap((f) => sub.get(f)!).sort((a, b) => a - b);
      const lookups = indexes.map((i) => ligatureLookup(view, gsub!, i));
      plan = lookups.every((l) => l !== undefined) ? (lookups as LigatureLookup[]) : undefined;
    }
    plans.set(script, plan);
    return plan;
  };
  return {
    plain,
    shape(text) {
      const cps = Array.from(text, (ch) => ch.codePointAt(0)!);
      if (!cps.every(accepted)) return undefined;
      // fontkit's script is the first character's that is not Common: Latin letters make it latn.
      const plan = planFor(cps.some(latin) ? "latn" : "zzzz");
      if (!plan) return undefined;
      const glyphs = cps.map((cp) => ({ id: cmap(cp), codePoints: [cp] }));
      for (const lookup of plan) {
        for (let i = 0; i < glyphs.length; i++) {
          for (const byFirst of lookup.subtables) {
            const ligatures = byFirst.get(glyphs[i]!.id);
            if (!ligatures) continue;
            const hit = ligatures.find((l) => l.components.every((c, k) => glyphs[i + 1 + k]?.id === c));
            if (!hit) continue;
            const parts = glyphs.splice(i, 1 + hit.components.length);
            glyphs.splice(i, 0, { id: hit.glyph, codePoints: parts.flatMap((p) => p.codePoints) });
            break;
          }
        }
      }
      return glyphs.map((g) => ({ ...g, mark: markClass(g.id) === 3 }));
    },
  };
}

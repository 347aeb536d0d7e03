// Caches keyed by a face or weight and a string, without joining the two into one key: the strings are the
// callers' own, whose hash V8 computes once and keeps, where a joined key is a new string to hash at every
// lookup (wrapping asks for the same words' widths thousands of times).
// A process that lives for many sheets (a series child, the live preview) sees new strings with every sheet:
// each kind's map starts over once it holds `max` strings (one sheet asks for a few thousand), so memory stays
// bounded while the strings of the sheet at hand are quickly cached again.
export class TextCache<K, V> {
  private readonly byKind = new Map<K, Map<string, V>>();

  constructor(private readonly max = 50_000) {}

  get(kind: K, text: string): V | undefined {
    return this.byKind.get(kind)?.get(text);
  }

  set(kind: K, text: string, value: V): V {
    let map = this.byKind.get(kind);
    if (!map) this.byKind.set(kind, (map = new Map()));
    else if (map.size >= this.max) map.clear();
    map.set(text, value);
    return value;
  }
}

// Caches keyed by a face or weight and a string, without joining the two into one key: the strings are the
// callers' own, whose hash V8 computes once and keeps, where a joined key is a new string to hash at every
// lookup (wrapping asks for the same words' widths thousands of times).
export class TextCache<K, V> {
  private readonly byKind = new Map<K, Map<string, V>>();

  get(kind: K, text: string): V | undefined {
    return this.byKind.get(kind)?.get(text);
  }

  set(kind: K, text: string, value: V): V {
    let map = this.byKind.get(kind);
    if (!map) this.byKind.set(kind, (map = new Map()));
    map.set(text, value);
    return value;
  }
}

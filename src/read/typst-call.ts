// A Typst function call as the lines it spans and its parts (typst.ts's tables, grids, quotes and `#set` rules):
// `#table(columns: 3, [a], [b], …)` over many lines, `#quote(attribution: [K])[…]`, `#set page(…)`. One scan
// over the characters, counting parentheses, brackets and braces and skipping strings, so a call that never
// closes costs one pass over the lines it may span and no more.

/** The most lines and characters a call is looked for over: a call left open reads as text after it, not as the
 * rest, and a document of open calls costs a bounded scan a line. */
const MAX_LINES = 400;
const MAX_CHARS = 10_000;

/** Lines from `i` joined, as far as a call may reach. */
export function callWindow(lines: readonly string[], i: number): string {
  const out: string[] = [];
  let chars = 0;
  for (let k = i; k < lines.length && k < i + MAX_LINES && chars < MAX_CHARS; k++) {
    out.push(lines[k]!);
    chars += lines[k]!.length + 1;
  }
  return out.join("\n");
}

export interface TypstCall {
  name: string;
  /** The last line the call spans. */
  end: number;
  /** What is left on the end line after the call. */
  rest: string;
  /** `name: value` arguments, values as typed. */
  named: Map<string, string>;
  /** Positional arguments as typed (`[content]`, `"text"`, `table.header(...)`). */
  positional: string[];
  /** Trailing content blocks' insides (`#quote(...)[this]`). */
  bodies: string[];
}

/** The call opening at `col` of line `i` (its `#`), or undefined when it does not close within reach. */
export function typstCall(lines: readonly string[], i: number, col: number): TypstCall | undefined {
  const head = /^#([A-Za-z][\w.-]*)/.exec(lines[i]!.slice(col));
  if (!head) return undefined;
  const text = callWindow(lines, i);
  let at = col + head[0].length;
  let args: string | undefined;
  const bodies: string[] = [];
  for (;;) {
    const open = text[at];
    if (open !== "(" && open !== "[") break;
    if (open === "(" && (args !== undefined || bodies.length)) break;
    const close = matching(text, at);
    if (close < 0) return undefined;
    if (open === "(") args = text.slice(at + 1, close);
    else bodies.push(text.slice(at + 1, close));
    at = close + 1;
  }
  if (args === undefined && !bodies.length) return undefined;
  const before = text.slice(0, at);
  const end = i + (before.match(/\n/g)?.length ?? 0);
  const rest = text.slice(at).split("\n", 1)[0] ?? "";
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const arg of splitArgs(args ?? "")) {
    const m = /^([A-Za-z][\w-]*)[ \t]*:(?!\/)[ \t\n]*([\s\S]*)$/.exec(arg);
    if (m && !arg.startsWith("[") && !arg.startsWith('"')) named.set(m[1]!, m[2]!.trim());
    else if (arg) positional.push(arg);
  }
  return { name: head[1]!, end, rest, named, positional, bodies };
}

/** The index of the bracket closing the one at `at`, strings and raw text skipped; -1 when it never closes. */
export function matching(text: string, at: number): number {
  const stack: string[] = [];
  for (let k = at; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === "\\") {
      k++;
      continue;
    }
    // Strings only in code (inside parentheses or braces); in content (`[…]`) a `"` is a quotation mark.
    if (ch === '"' && stack[stack.length - 1] !== "]") {
      const close = text.indexOf('"', k + 1);
      if (close < 0) return -1;
      k = close;
      continue;
    }
    if (ch === "`" && stack[stack.length - 1] === "]") {
      const close = text.indexOf("`", k + 1);
      if (close > 0) k = close;
      continue;
    }
    if (ch === "(") stack.push(")");
    else if (ch === "[") stack.push("]");
    else if (ch === "{") stack.push("}");
    else if (ch === ")" || ch === "]" || ch === "}") {
      if (stack.pop() !== ch) return -1;
      if (!stack.length) return k;
    }
  }
  return -1;
}

/** An argument list's arguments at its top level, each trimmed; a trailing comma gives none. */
export function splitArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  let inString = false;
  for (let k = 0; k < args.length; k++) {
    const ch = args[k]!;
    if (ch === "\\") {
      k++;
      continue;
    }
    if (ch === '"' && depth === 0) inString = !inString;
    if (inString) continue;
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 0) {
      out.push(args.slice(from, k).trim());
      from = k + 1;
    }
  }
  out.push(args.slice(from).trim());
  return out.filter((a) => a.length > 0);
}

/** A value as the words it shows: `[content]` its inside, `"text"` its text, `table.cell(…)[x]` its content. */
export function valueText(value: string): string {
  const v = value.trim();
  if (v.startsWith("[") && matching(v, 0) === v.length - 1) return v.slice(1, -1).trim();
  if (/^"(?:[^"\\]|\\.)*"$/.test(v)) return v.slice(1, -1).replace(/\\(.)/g, "$1");
  const call = /^[A-Za-z][\w.-]*(?:\([^()]*\))?\[/.exec(v);
  if (call && matching(v, call[0].length - 1) === v.length - 1) return v.slice(call[0].length, -1).trim();
  return v;
}

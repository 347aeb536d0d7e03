// A DOT block's tokens (dot.ts): names, quoted strings and operators, each with its line; the first character past
// the subset DOT pictures use stops it with `Beyond`, naming that line.

export type Tok = { t: "id" | "str" | "op"; v: string; line: number };

export class Beyond extends Error {
  constructor(
    readonly line: number,
    readonly what: string,
  ) {
    super(what);
  }
}

// One token at a time with sticky patterns of single character classes: linear, no backtracking.
const SPACE = /[ \t\r\f\v]+/y;
const ID = /[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|-?(?:\.\d+|\d+(?:\.\d*)?)/y;

export function tokens(code: string): Tok[] {
  const out: Tok[] = [];
  let line = 0;
  let i = 0;
  const lineStart = (k: number): boolean => /^\s*$/.test(code.slice(code.lastIndexOf("\n", k - 1) + 1, k));
  while (i < code.length) {
    const c = code[i]!;
    if (c === "\n") {
      line++;
      i++;
      continue;
    }
    SPACE.lastIndex = i;
    if (SPACE.test(code)) {
      i = SPACE.lastIndex;
      continue;
    }
    // Comments: `// …`, `/* … */`, and a `#` line (a C preprocessor's output, as DOT allows).
    if (code.startsWith("//", i) || (c === "#" && lineStart(i))) {
      const end = code.indexOf("\n", i);
      i = end < 0 ? code.length : end;
      continue;
    }
    if (code.startsWith("/*", i)) {
      const end = code.indexOf("*/", i + 2);
      const stop = end < 0 ? code.length : end + 2;
      for (let k = i; k < stop; k++) if (code[k] === "\n") line++;
      i = stop;
      continue;
    }
    if (c === '"') {
      let s = "";
      let k = i + 1;
      const from = line;
      for (; k < code.length && code[k] !== '"'; k++) {
        if (code[k] === "\\" && code[k + 1] === '"') {
          s += '"';
          k++;
        } else if (code[k] === "\\" && code[k + 1] === "\n") k++;
        else {
          if (code[k] === "\n") line++;
          s += code[k];
        }
      }
      out.push({ t: "str", v: s, line: from });
      i = k + 1;
      continue;
    }
    if (code.startsWith("->", i) || code.startsWith("--", i)) {
      out.push({ t: "op", v: code.slice(i, i + 2), line });
      i += 2;
      continue;
    }
    ID.lastIndex = i;
    const id = ID.exec(code);
    if (id) {
      out.push({ t: "id", v: id[0], line });
      i = ID.lastIndex;
      continue;
    }
    if ("{}[];,=:".includes(c)) {
      out.push({ t: "op", v: c, line });
      i++;
      continue;
    }
    throw new Beyond(line, c === "<" ? "an HTML-like label (`<…>`)" : `\`${c}\``);
  }
  return out;
}

// LaTeX's marks within a line as the Markdown they mean: `\textbf{…}` bold, `\emph{…}` italic, `\texttt{…}` code,
// ``` ``…'' ``` curly quotes, `---` a dash, `\\` a line's end. `$…$` math is left as typed for the math reader,
// which writes its commands as symbols. Commands are matched innermost first over a bounded number of rounds, each
// a linear scan, so a line of stray braces costs no more than a few passes.
import { MATH } from "./math.js";

const BOLD = new Set(["textbf", "textsc", "bfseries"]);
const ITALIC = new Set(["emph", "textit", "textsl"]);
const CODE = new Set(["texttt", "code"]);
/** Commands that only style or wrap their argument: the argument is what is written. */
const PLAIN = new Set(["underline", "textrm", "textsf", "textup", "textmd", "mbox", "text", "url", "uline", "hl", "textnormal", "small", "large", "Large"]);
const WORDS: Record<string, string> = {
  ldots: "…", dots: "…", LaTeX: "LaTeX", TeX: "TeX", quad: " ", qquad: "  ", textrightarrow: "→", rightarrow: "→", to: "→",
  leftarrow: "←", Rightarrow: "⇒", times: "×", approx: "≈", neq: "≠", leq: "≤", geq: "≥", checkmark: "✓", textbullet: "•",
  textendash: "–", textemdash: "—", S: "§",
};

export function latexInline(text: string): string {
  if (!/[\\`'~-]/.test(text)) return text;
  // `\\` ends a line (dropped at its end, a space within it), over the whole line: a math span after it must
  // not make it look last.
  const end = /\\\\(?:\[[^\]\n]{0,40}\])?[ \t]*$/.exec(text);
  const line = (end ? text.slice(0, end.index).trimEnd() : text).replace(/[ \t]?\\\\(?:\[[^\]\n]{0,40}\])?[ \t]*/g, " ");
  let out = "";
  let from = 0;
  for (const m of line.matchAll(MATH)) {
    out += prose(line.slice(from, m.index)) + m[0];
    from = m.index! + m[0].length;
  }
  return out + prose(line.slice(from));
}

function prose(text: string): string {
  let t = text;
  // `\cmd{arg}` innermost first: an argument holding no braces, then the command around it on the next round.
  for (let round = 0; round < 6 && /\\[A-Za-z]+\*?\{/.test(t); round++) {
    const before = t;
    t = t
      .replace(/\\href\{([^{}]*)\}\{([^{}]*)\}/g, "[$2]($1)")
      .replace(/\\textcolor\{[^{}]*\}\{([^{}]*)\}/g, "$1")
      .replace(/\\([A-Za-z]+)\*?\{([^{}]*)\}/g, (all, cmd: string, arg: string) => {
        if (BOLD.has(cmd)) return arg.trim() ? `**${arg}**` : "";
        if (ITALIC.has(cmd)) return arg.trim() ? `*${arg}*` : "";
        if (CODE.has(cmd)) return arg.includes("`") ? arg : `\`${arg}\``;
        if (cmd === "footnote") return ` (${arg})`;
        if (PLAIN.has(cmd)) return arg;
        return all;
      });
    if (t === before) break;
  }
  return t
    .replace(/\\verb([|+!])([^|+!\n]*)\1/g, "`$2`")
    .replace(/``/g, "“")
    .replace(/''/g, "”")
    .replace(/(^|[^-])---(?!-)/g, "$1—")
    .replace(/(^|[^-<])--(?![->])/g, "$1–")
    // A tie after a word or an abbreviation's dot (`Fig.~3`) is a space; between numbers or Hangul (`수십억~수조`)
    // it is the range the writer typed.
    .replace(/(?<=[A-Za-z.,)])~/g, " ")
    .replace(/\\([%&_#{}])/g, "$1")
    .replace(/\\([A-Za-z]+)(?:\{\})?/g, (all, cmd: string) => WORDS[cmd] ?? all);
}

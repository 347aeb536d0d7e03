// TeX math as a pen would write it: `$P(x_{t+1} \mid x^2)$` → `P(x_(t+1) ∣ x²)`. Notes pasted from a
// math-aware editor carry `$…$`; drawn as typed they showed their backslashes and braces. Commands become their
// Unicode symbols, `^`/`_` Unicode super- and subscripts where every character has one a face draws (else
// `^(…)`), `\frac` a slash. A command with no plain-text form is kept as typed and named, so the reader can say so.
import { FACE_IDS, hasGlyph } from "../fonts/faces.js";

const SYMBOLS: Record<string, string> = {
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", varepsilon: "ε", zeta: "ζ", eta: "η", theta: "θ", vartheta: "ϑ",
  iota: "ι", kappa: "κ", lambda: "λ", mu: "μ", nu: "ν", xi: "ξ", pi: "π", rho: "ρ", sigma: "σ", tau: "τ", upsilon: "υ",
  phi: "φ", varphi: "φ", chi: "χ", psi: "ψ", omega: "ω", Gamma: "Γ", Delta: "Δ", Theta: "Θ", Lambda: "Λ", Xi: "Ξ", Pi: "Π",
  Sigma: "Σ", Upsilon: "Υ", Phi: "Φ", Psi: "Ψ", Omega: "Ω",
  sum: "∑", prod: "∏", int: "∫", infty: "∞", le: "≤", leq: "≤", ge: "≥", geq: "≥", ne: "≠", neq: "≠", approx: "≈", sim: "∼",
  propto: "∝", in: "∈", notin: "∉", subset: "⊂", subseteq: "⊆", forall: "∀", exists: "∃", partial: "∂", nabla: "∇",
  cdot: "·", times: "×", div: "÷", pm: "±", mp: "∓", to: "→", rightarrow: "→", leftarrow: "←", gets: "←", Rightarrow: "⇒",
  implies: "⇒", iff: "⇔", Leftrightarrow: "⇔", mapsto: "↦", mid: "∣", vert: "|", Vert: "‖", ldots: "…", dots: "…", cdots: "⋯",
  langle: "⟨", rangle: "⟩", circ: "∘", otimes: "⊗", oplus: "⊕", cup: "∪", cap: "∩", neg: "¬", land: "∧", lor: "∨",
  top: "⊤", ell: "ℓ", hbar: "ℏ", star: "⋆", ast: "∗", prime: "′", emptyset: "∅",
  quad: " ", qquad: "  ", ",": " ", ";": " ", ":": " ", "!": "", " ": " ", "{": "{", "}": "}", "%": "%", "_": "_", "&": "&", "#": "#", $: "$", "|": "‖",
};
/** Named operators, written upright as their names. */
const NAMES = new Set("log ln exp max min arg argmax argmin softmax sin cos tan lim sup inf det dim ker Pr".split(" "));
/** Commands that only style their argument: the argument is what is written. */
const STYLES = new Set("mathrm text textrm textit textbf mathbf mathit boldsymbol operatorname mathsf mathtt rm bf it displaystyle textstyle".split(" "));
/** Sizing that only makes a bracket bigger: dropped, the bracket kept. */
const SIZES = new Set("left right big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr middle".split(" "));

const SUP: Record<string, string> = Object.fromEntries(
  [..."0123456789+-=()niabcdefghjklmoprstuvwxyzT"].map((c, i) => [c, [..."⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀ"][i]!]),
);
const SUB: Record<string, string> = Object.fromEntries(
  [..."0123456789+-=()aehijklmnoprstuvx"].map((c, i) => [c, [..."₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ"][i]!]),
);
SUP["−"] = "⁻";
SUB["−"] = "₋";

const SCRIPT: Record<string, string> = { B: "ℬ", E: "ℰ", F: "ℱ", H: "ℋ", I: "ℐ", L: "ℒ", M: "ℳ", R: "ℛ" };
const DOUBLE: Record<string, string> = { C: "ℂ", H: "ℍ", N: "ℕ", P: "ℙ", Q: "ℚ", R: "ℝ", Z: "ℤ" };

function lettered(text: string, style: "cal" | "bb"): string {
  return [...text]
    .map((c) => {
      if (!/[A-Z]/.test(c)) return c;
      const fixed = (style === "cal" ? SCRIPT : DOUBLE)[c];
      if (fixed) return fixed;
      return String.fromCodePoint((style === "cal" ? 0x1d49c : 0x1d538) + c.charCodeAt(0) - 65);
    })
    .join("");
}

/** `$x^2$` or `$$…$$`: a dollar that opens on a non-space and closes on a non-space not followed by a digit
 * (so `$5 and $10` is money), or `\(…\)`. */
export const MATH = /\$\$[^$]+\$\$|\$(?=[^\s$])[^$\n]*[^\s$\\]\$(?!\d)|\$[^\s$\d]\$(?!\d)|\\\([^)]*\\\)/g;

/** Every math span in `text` written as plain text. */
export function plainMath(text: string): string {
  return text.includes("$") || text.includes("\\(") ? text.replace(MATH, (m) => mathText(m).text) : text;
}

/**
 * The document with the backslash escapes inside its math doubled, outside code fences: Markdown would read
 * `\;` as an escaped `;` and `\{` as `{`, and the math would lose its spaces and braces. Its `_` and `*` are
 * escaped too: two subscripts (`\mathbb{E}_{\tau \sim \pi_\theta}`) would read as emphasis and split the math
 * into pieces no longer read as math. Same lines.
 */
export function protectMath(text: string): string {
  if (!text.includes("$")) return text;
  const mark = (c: string): string => (c === "_" || c === "*" ? `\\${c}` : c);
  return text
    .split(/(^[ \t]*(?:```|~~~)[\s\S]*?^[ \t]*(?:```|~~~)[^\n]*$)/m)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(MATH, (m) => m.replace(/\\([!-/:-@[-`{-~])|([_*])/g, (_, esc: string | undefined, bare: string | undefined) => (esc !== undefined ? `\\\\${mark(esc)}` : mark(bare!))))))
    .join("");
}

export interface PlainMath {
  text: string;
  /** Commands with no plain-text form, kept as typed (`\foo`). */
  unknown: string[];
}

/** One math span, delimiters included (`$…$`, `$$…$$`, `\(…\)`), as plain text. */
export function mathText(source: string): PlainMath {
  const body = source.replace(/^\$\$|\$\$$/g, "").replace(/^\$|\$$/g, "").replace(/^\\\(|\\\)$/g, "");
  const unknown: string[] = [];
  const p = new Parser(body, unknown);
  const text = p.list(() => false)
    .replace(/[ \t]*\n[ \t]*/g, " ")
    .replace(/ {2,}/g, " ")
    .replace(/([([{⟨]) /g, "$1")
    .replace(/ ([)\]}⟩])/g, "$1")
    .trim();
  return { text, unknown };
}

class Parser {
  private at = 0;
  constructor(private readonly s: string, private readonly unknown: string[]) {}

  /** Atoms until `stop` says so (or the end), joined. */
  list(stop: (ch: string) => boolean): string {
    let out = "";
    while (this.at < this.s.length && !stop(this.s[this.at]!)) out += this.atom();
    return out;
  }

  /** `{…}` as its content, or one atom. */
  private argument(): string {
    while (this.s[this.at] === " ") this.at++;
    if (this.s[this.at] === "{") {
      this.at++;
      const inner = this.list((c) => c === "}");
      this.at++;
      return inner;
    }
    return this.atom();
  }

  private atom(): string {
    const c = this.s[this.at]!;
    if (c === "{") {
      this.at++;
      const inner = this.list((ch) => ch === "}");
      this.at++;
      return inner;
    }
    if (c === "^" || c === "_") {
      this.at++;
      return script(this.argument(), c === "^" ? SUP : SUB, c);
    }
    if (c === "~") {
      this.at++;
      return " ";
    }
    if (c !== "\\") {
      this.at++;
      return c;
    }
    const m = /^\\([A-Za-z]+|.)/.exec(this.s.slice(this.at));
    if (!m) {
      this.at++;
      return c;
    }
    this.at += m[0].length;
    return this.command(m[1]!);
  }

  private command(name: string): string {
    if (SIZES.has(name)) {
      while (this.s[this.at] === " ") this.at++;
      // `\left.` opens nothing; `\left\{` is the brace.
      if (this.s[this.at] === ".") {
        this.at++;
        return "";
      }
      return "";
    }
    if (STYLES.has(name)) return this.argument();
    if (name === "mathcal" || name === "mathscr") return lettered(this.argument(), "cal");
    if (name === "mathbb") return lettered(this.argument(), "bb");
    if (name === "frac" || name === "dfrac" || name === "tfrac") {
      const a = this.argument();
      const b = this.argument();
      return `${grouped(a)}/${grouped(b)}`;
    }
    if (name === "sqrt") return `√${grouped(this.argument())}`;
    if (name === "hat" || name === "bar" || name === "tilde" || name === "vec" || name === "overline") {
      const mark = { hat: "\u0302", bar: "\u0304", tilde: "\u0303", vec: "\u20d7", overline: "\u0305" }[name];
      const a = this.argument();
      return [...a].length === 1 ? a + mark : a;
    }
    // `\arg\min_w`: two names are two words.
    if (NAMES.has(name)) return /^\\[A-Za-z]/.test(this.s.slice(this.at)) ? `${name} ` : name;
    const symbol = SYMBOLS[name];
    if (symbol !== undefined) return symbol;
    this.unknown.push(`\\${name}`);
    if (this.s[this.at] !== "{") return `\\${name}`;
    this.at++;
    const inner = this.list((ch) => ch === "}");
    this.at++;
    return `\\${name}{${inner}}`;
  }
}

/** A fraction's part: bare when it is one symbol or word, else in parentheses. */
function grouped(s: string): string {
  const t = s.trim();
  return /^[\p{L}\p{N}.′]+$/u.test(t) || /^\(.*\)$/.test(t) ? t : `(${t})`;
}

const drawn = new Map<string, boolean>();
/** Whether a bundled face draws the character itself: most faces lack ⁴ or ₜ, whose plain form `4`, `t` would
 * read as the base's next character (`e^z` as `ez`). */
function drawable(ch: string): boolean {
  let has = drawn.get(ch);
  if (has === undefined) drawn.set(ch, (has = FACE_IDS.some((id) => hasGlyph(id, ch.codePointAt(0)!))));
  return has;
}

/** Super- or subscript: Unicode when every character has one a face draws, else `^(…)` / `_(…)` (bare for one
 * character). */
function script(arg: string, table: Record<string, string>, mark: string): string {
  const t = arg.replace(/\s+/g, "");
  const chars = [...t];
  const marks = chars.map((ch) => table[ch]);
  if (chars.length > 0 && marks.every((u) => u !== undefined && drawable(u))) return marks.join("");
  return chars.length === 1 ? `${mark}${t}` : `${mark}(${arg.trim()})`;
}

// Boxes drawn in Unicode block elements, as a chat model or a terminal-art habit draws them: quadrant frames
// (`▛▀▀▀▜`, `▌ … ▐`, `▙▄▄▄▟`) or half-block ones (`▄▄▄▄` over `█ … █` over `▀▀▀▀`, or `█▀▀▀█` … `█▄▄▄█`).
// Rewritten in the light box characters the grid reads, one character for one, so columns and lines stay.
// Which half of its cell a block fills says which edge it draws: an upper half (`▀`) is the top line of the box
// under it when it runs between corners that go down (`▛…▜`, `█…█`), else the bottom of the box over it; a lower
// half (`▄`) the other way round. A bar typed in blocks inside a box (`█████░░░`) stays text.

// A border line: nothing but runs of blocks, apart or touching, with an optional margin note after them.
const RULE = /^(\s*)([▀▄▛▜▙▟█]{3,}(?: +[▀▄▛▜▙▟█]{3,})*)(.*)$/;
const WALL = new Set(["▌", "▐", "█"]);
// What a wall standing in a bar (`███▌`, `▐░░`) touches: then it is part of the bar, not a side.
const BAR = /[█▓▒░▉▊▋▍▎▏▀▄▌▐]/;

export function blockBoxes(code: string): string {
  if (!/[▀▄▛▜▙▟]{3}/.test(code)) return code;
  const lines = code.split("\n");
  const rules = lines.map((l) => RULE.exec(l));
  // A top and a bottom at least, and a wall between them: else the blocks are a bar chart or a banner.
  if (rules.filter(Boolean).length < 2 || !lines.some((l, i) => !rules[i] && walls(l).length > 0)) return code;
  return lines
    .map((line, i) => {
      const m = rules[i];
      if (m) return m[1]! + m[2]!.split(" ").map(border).join(" ") + m[3]!;
      const at = new Set(walls(line));
      if (at.size === 0) return line;
      return [...line].map((c, k) => (at.has(k) ? "│" : c)).join("");
    })
    .join("\n");
}

/** One run of blocks as a top (`┌──┐`) or a bottom (`└──┘`), by the half its line is drawn in. */
function border(run: string): string {
  if (run === "") return run;
  const cs = [...run];
  const tops = cs.filter((c) => c === "▀").length;
  const lows = cs.filter((c) => c === "▄").length;
  const cornered = /[▛▜▙▟█]/.test(cs[0]!) || /[▛▜▙▟█]/.test(cs[cs.length - 1]!);
  // Quadrant corners say it outright; `█` corners take the line's half as the edge of their own box; bare runs
  // draw the edge of the box on the side their half faces.
  const top = /[▛▜]/.test(run) ? true : /[▙▟]/.test(run) ? false : cornered ? tops >= lows : lows > tops;
  const [l, mid, r] = top ? ["┌", "┬", "┐"] : ["└", "┴", "┘"];
  return cs.map((c, k) => (k === 0 ? l : k === cs.length - 1 ? r : /[▛▜▙▟█]/.test(c) ? mid : "─")).join("");
}

/** The indices, in code points, of a line's lone wall marks: a `▌`, `▐` or `█` between blanks or text, not inside a
 * run of bar glyphs. */
function walls(line: string): number[] {
  const cs = [...line];
  const out: number[] = [];
  for (let k = 0; k < cs.length; k++) {
    if (!WALL.has(cs[k]!)) continue;
    const before = cs[k - 1] ?? " ";
    const after = cs[k + 1] ?? " ";
    // Two boxes drawn touching (`…▐▌…`) put their walls side by side; that pair is two sides, not a bar.
    const pair = (cs[k] === "▐" && after === "▌") || (cs[k] === "▌" && before === "▐");
    if (!pair && (BAR.test(before) || BAR.test(after))) continue;
    out.push(k);
  }
  return out;
}

// A PlantUML diagram read as the flowchart we draw: its common subset only. A sequence diagram (participants,
// `A -> B : message`, notes, `alt`/`loop` groups) becomes the Mermaid sequence diagram it says, drawn as our
// sequence diagrams are (one step per message, `sequenceAsFlowchart`); an activity diagram (`start`, `:step;`,
// `-> label;`, `stop`, `partition`) a top-down chain of its steps. The first line past that subset is named
// instead, so the writer sees why the block stays code rather than getting half a picture.
import { sequenceAsFlowchart } from "./mermaid.js";

/** What a PlantUML block reads as: Mermaid flowchart source and its kind, or the line (in the block) it stops at. */
export type UmlRead = { source: string; kind: "sequence" | "activity" } | { line: number; what: string };

// Lines that only dress the picture (titles, skins, spacing, activation bars): left out of a hand-drawn sketch.
const DRESSING = /^(?:title\b|skinparam\b|hide\b|show\b|scale\b|!theme\b|header\b|footer\b|caption\b|legend\b|autoactivate\b|activate\b|deactivate\b|destroy\b|newpage\b|left to right direction$|top to bottom direction$|\.\.\.|\|\|\||\|\|\d+\|\||==.*==$)/i;
const PARTICIPANT = /^(?:participant|actor|boundary|control|entity|database|collections|queue)\s+("[^"]+"|[^\s"]+)(?:\s+as\s+("[^"]+"|[^\s"]+))?(?:\s+order\s+\d+)?(?:\s+#\S+)?$/i;
// `A -> B : text`: arrows of dashes or dots with a head on either end (`->`, `-->`, `->>`, `<-`, `<->`, `-\\`),
// a colour in brackets (`-[#red]>`); names quoted or free of arrow characters.
const MESSAGE = /^("[^"]+"|[^\s"<>:\-.]+)\s*(<{1,2})?[-.]{1,2}(?:\[[^\]]*\])?[-.]?(>{1,2}|\\{1,2}|\/{1,2})?\s*("[^"]+"|[^\s"<>:\-.]+)\s*(?::\s*(.*))?$/;
const NOTE = /^[hr]?note\s+(?:over|left|right)\b([^:]*)(?::(.*))?$/i;
const GROUP = /^(alt|else|opt|loop|par|break|critical|group)\b\s*(.*)$/i;
// `end` closes a sequence diagram's groups too: only `start`, `stop` and a `:step` say an activity diagram.
const ACTIVITY = /^(?:start|stop)$|^:/i;

/** A PlantUML block as Mermaid flowchart source, or the line and thing where it leaves the subset we read. */
export function plantUmlAsFlowchart(code: string): UmlRead {
  const lines = code.split(/\r?\n/);
  const body: { text: string; line: number }[] = [];
  let comment = false;
  for (const [k, raw] of lines.entries()) {
    const t = raw.trim();
    if (comment) {
      comment = !t.includes("'/");
      continue;
    }
    if (t.startsWith("/'")) {
      comment = !t.includes("'/", 2);
      continue;
    }
    if (t === "" || t.startsWith("'") || /^@(?:start|end)uml\b/i.test(t)) continue;
    if (/^@start/i.test(t)) return { line: k, what: `a \`${t.split(/\s/)[0]}\` diagram` };
    body.push({ text: t, line: k });
  }
  if (body.length === 0) return { line: 0, what: "no diagram lines" };
  return body.some((l) => ACTIVITY.test(l.text)) ? activity(body) : sequence(body);
}

function sequence(body: { text: string; line: number }[]): UmlRead {
  const ids = new Map<string, string>();
  const out: string[] = ["sequenceDiagram"];
  const unquote = (s: string): string => s.replace(/^"(.*)"$/, "$1");
  // Each name gets a plain id, its display words after `as`: names with spaces or `->` in them stay whole.
  const id = (name: string, shown = unquote(name)): string => {
    const key = unquote(name);
    let have = ids.get(key);
    if (!have) {
      have = `p${ids.size}`;
      ids.set(key, have);
      out.push(`participant ${have} as ${shown}`);
    }
    return have;
  };
  let note: string[] | undefined;
  let skin = 0;
  for (const { text, line } of body) {
    if (note) {
      if (/^end\s*[hr]?note$/i.test(text)) {
        out.push(`Note over x: ${note.join(" ")}`);
        note = undefined;
      } else note.push(text);
      continue;
    }
    // A `skinparam { … }` block's settings dress the picture too.
    if (skin > 0 || /^skinparam\b.*\{$/i.test(text)) {
      skin += (text.endsWith("{") ? 1 : 0) - (text === "}" ? 1 : 0);
      continue;
    }
    if (DRESSING.test(text)) continue;
    if (/^autonumber\b/i.test(text)) {
      out.push(text);
      continue;
    }
    const p = PARTICIPANT.exec(text);
    if (p) {
      // `participant "Long name" as L` and `participant L as "Long name"`: the quoted one is shown.
      const [a, b] = [p[1]!, p[2]];
      if (b === undefined) id(a);
      else {
        const shown = b.startsWith('"') && !a.startsWith('"') ? b : a;
        const alias = shown === a ? b : a;
        ids.set(unquote(alias), id(shown));
      }
      continue;
    }
    const m = MESSAGE.exec(text);
    if (m && (m[2] || m[3])) {
      const [from, to] = m[2] && !m[3] ? [m[4]!, m[1]!] : [m[1]!, m[4]!];
      const a = id(from);
      const b = id(to);
      out.push(`${a}${m[2] && m[3] ? "<<->>" : "->>"}${b}: ${m[5]?.trim() ?? ""}`);
      continue;
    }
    const n = NOTE.exec(text);
    if (n) {
      if (n[2] === undefined) note = [];
      else out.push(`Note over x: ${n[2].trim()}`);
      continue;
    }
    const g = GROUP.exec(text);
    if (g) {
      const kind = g[1]!.toLowerCase();
      out.push(kind === "group" ? `rect ${g[2]}` : `${kind} ${g[2]}`.trim());
      continue;
    }
    if (/^end$/i.test(text)) {
      out.push("end");
      continue;
    }
    return { line, what: `\`${text}\`` };
  }
  if (note) return { line: body.at(-1)!.line, what: "a note with no `end note`" };
  const source = sequenceAsFlowchart(out.join("\n"));
  return source ? { source, kind: "sequence" } : { line: body[0]!.line, what: "no messages" };
}

function activity(body: { text: string; line: number }[]): UmlRead {
  const nodes: string[] = [];
  const edges: string[] = [];
  let made = 0;
  let depth = 0;
  const parts: string[] = [];
  let label: string | undefined;
  let step: string[] | undefined;
  const q = (s: string): string => `"${s.replace(/"/g, "#quot;")}"`;
  const add = (text: string, shape: [string, string]): void => {
    const k = parts.length;
    nodes.push(`a${k}${shape[0]}${q(text)}${shape[1]}`);
    if (k > 0 && !/^(?:stop|end|kill|detach)$/i.test(parts.at(-1) ?? "")) edges.push(`    a${k - 1} -->${label ? `|${q(label)}|` : ""} a${k}`);
    parts.push(text);
    label = undefined;
  };
  // Lines of a multi-line `:step` run up to the one ending in `;` (or an SDL shape's closing mark).
  const ENDS = /[;|<>/\]}]$/;
  for (const { text, line } of body) {
    if (step) {
      step.push(text);
      if (ENDS.test(text)) {
        add(step.join("<br/>").replace(/^:/, "").replace(/[;|<>/\]}]$/, "").trim(), ["[", "]"]);
        step = undefined;
      }
      continue;
    }
    if (DRESSING.test(text)) continue;
    if (/^(?:start|stop|end|kill|detach)$/i.test(text)) {
      add(text.toLowerCase(), ["([", "])"]);
      continue;
    }
    if (text.startsWith(":")) {
      if (ENDS.test(text)) add(text.slice(1, -1).trim(), ["[", "]"]);
      else step = [text];
      continue;
    }
    const arrow = /^-(?:\[[^\]]*\]|-)*>\s*(.*?);?$/.exec(text);
    if (arrow) {
      label = arrow[1]!.trim() || undefined;
      continue;
    }
    const part = /^(?:partition|group)\s+(.+)$/i.exec(text);
    // A partition is a box around its steps, as a cluster is: its steps are declared inside it, in order.
    if (part) {
      depth++;
      nodes.push(`subgraph g${made++}[${q(part[1]!.replace(/\{$/, "").trim().replace(/^"(.*)"$/, "$1"))}]`);
      continue;
    }
    if (/^\}$|^end\s*group$/i.test(text) && depth > 0) {
      depth--;
      nodes.push("end");
      continue;
    }
    return { line, what: `\`${text}\`` };
  }
  if (step) return { line: body.at(-1)!.line, what: "a `:step` with no closing `;`" };
  if (depth > 0) return { line: body.at(-1)!.line, what: "a partition with no closing `}`" };
  return { source: ["flowchart TD", ...nodes.map((n) => `    ${n}`), ...edges].join("\n"), kind: "activity" };
}

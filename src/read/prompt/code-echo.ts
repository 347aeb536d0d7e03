// A box line that is a line of the code card the plan puts in the box, typed again: the drawing sketched the
// card (a prompt window's `butterfly: 나비` / `teacher: ▁▁▁ ← 모델이 채움`) and the plan pasted it whole. Once
// the card is drawn the sketch says it twice. The sketch may be cut short, as a small box makes a writer do
// (`{"role": "assistant", "content": "I'm OLMo, ... by AI2"}` for the card's full line): still the same line.
import type { Panel } from "../../model/sheet.js";

/** Letters and digits only, in lower case: blanks drawn to be filled (`▁▁▁`, `___`) and signs say nothing. */
const words = (text: string): string => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ");

/** `← 모델이 채움`, `<- fill in`: a note pointing back at the line, not the line's words. */
const ARROW_NOTE = /\s(?:←|⟵|<-{1,2}|◀).*$/u;

/** A cut-short line must still say this much, and begin as the card's line begins, to be taken for it. */
const MIN_SHORT = 4;
const SAME_HEAD = 2;

/** Whether `short`'s words are `full`'s first words and then some of its later ones, in order (a line cut short). */
function cutFrom(short: string[], full: string[]): boolean {
  if (short.length < MIN_SHORT || short.length >= full.length) return false;
  if (short.slice(0, SAME_HEAD).join(" ") !== full.slice(0, SAME_HEAD).join(" ")) return false;
  let at = 0;
  for (const w of full) if (at < short.length && w === short[at]) at++;
  return at === short.length;
}

/** Whether `line` (its closing arrow note aside) says the words of one line of a code card the panel shows, in
 * full or cut short. */
export function echoesCode(line: string, panel: Panel): boolean {
  const said = words(line.replace(ARROW_NOTE, ""));
  if (said === "") return false;
  const short = said.split(" ");
  return panel.blocks.some((b) => b.kind === "code" && b.text.split("\n").some((l) => words(l) === said || cutFrom(short, words(l).split(" "))));
}

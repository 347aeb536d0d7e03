// A box line that is a line of the code card the plan puts in the box, typed again: the drawing sketched the
// card (a prompt window's `butterfly: 나비` / `teacher: ▁▁▁ ← 모델이 채움`) and the plan pasted it whole. Once
// the card is drawn the sketch says it twice.
import type { Panel } from "../../model/sheet.js";

/** Letters and digits only, in lower case: blanks drawn to be filled (`▁▁▁`, `___`) and signs say nothing. */
const words = (text: string): string => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ");

/** `← 모델이 채움`, `<- fill in`: a note pointing back at the line, not the line's words. */
const ARROW_NOTE = /\s(?:←|⟵|<-{1,2}|◀).*$/u;

/** Whether `line` (its closing arrow note aside) says exactly the words of one line of a code card the panel shows. */
export function echoesCode(line: string, panel: Panel): boolean {
  const said = words(line.replace(ARROW_NOTE, ""));
  if (said === "") return false;
  return panel.blocks.some((b) => b.kind === "code" && b.text.split("\n").some((l) => words(l) === said));
}

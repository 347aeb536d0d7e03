// Plan items that point at another part of the plan ("Same as section 2, plus: …", "see above", "위와 같음")
// talk to the artist, not the reader of the sheet: the pointer is left out and what follows it is drawn. An
// item that is only a pointer has nothing of its own to draw.
import type { Rich } from "../../model/sheet.js";

const POINTER =
  /^\(?\s*(?:same\s+as\s+(?:in\s+)?(?:section|box|panel|part|step|#)\s*\d+|same\s+as\s+above|see\s+(?:above|below|section\s*\d+|box\s*\d+)|as\s+above|위와\s*(?:같음|같이|동일|동일함)|\d+\s*번(?:\s*(?:섹션|박스|상자))?(?:과|와)\s*(?:같음|같이|동일|동일함))\s*\)?\s*(?:[,;:]\s*)?(?:(?:plus|and|also|\+)\s*[:,]?\s*)?/i;

/** The item's text with a leading pointer left out (unchanged when it has none); empty when it is only one. */
export function withoutPointer(rich: Rich): Rich {
  const first = rich[0];
  if (!first) return rich;
  const m = POINTER.exec(first.text);
  if (!m || m[0].trim() === "") return rich;
  const rest = first.text.slice(m[0].length);
  return rest === "" ? rich.slice(1).filter((s, k) => k > 0 || s.text.trim() !== "") : [{ ...first, text: rest }, ...rich.slice(1)];
}

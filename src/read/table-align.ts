// A Markdown table's column alignment (`| :--- | :---: | ---: |`), kept by both readers so numbers stay right-aligned
// and a centred column centred, on the sheet and in the Markdown written back.
import type { Table } from "../model/sheet.js";

type Align = "left" | "center" | "right" | null;

/** The columns' alignment as the table's rule writes it, or nothing when no column sets one. */
export function alignOf(align: readonly (Align | undefined)[] | null | undefined): Pick<Table, "align"> {
  const out = (align ?? []).map((a) => a ?? null);
  return out.some((a) => a !== null) ? { align: out } : {};
}

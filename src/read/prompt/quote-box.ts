// The box the writer drew for the quotes: titled for them alone (`💬 QUOTES`, `명언`) or with another part
// (`📌 KEY TAKEAWAYS + 인용`). A quote its words place in no panel with room goes there, not to the emptiest one.

/** A box title, or one part of it, naming the quotes it holds (`KARPATHY 명언`, `Quotable Insights`). */
const QUOTES_PART = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:[\p{L}]+\s+)?(?:quotes?|quotable\s+insights?|인용(?:구|문)?|명언|어록)$/iu;

/** The one panel whose title names its quotes; none when no box or several do (then such a quote goes where there is most room). */
export function quotesBox<S extends { panel: { title: string } }>(slots: S[]): S | undefined {
  const named = slots.filter((s) => s.panel.title.split(/\s*(?:[+&·,/]|\band\b)\s*/i).some((part) => QUOTES_PART.test(part.trim())));
  return named.length === 1 ? named[0] : undefined;
}

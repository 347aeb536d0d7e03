// The series book: every chapter's page in one PDF, an outline entry (bookmark) per chapter, text selectable.
// Written by the single sheets' own PDF code (`pdfFromPage` in pdf-doc.ts, here with many pages), in this
// thread: the faces are embedded once for the whole book, and pages are drawn as they arrive, so a caller
// can feed chapters while they still render and hold only one drawn page at a time.
import { failed, pdfFromPage, type BookPage } from "./pdf-doc.js";
import { pdfTools } from "./pdf.js";

/** The pages in order as one PDF titled `title`; undefined when there is no page at all. */
export async function renderBook(pages: AsyncIterable<BookPage> | Iterable<BookPage>, title: string): Promise<Buffer | undefined> {
  const it = Symbol.asyncIterator in pages ? pages[Symbol.asyncIterator]() : (pages as Iterable<BookPage>)[Symbol.iterator]();
  const first = await it.next();
  if (first.done) return undefined;
  async function* all(): AsyncGenerator<BookPage> {
    yield first.value as BookPage;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value as BookPage;
  }
  const tools = pdfTools();
  try {
    return await pdfFromPage(tools, { book: all() }, (first.value as BookPage).size, title, () => {});
  } catch (err) {
    throw failed(err);
  }
}

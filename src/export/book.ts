// The series book: every chapter's page in one PDF, an outline entry (bookmark) per chapter, text selectable.
// Its pages are the chapters' own PDFs (written by the single sheets' PDF code, pdf-doc.ts), copied whole
// with pdf-lib: faces, text, link annotations and emoji art come along as they are. Drawing every page a
// second time cost ~130 ms a chapter in the series' parent process; copying one costs ~10 ms. The price is
// size: each chapter keeps its own font subsets (~1.8× the bytes of a book that shared them).
import { createRequire } from "node:module";
import { failed } from "./pdf-doc.js";

/** One chapter of the book: its single-sheet PDF (one page) and its outline entry. */
export interface BookChapter {
  pdf: Uint8Array;
  outline: string;
}

/** The PDFs' pages in order as one PDF titled `title`; undefined when there is no chapter at all. */
export async function renderBook(chapters: AsyncIterable<BookChapter> | Iterable<BookChapter>, title: string): Promise<Buffer | undefined> {
  // Loaded on demand, and as CommonJS: only a series build writes a book, and the CLI's bundle runs as a
  // script with no dynamic import().
  const { PDFDocument, PDFHexString, PDFName, PDFNumber } = createRequire(import.meta.url)("pdf-lib") as typeof import("pdf-lib");
  try {
    // No metadata of pdf-lib's own (it would stamp the time): the same chapters give the same bytes.
    const book = await PDFDocument.create({ updateMetadata: false });
    const entries: { title: string; page: ReturnType<typeof book.addPage> }[] = [];
    for await (const c of chapters) {
      const src = await PDFDocument.load(c.pdf, { updateMetadata: false });
      for (const page of await book.copyPages(src, src.getPageIndices())) {
        const added = book.addPage(page);
        if (entries.length === 0 || entries[entries.length - 1]!.page !== added) entries.push({ title: c.outline, page: added });
      }
    }
    if (entries.length === 0) return undefined;
    const ctx = book.context;
    // The outline: one top-level item per chapter, each opening its page whole (/Fit).
    const root = ctx.nextRef();
    const refs = entries.map(() => ctx.nextRef());
    entries.forEach((e, i) => {
      const item = ctx.obj({ Title: PDFHexString.fromText(e.title), Parent: root, Dest: [e.page.ref, "Fit"] });
      if (i > 0) item.set(PDFName.of("Prev"), refs[i - 1]!);
      if (i < refs.length - 1) item.set(PDFName.of("Next"), refs[i + 1]!);
      ctx.assign(refs[i]!, item);
    });
    ctx.assign(root, ctx.obj({ Type: "Outlines", First: refs[0]!, Last: refs[refs.length - 1]!, Count: PDFNumber.of(refs.length) }));
    book.catalog.set(PDFName.of("Outlines"), root);
    book.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
    book.setTitle(title, { showInWindowTitleBar: true });
    book.setProducer("nanosheet");
    book.setCreator("nanosheet");
    return Buffer.from(await book.save({ useObjectStreams: false }));
  } catch (err) {
    throw failed(err);
  }
}

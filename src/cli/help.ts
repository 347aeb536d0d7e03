// Help texts: the tool's and one per command.

export const TOOL_HELP = `nanosheet — one lecture chapter → a one-page hand-drawn cheat sheet (SVG, PNG, PDF, Markdown)

usage:
  nanosheet build <input…> [options]   render inputs to <name>.svg/.png/.pdf/.md
  nanosheet build <folder|'glob'|files…>  a series: every chapter, a gallery and a book
  nanosheet import <prompt> [-o file]  write what the reader understood as sheet Markdown
  nanosheet check <input…>             lay out without writing; list every problem
  nanosheet serve <file|folder>        live preview in the browser, updated on every save
  nanosheet help [command]             show help for a command

inputs are prompt documents (also a notebook .ipynb holding one in its Markdown cells, or an email saved as
text that quotes one) or *.sheet.md files;
the kind is told from the content. Save them as UTF-8; UTF-16 with a byte-order mark (Notepad's "Unicode")
and Korean CP949 (EUC-KR) are read too, with a warning naming the encoding.

options:
  -h, --help      show help (also after a command: nanosheet build --help)
  -V, --version   print the version
      --debug     print stack traces and stage timings on failure

exit codes: 0 ok, 1 input or render problem, 2 usage error.
`;

export const COMMAND_HELP: Record<string, string> = {
  build: `usage: nanosheet build <input…> [options]

render each input to <name>.svg, <name>.png, <name>.pdf and <name>.md, where <name> is the input's
file name without .txt / .md / .sheet.md / .ipynb (two inputs with the same name are refused). Outputs are
written atomically: all to temp files first, renamed only when all are complete. An input of - is
standard input (its outputs are named sheet).

options:
  -o, --out <dir|file>    output directory (default: the current directory; created if missing), or
                          one file named by its format (-o ch3.png writes only that PNG)
      --format <list>     comma-separated subset of md,svg,png,pdf (default: all four)
      --page <a4|16:9>    page size, overriding the one the input asks for
      --dpi <n>           PNG resolution, 24–1200 (default: 300; A4 at 300 dpi is 3508×2480)
      --report            also write <name>.report.json: rows, panels, node boxes in PNG pixels
      --allow-overflow    draw panels whose content does not fit (clipped) instead of failing
      --watch             keep running: rebuild an input on every save (a folder: its chapters)
      --debug             print stack traces and stage timings
  -h, --help              show this help

a folder (every prompt document and sheet Markdown in it), a quoted glob ('chapters/*.txt') or several
files build a series: chapters ordered by their frontmatter's chapter number, rendered on all cores,
with index.html (a gallery of every chapter) and <series>.pdf (the book, a bookmark per chapter).
Unchanged chapters are not rebuilt. A failed chapter is listed in the summary; the others still build.
      --jobs <n>, -j      processes rendering at once (default: one per two cores; each keeps two busy)
      --quiet, -q         no progress and no summary table; errors only
      --force             rebuild every chapter, ignoring the cache in <out>/.nanosheet/
      --consistent        even body sizes across chapters (caps each at a size most chapters reach)
`,
  import: `usage: nanosheet import <prompt|-> [-o file.sheet.md]

read a prompt document (or sheet Markdown) and write what nanosheet understood as sheet Markdown,
ready to edit and build. Default output: <name>.sheet.md in the current directory.

options:
  -o, --out <file>   output file
      --debug        print stack traces
  -h, --help         show this help
`,
  serve: `usage: nanosheet serve <file|folder> [--port 4173] [--open]

show the sheet in the browser at http://127.0.0.1:<port>/ and update it on every save. A folder shows
its chapter files (*.md, *.txt, *.ipynb) to switch between. Problems are listed beside the sheet; a save that
does not build keeps the last sheet on screen under its error. Downloads: PNG, PDF, Markdown, as build writes them.
Listens on 127.0.0.1 only. Ctrl-C stops it.

options:
      --port <n>         port to listen on (default: 4173; 0 picks a free one)
      --open             open the page in the default browser
      --page <a4|16:9>   page size, overriding the one the input asks for
      --debug            print stack traces
  -h, --help             show this help
`,
  check: `usage: nanosheet check <input…> [--page a4|16:9]

read and lay out each input without writing anything; print every problem (overflow, missing glyph,
missing emoji, ratio mismatch, text below the legible minimum) as "file: panel <id>: …".
Exits 1 when there is any problem, 0 and "ok" when clean.

options:
      --page <a4|16:9>   page size, overriding the one the input asks for
      --debug            print stack traces
  -h, --help             show this help
`,
};

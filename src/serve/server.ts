// The preview's HTTP server: a fixed set of routes, bound to 127.0.0.1. It serves no file from disk by path:
// chapters are looked up by name in the preview's own list, so nothing outside the input's folder (nor the
// chapter files themselves) can be fetched. A foreign Host header is refused, which keeps a web page that
// rebinds its own domain name to 127.0.0.1 from reading the preview.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Format } from "../build.js";
import { CLIENT_SCRIPT } from "./client.js";
import { FAVICON, PAGE_HTML, PAGE_STYLE } from "./page.js";
import type { ChapterView, Preview } from "./preview.js";

/** Our own script and style from this origin, the sheet as inline SVG; nothing inline, no eval, no framing. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<Format, string> = {
  png: "image/png",
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
  svg: "image/svg+xml; charset=utf-8",
};

export interface PreviewServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  preview: Preview;
  /** `<name>` of `<name>.png` for a chapter's downloads, as `build` names its outputs. */
  outputName: (chapter: string) => string;
  port: number;
}

/** Starts listening; rejects with the listen error (EADDRINUSE for a port in use). */
export function startServer(opts: ServerOptions): Promise<PreviewServer> {
  const streams = new Set<ServerResponse>();
  let port = opts.port;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, "text/plain; charset=utf-8", "could not render this request\n");
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? "";
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(res, 403, "text/plain; charset=utf-8", "this preview answers only to 127.0.0.1 and localhost\n");
    }
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain; charset=utf-8", "only GET\n");
    const url = new URL(req.url ?? "/", `http://${host}`);
    const chapter = url.searchParams.get("c") ?? "";
    switch (url.pathname) {
      case "/":
        return send(res, 200, "text/html; charset=utf-8", PAGE_HTML);
      case "/app.js":
        return send(res, 200, "text/javascript; charset=utf-8", CLIENT_SCRIPT);
      case "/app.css":
        return send(res, 200, "text/css; charset=utf-8", PAGE_STYLE);
      case "/favicon.svg":
        return send(res, 200, "image/svg+xml", FAVICON);
      case "/events":
        return openStream(req, res);
      case "/sheet.svg": {
        const svg = opts.preview.svg(chapter);
        return svg === undefined ? notFound(res) : send(res, 200, TYPES.svg, svg);
      }
      case "/download": {
        const format = url.searchParams.get("f");
        if (format !== "png" && format !== "pdf" && format !== "md") return notFound(res);
        const job = opts.preview.download(chapter, format);
        if (!job) return notFound(res);
        const data = await job;
        res.setHeader("Content-Disposition", `attachment; filename="${opts.outputName(chapter).replace(/[^\w.-]/g, "_")}.${format}"`);
        return send(res, 200, TYPES[format], data);
      }
      default:
        return notFound(res);
    }
  }

  function openStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { ...HEADERS, "Content-Type": "text/event-stream; charset=utf-8", Connection: "keep-alive" });
    // Everything the page needs to draw the list and the chapter on show, at once: also after a reconnect.
    res.write(`retry: 500\n${stateMessage(opts.preview.views())}`);
    streams.add(res);
    req.on("close", () => streams.delete(res));
  }

  const unsubscribe = opts.preview.onChange((view: ChapterView | undefined) => {
    const message = view ? `event: chapter\ndata: ${JSON.stringify(view)}\n\n` : stateMessage(opts.preview.views());
    for (const res of streams) res.write(message);
  });

  return new Promise((resolveStart, rejectStart) => {
    server.once("error", rejectStart);
    server.listen(opts.port, "127.0.0.1", () => {
      server.off("error", rejectStart);
      port = (server.address() as AddressInfo).port;
      resolveStart({
        server,
        port,
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const res of streams) res.end();
            streams.clear();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** The whole chapter list with each chapter's state: on connecting, and when a file comes or goes. */
function stateMessage(views: ChapterView[]): string {
  return `event: state\ndata: ${JSON.stringify(views)}\n\n`;
}

const HEADERS = {
  "Content-Security-Policy": CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Cache-Control": "no-store",
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...HEADERS, "Content-Type": type, "Content-Length": Buffer.byteLength(body) });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

function notFound(res: ServerResponse): void {
  send(res, 404, "text/plain; charset=utf-8", "not found\n");
}

// The preview page: static markup and style (the script is client.ts). Served from the same origin under a
// CSP that allows no inline script or style, so every look lives here and the script only toggles classes.

export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>nanosheet preview</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<header>
  <strong class="brand">nanosheet</strong>
  <span id="title" class="title"></span>
  <span id="status" class="status" title="connection to nanosheet serve">connecting…</span>
  <span class="tools">
    <button type="button" id="zoom-out" title="zoom out (−)">−</button>
    <button type="button" id="zoom-fit" title="fit to window (0)">Fit</button>
    <button type="button" id="zoom-in" title="zoom in (+)">+</button>
  </span>
  <span class="downloads">
    <a id="dl-png" class="button" download>PNG</a>
    <a id="dl-pdf" class="button" download>PDF</a>
    <a id="dl-md" class="button" download>Markdown</a>
  </span>
</header>
<main>
  <nav id="chapters" hidden><h2>Chapters</h2><ul id="chapter-list"></ul></nav>
  <section id="stage">
    <div id="sheet"></div>
    <p id="empty" class="empty">building…</p>
    <div id="overlay" hidden>
      <div class="card" role="alert">
        <h2>The last save does not build</h2>
        <pre id="error"></pre>
        <p id="error-note">Still showing the last sheet that built. Fix the file and save; this page updates by itself.</p>
      </div>
    </div>
  </section>
  <aside id="side">
    <h2>Problems <span id="problem-count" class="count">0</span></h2>
    <ul id="problems"></ul>
    <p id="no-problems" class="quiet">None: every panel fits, every glyph is drawn.</p>
    <h2 id="notes-head" hidden>Notes</h2>
    <ul id="notes"></ul>
  </aside>
</main>
</body>
</html>
`;

export const PAGE_STYLE = `
:root { --ink: #2b2b2b; --quiet: #6b6b6b; --line: #d9d4c7; --paper: #fbfaf5; --bg: #eceae3; --accent: #d9480f; --ok: #2f9e44; }
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font: 14px/1.4 system-ui, sans-serif; color: var(--ink); background: var(--bg); }
[hidden] { display: none !important; }
header { display: flex; align-items: center; gap: 12px; padding: 6px 12px; background: var(--paper); border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; }
.title { flex: 1; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.status { font-size: 12px; color: var(--quiet); }
.status.live::before { content: "● "; color: var(--ok); }
.status.down::before { content: "● "; color: var(--accent); }
button, .button { font: inherit; padding: 3px 10px; border: 1px solid var(--line); border-radius: 6px; background: #fff; color: var(--ink); text-decoration: none; cursor: pointer; }
button:hover, .button:hover { border-color: var(--ink); }
.button.off { opacity: .4; pointer-events: none; }
.tools, .downloads { display: flex; gap: 4px; }
main { flex: 1; display: flex; min-height: 0; }
nav { width: 210px; overflow: auto; background: var(--paper); border-right: 1px solid var(--line); }
aside { width: 300px; overflow: auto; background: var(--paper); border-left: 1px solid var(--line); padding: 0 12px 12px; }
h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--quiet); margin: 14px 0 6px; }
nav h2 { padding: 0 12px; }
ul { list-style: none; margin: 0; padding: 0; }
nav li button { display: block; width: 100%; text-align: left; border: 0; border-radius: 0; background: none; padding: 6px 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
nav li button.current { background: #fff3bf; font-weight: 600; }
nav li button .mark { float: right; font-size: 12px; color: var(--quiet); }
nav li button .mark.bad { color: var(--accent); }
.count { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 9px; background: var(--line); color: var(--ink); }
.count.some { background: var(--accent); color: #fff; }
#problems li { margin: 0 0 6px; }
#problems button { display: block; width: 100%; text-align: left; white-space: normal; }
#problems button.selected { border-color: var(--accent); box-shadow: 0 0 0 2px rgba(217, 72, 15, .25); }
#problems .plain { display: block; padding: 3px 10px; }
.kind { display: inline-block; font-size: 11px; font-weight: 600; text-transform: uppercase; color: var(--accent); margin-right: 4px; }
#notes li { font-size: 12px; color: var(--quiet); margin: 0 0 4px; }
.quiet { color: var(--quiet); font-size: 13px; }
#stage { position: relative; flex: 1; overflow: hidden; cursor: grab; touch-action: none; }
#stage.dragging { cursor: grabbing; }
#sheet { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
#sheet svg { display: block; background: #fff; box-shadow: 0 2px 12px rgba(0, 0, 0, .18); }
.ns-outline { fill: rgba(217, 72, 15, .1); stroke: var(--accent); stroke-width: 5; stroke-dasharray: 16 6; pointer-events: none; }
.empty { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; margin: 0; color: var(--quiet); }
#overlay { position: absolute; inset: 0; background: rgba(251, 250, 245, .55); display: flex; align-items: flex-start; justify-content: center; padding-top: 8vh; cursor: default; }
.card { max-width: min(760px, 90%); background: #fff; border: 2px solid var(--accent); border-radius: 10px; padding: 14px 18px; box-shadow: 0 6px 24px rgba(0, 0, 0, .2); }
.card h2 { color: var(--accent); margin-top: 0; }
.card pre { white-space: pre-wrap; word-break: break-word; font: 13px/1.45 ui-monospace, monospace; margin: 0 0 10px; }
.card p { margin: 0; color: var(--quiet); }
`;

/** A sheet of grid paper with a pen line. */
export const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="3" y="5" width="26" height="22" rx="3" fill="#fbfaf5" stroke="#2b2b2b" stroke-width="2"/><path d="M8 13h16M8 18h12M8 23h8" stroke="#d9480f" stroke-width="2" stroke-linecap="round"/></svg>`;

// The preview page's script, served as /app.js. Plain browser JavaScript kept as text (the package builds
// for Node only); it must not use backticks or dollar-brace, being inside a template literal here.
// It listens to the server's events, swaps the sheet's SVG in place (no reload), keeps zoom and pan per
// chapter in localStorage, and outlines the panel of the problem clicked.

export const CLIENT_SCRIPT = `"use strict";
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var stage = $("stage"), sheet = $("sheet");
  var chapters = {};      // name -> view from the server
  var order = [];
  var current = new URLSearchParams(location.search).get("c") || "";
  var shownGood = {};     // name -> goodVersion whose SVG is in the page
  var svgBox = null;      // { width, height } of the sheet on show
  var selected = -1;      // index of the problem outlined
  var view = null;        // { fit: true } or { fit: false, s, x, y }
  var loading = 0;

  // ---- zoom and pan ---------------------------------------------------------------------------------
  function viewKey() { return "nanosheet.view:" + current; }
  function loadView() {
    try { view = JSON.parse(localStorage.getItem(viewKey()) || "null"); } catch (e) { view = null; }
    if (!view || typeof view !== "object") view = { fit: true };
  }
  function saveView() { try { localStorage.setItem(viewKey(), JSON.stringify(view)); } catch (e) { /* private mode */ } }
  function fitted() {
    var w = stage.clientWidth, h = stage.clientHeight, m = 16;
    var s = Math.max(0.02, Math.min((w - 2 * m) / svgBox.width, (h - 2 * m) / svgBox.height));
    return { s: s, x: (w - svgBox.width * s) / 2, y: (h - svgBox.height * s) / 2 };
  }
  function place() {
    if (!svgBox) return;
    var v = view.fit ? fitted() : view;
    sheet.style.transform = "translate(" + v.x + "px," + v.y + "px) scale(" + v.s + ")";
  }
  function zoomAt(factor, px, py) {
    if (!svgBox) return;
    var v = view.fit ? fitted() : view;
    var s = Math.min(16, Math.max(0.05, v.s * factor));
    view = { fit: false, s: s, x: px - (px - v.x) * (s / v.s), y: py - (py - v.y) * (s / v.s) };
    place(); saveView();
  }
  function fit() { view = { fit: true }; place(); saveView(); }
  stage.addEventListener("wheel", function (e) {
    e.preventDefault();
    var r = stage.getBoundingClientRect();
    zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), e.clientX - r.left, e.clientY - r.top);
  }, { passive: false });
  var drag = null;
  stage.addEventListener("pointerdown", function (e) {
    if (e.button !== 0 || !svgBox || e.target.closest("#overlay .card")) return;
    var v = view.fit ? fitted() : view;
    drag = { id: e.pointerId, x0: e.clientX, y0: e.clientY, v: { s: v.s, x: v.x, y: v.y } };
    stage.setPointerCapture(e.pointerId);
    stage.classList.add("dragging");
  });
  stage.addEventListener("pointermove", function (e) {
    if (!drag || drag.id !== e.pointerId) return;
    view = { fit: false, s: drag.v.s, x: drag.v.x + e.clientX - drag.x0, y: drag.v.y + e.clientY - drag.y0 };
    place();
  });
  function endDrag(e) {
    if (!drag || drag.id !== e.pointerId) return;
    drag = null; stage.classList.remove("dragging"); saveView();
  }
  stage.addEventListener("pointerup", endDrag);
  stage.addEventListener("pointercancel", endDrag);
  stage.addEventListener("dblclick", fit);
  function zoomCentre(f) { zoomAt(f, stage.clientWidth / 2, stage.clientHeight / 2); }
  $("zoom-in").addEventListener("click", function () { zoomCentre(1.25); });
  $("zoom-out").addEventListener("click", function () { zoomCentre(0.8); });
  $("zoom-fit").addEventListener("click", fit);
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target && /^(INPUT|TEXTAREA)$/.test(e.target.tagName))) return;
    if (e.key === "+" || e.key === "=") zoomCentre(1.25);
    else if (e.key === "-") zoomCentre(0.8);
    else if (e.key === "0") fit();
  });
  window.addEventListener("resize", function () { if (view && view.fit) place(); });

  // ---- drawing the state ----------------------------------------------------------------------------
  function text(tag, cls, content) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (content !== undefined) el.textContent = content;
    return el;
  }
  function renderList() {
    var list = $("chapter-list");
    $("chapters").hidden = order.length < 2;
    list.replaceChildren();
    order.forEach(function (name) {
      var c = chapters[name];
      var b = text("button", name === current ? "current" : "", name);
      b.type = "button";
      b.dataset.chapter = name;
      var bad = c.error ? "does not build" : c.problems.length ? c.problems.length + " problem" + (c.problems.length === 1 ? "" : "s") : "";
      b.appendChild(text("span", "mark" + (c.error || c.problems.length ? " bad" : ""), bad || "ok"));
      b.addEventListener("click", function () { choose(name); });
      var li = document.createElement("li");
      li.appendChild(b);
      list.appendChild(li);
    });
  }
  function choose(name) {
    if (!chapters[name] || name === current) return;
    current = name;
    history.replaceState(null, "", "?c=" + encodeURIComponent(name));
    selected = -1;
    svgBox = null;
    sheet.replaceChildren();
    loadView();
    renderList();
    show();
  }
  function boxOf(c, p) {
    if (p.panel) {
      for (var i = 0; i < c.panels.length; i++) if (c.panels[i].id === p.panel) return c.panels[i];
      return null;
    }
    return c.titleBox;
  }
  function outline() {
    var old = sheet.querySelector(".ns-outline");
    if (old) old.remove();
    var c = chapters[current], svg = sheet.querySelector("svg");
    var items = $("problems").querySelectorAll("button");
    for (var i = 0; i < items.length; i++) items[i].classList.toggle("selected", Number(items[i].dataset.index) === selected);
    if (!c || !svg || selected < 0 || !c.problems[selected]) return;
    var b = boxOf(c, c.problems[selected]);
    if (!b) return;
    var r = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    r.setAttribute("class", "ns-outline");
    r.setAttribute("x", b.x - 3); r.setAttribute("y", b.y - 3);
    r.setAttribute("width", b.width + 6); r.setAttribute("height", b.height + 6);
    r.setAttribute("rx", 6);
    r.dataset.panel = c.problems[selected].panel || "";
    svg.appendChild(r);
  }
  function renderSide(c) {
    var list = $("problems");
    list.replaceChildren();
    c.problems.forEach(function (p, i) {
      var li = document.createElement("li");
      var hasBox = !!boxOf(c, p);
      var el = text(hasBox ? "button" : "span", hasBox ? "" : "plain");
      el.appendChild(text("span", "kind", p.kind.replace("-", " ")));
      el.appendChild(document.createTextNode(p.message));
      if (hasBox) {
        el.type = "button";
        el.dataset.index = String(i);
        el.title = "outline this panel on the sheet";
        el.addEventListener("click", function () { selected = selected === i ? -1 : i; outline(); });
      }
      li.appendChild(el);
      list.appendChild(li);
    });
    var n = c.problems.length;
    $("problem-count").textContent = String(n);
    $("problem-count").classList.toggle("some", n > 0);
    $("no-problems").hidden = n > 0 || c.goodVersion === 0;
    var notes = $("notes");
    notes.replaceChildren();
    c.warnings.forEach(function (w) { notes.appendChild(text("li", "", w)); });
    $("notes-head").hidden = c.warnings.length === 0;
  }
  function renderChrome(c) {
    $("title").textContent = c.title + (order.length > 1 ? "  ·  " + c.name : "");
    document.title = c.title + " · nanosheet";
    $("overlay").hidden = !c.error;
    $("error").textContent = c.error ? c.error.join("\\n") : "";
    $("error-note").textContent = (c.goodVersion > 0 ? "Still showing the last sheet that built. " : "Nothing has built yet. ") +
      "Fix the file and save; this page updates by itself.";
    $("empty").hidden = c.goodVersion > 0;
    ["png", "pdf", "md"].forEach(function (f) {
      var a = $("dl-" + f);
      a.classList.toggle("off", c.goodVersion === 0);
      a.href = "/download?c=" + encodeURIComponent(c.name) + "&f=" + f;
    });
    renderSide(c);
  }
  /** Marks the version on show once the browser has painted it (the tests and the bench wait for this). */
  function painted(c) {
    requestAnimationFrame(function () {
      document.body.dataset.chapter = c.name;
      document.body.dataset.version = String(c.version);
    });
  }
  function show() {
    var c = chapters[current];
    if (!c) return;
    if (selected >= c.problems.length) selected = -1;
    renderChrome(c);
    if (c.goodVersion === 0 || shownGood[current] === c.goodVersion && sheet.firstChild) { outline(); painted(c); return; }
    var ticket = ++loading, name = current, good = c.goodVersion;
    fetch("/sheet.svg?c=" + encodeURIComponent(name) + "&v=" + good).then(function (r) {
      if (!r.ok) throw new Error("sheet " + r.status);
      return r.text();
    }).then(function (body) {
      if (ticket !== loading || name !== current) return;
      // Parsed straight into the page (no separate document to import from): the sheet holds no script.
      sheet.innerHTML = body;
      var svg = sheet.querySelector("svg");
      var vb = svg.viewBox.baseVal;
      svgBox = { width: vb.width, height: vb.height };
      svg.setAttribute("width", vb.width);
      svg.setAttribute("height", vb.height);
      shownGood[name] = good;
      place();
      outline();
      painted(chapters[name]);
    }).catch(function () { /* a newer event follows; the old sheet stays */ });
  }

  // ---- server events --------------------------------------------------------------------------------
  function connect() {
    var events = new EventSource("/events");
    events.addEventListener("open", function () { $("status").textContent = "live"; $("status").className = "status live"; });
    function built(c) { if (c.name === current && c.buildMs) $("status").textContent = "live · built in " + c.buildMs + " ms"; }
    events.addEventListener("error", function () { $("status").textContent = "reconnecting…"; $("status").className = "status down"; });
    events.addEventListener("state", function (e) {
      var list = JSON.parse(e.data);
      chapters = {}; order = [];
      list.forEach(function (c) { chapters[c.name] = c; order.push(c.name); });
      // Versions start again when the server does: fetch the sheet anew.
      shownGood = {};
      if (!chapters[current]) { current = order[0] || ""; svgBox = null; sheet.replaceChildren(); }
      $("empty").textContent = order.length ? "building…" : "No chapter files (*.md, *.txt) in this folder yet.";
      if (order.length === 0) $("empty").hidden = false;
      loadView();
      renderList();
      show();
      if (chapters[current]) built(chapters[current]);
    });
    events.addEventListener("chapter", function (e) {
      var c = JSON.parse(e.data);
      if (!chapters[c.name]) order.push(c.name);
      chapters[c.name] = c;
      renderList();
      if (c.name === current) { show(); built(c); }
    });
  }
  loadView();
  connect();
})();
`;

// Drop-in for `cssomnom/parse` inside Mermaid's parsers bundle (dist/mermaid-parsers.cjs). linkedom parses CSS
// only when a <style> element's `sheet` is read, which Mermaid's flowchart and mindmap parsers never do; yet
// cssomnom (~800 KB) was bundled and initialised with every sheet holding a diagram (~25 ms of a cold read).
// Should anything ever ask, the real parser loads from node_modules then.
const id = "cssomnom/parse";
let real;

exports.parse = (text) => (real ??= require(id)).parse(text);

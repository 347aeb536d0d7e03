// Stand-in for `brotli/decompress.js` inside nanosheet's bundles. fontkit loads brotli only to read WOFF2
// fonts; nanosheet's faces are WOFF unpacked to TTF, never WOFF2. The real package is 1.3 MB of JavaScript
// whose start-up (loading it and decoding its dictionary) cost ~25 ms of every cold build, on the main
// thread and again on the PDF worker.
module.exports = function decompress() {
  throw new Error("WOFF2 fonts are not supported by nanosheet's bundled fontkit");
};

const PDFDocument = require("pdfkit"); const svgToPdf = require("svg-to-pdfkit");
const j = require("@iconify-json/noto/icons.json");
const name = process.argv[2] || "banana";
const body = j.icons[name].body;
const doc = new PDFDocument({ size: [100, 100], margin: 0, compress: false, font: null });
const chunks = []; doc.on("data", (c) => chunks.push(c)); doc.on("end", () => { const s = Buffer.concat(chunks).toString("latin1"); const m = s.match(/stream\n([\s\S]*?)endstream/); console.log(m[1].slice(0, 3000)); });
doc.save(); doc.rect(10, 10, 40, 40).clip();
svgToPdf(doc, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">${body}</svg>`, 10, 10, { width: 40, height: 40, preserveAspectRatio: "xMinYMin meet" });
doc.restore(); doc.end();

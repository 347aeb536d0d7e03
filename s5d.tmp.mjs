import { readFileSync } from "node:fs";
import { readSheet } from "./dist/read/index.js";
const draw = readFileSync(process.argv[2],"utf8");
const doc = `# Source Text\n---\ntitle: "x"\n---\n\n# Layout Structure\n\n\`\`\`\n${draw}\n\`\`\`\n\n# Output Structure Plan\n\n## 1. A\n- a\n`;
const r = await readSheet(doc);
console.log(r.sheet.rows.map(r => r.panels?.map(p => p.title + (p.rowSpan? " span":"")).join(" | ") ?? JSON.stringify(r).slice(0,80)).join("\n"));
console.log(r.warnings.join("\n"));

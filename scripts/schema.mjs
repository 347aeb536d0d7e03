// Writes schema/sheet-frontmatter.schema.json from the zod schema (run after `npm run build`; a test keeps them equal).
import { writeFileSync, mkdirSync } from "node:fs";
import { frontmatterJsonSchema } from "../dist/model/frontmatter.js";

mkdirSync(new URL("../schema/", import.meta.url), { recursive: true });
const out = new URL("../schema/sheet-frontmatter.schema.json", import.meta.url);
writeFileSync(out, JSON.stringify(frontmatterJsonSchema(), null, 2) + "\n");
console.log(`wrote ${out.pathname}`);

// Style values from Mermaid `classDef` lines that nanosheet draws with: colours (fill, stroke, color) and
// stroke-width. They reach SVG attributes, resvg and pdfkit, so only what all three read the same is taken:
// #rgb / #rrggbb and the CSS colour names (pdfkit's list), widths from 0 to 20 px.
import { InputError } from "../errors.js";

const NAMES = new Set(
  ("aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue " +
    "chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey " +
    "darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray " +
    "darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen " +
    "fuchsia gainsboro ghostwhite gold goldenrod gray grey green greenyellow honeydew hotpink indianred indigo ivory khaki " +
    "lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen " +
    "lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime " +
    "limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue " +
    "mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive " +
    "olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum " +
    "powderblue purple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue " +
    "slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen").split(" "),
);

export function isColour(v: string): boolean {
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(v) || NAMES.has(v.toLowerCase());
}

/** `2px` or `2` → 2, for widths between 0 and 20. */
export function strokeWidth(v: string): number | undefined {
  const m = /^(\d{1,2}(?:\.\d+)?|\.\d+)(?:px)?$/.exec(v.trim());
  const n = m ? Number(m[1]) : NaN;
  return n >= 0 && n <= 20 ? n : undefined;
}

/** Throw on the first drawn style value we cannot draw, on its classDef's line (`line` maps a block line to the file). */
export function checkClassStyles(name: string, styles: Record<string, string>, code: string, line: (rel: number) => number | undefined): void {
  for (const [key, value] of Object.entries(styles)) {
    const bad =
      (key === "fill" || key === "stroke" || key === "color") && !isColour(value)
        ? `'${key}:${value}' is not a colour nanosheet can draw`
        : key === "stroke-width" && strokeWidth(value) === undefined
          ? `'stroke-width:${value}' is not a width from 0 to 20 px`
          : undefined;
    if (!bad) continue;
    const rel = code.split("\n").findIndex((l) => new RegExp(`^\\s*classDef\\s+(?:[^\\s]*,)?${name.replace(/[^\w-]/g, "\\$&")}[\\s,]`).test(l));
    throw new InputError(`mermaid classDef ${name}: ${bad}`, { line: line(rel < 0 ? 0 : rel) }, "use #rgb, #rrggbb or a CSS colour name, and widths like 2px");
  }
}

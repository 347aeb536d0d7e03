// A mind map node's `::icon(…)`: an emoji as written, or a Font Awesome / Material Design class name
// (`fa fa-book`, `fa-solid fa-brain`, `mdi mdi-robot-outline`) drawn as the emoji that shows the same thing.
// Those icon fonts are not ours to ship; a name not listed here is drawn as a dot, as before.
import { isEmoji } from "../../fonts/measure.js";
import { graphemes } from "../../fonts/graphemes.js";

const BY_NAME: Record<string, string> = {
  book: "📖", "book-open": "📖", user: "👤", users: "👥", "user-group": "👥", robot: "🤖", brain: "🧠",
  lightbulb: "💡", bulb: "💡", cog: "⚙️", gear: "⚙️", gears: "⚙️", cogs: "⚙️", database: "🗄️",
  search: "🔍", "magnifying-glass": "🔍", magnify: "🔍", code: "💻", laptop: "💻", "laptop-code": "💻",
  chart: "📊", "chart-bar": "📊", "chart-line": "📈", "chart-pie": "📊", star: "⭐", heart: "❤️",
  check: "✅", "circle-check": "✅", warning: "⚠️", "exclamation-triangle": "⚠️", "triangle-exclamation": "⚠️",
  alert: "⚠️", question: "❓", "circle-question": "❓", help: "❓", rocket: "🚀", globe: "🌐", earth: "🌐",
  web: "🌐", lock: "🔒", key: "🔑", bolt: "⚡", flash: "⚡", lightning: "⚡", fire: "🔥", comment: "💬",
  comments: "💬", chat: "💬", message: "💬", clock: "🕒", time: "🕒", flag: "🚩", home: "🏠", house: "🏠",
  image: "🖼️", music: "🎵", calculator: "🧮", "graduation-cap": "🎓", school: "🎓", server: "🖥️",
  desktop: "🖥️", file: "📄", "file-alt": "📄", "file-lines": "📄", pencil: "✏️", pen: "✏️", trophy: "🏆",
  tools: "🔧", wrench: "🔧", hammer: "🔨", cloud: "☁️", link: "🔗", money: "💵", dollar: "💵",
  "dollar-sign": "💵", gamepad: "🎮", dice: "🎲", "puzzle-piece": "🧩", puzzle: "🧩", bullseye: "🎯",
  target: "🎯", "balance-scale": "⚖️", "scale-balanced": "⚖️", scale: "⚖️", language: "🔤", eye: "👁️",
  bell: "🔔", calendar: "📅", envelope: "✉️", email: "✉️", folder: "📁", list: "📋", clipboard: "📋",
  microphone: "🎤", video: "🎬", film: "🎬", camera: "📷", phone: "📱", mobile: "📱", skull: "💀",
  atom: "⚛️", flask: "🧪", microscope: "🔬", leaf: "🍃", tree: "🌳", seedling: "🌱", magnet: "🧲",
  "hand-sparkles": "✨", magic: "✨", sparkles: "✨", "wand-magic-sparkles": "✨", infinity: "♾️",
  recycle: "♻️", sync: "🔄", refresh: "🔄", repeat: "🔁", bug: "🐛", shield: "🛡️", "shield-alt": "🛡️",
  ghost: "👻", times: "❌", xmark: "❌", close: "❌", "circle-xmark": "❌", plus: "➕", minus: "➖", info: "ℹ️",
  "circle-info": "ℹ️", "thumbs-up": "👍", "thumbs-down": "👎", hourglass: "⏳", memory: "💾", save: "💾",
  "floppy-disk": "💾", hand: "✋", smile: "😊", "face-smile": "😊", sad: "😢", crown: "👑", gift: "🎁",
};

/** Prefixes and suffixes the icon fonts put around a name (`fa-`, `mdi-`, `-outline`, `-alt`, `-o`). */
function candidates(token: string): string[] {
  const bare = token.toLowerCase().replace(/^(fa[srlbdk]?|fa-(solid|regular|light|brands|duotone)|mdi|bi|material-icons|ion|icon)-/, "");
  const out = [bare];
  const trimmed = bare.replace(/-(outline|outlined|alt|o|solid|fill|filled|sharp|round|rounded|variant)$/, "");
  if (trimmed !== bare) out.push(trimmed);
  // `book-open-page-variant` → `book-open-page` → `book-open` → `book`.
  for (let name = trimmed; name.includes("-"); ) out.push((name = name.slice(0, name.lastIndexOf("-"))));
  return out;
}

/** The emoji an icon is drawn as, or undefined (drawn as a dot). */
export function iconEmoji(icon: string | undefined): string | undefined {
  const text = icon?.trim() ?? "";
  if (text === "") return undefined;
  const first = graphemes(text)[0] ?? "";
  if (isEmoji(first)) return first;
  for (const token of text.split(/\s+/).reverse()) {
    for (const name of candidates(token)) {
      const emoji = BY_NAME[name];
      if (emoji && isEmoji(emoji)) return emoji;
    }
  }
  return undefined;
}

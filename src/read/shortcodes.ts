// Emoji shortcodes (`:rocket:`, `:speech_balloon:`) as the emoji they name, as GitHub and Slack show them:
// notes written there carry them, and drawn as typed they were colons and words. Names are Noto's (CLDR
// names, `speech-balloon`, from @iconify-json/noto's chars.json, read only when a document has a shortcode),
// with `_` for `-`, plus the GitHub names that differ. An unknown `:name:` stays as written.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** GitHub shortcodes whose name is not the emoji's CLDR name. */
const GITHUB: Record<string, string> = {
  pray: "folded-hands", pencil2: "pencil", repeat: "repeat-button", tada: "party-popper", bulb: "light-bulb",
  thinking: "thinking-face", "+1": "thumbs-up", thumbsup: "thumbs-up", "-1": "thumbs-down", thumbsdown: "thumbs-down",
  heart: "red-heart", white_check_mark: "check-mark-button", heavy_check_mark: "check-mark", x: "cross-mark",
  zap: "high-voltage", mag: "magnifying-glass-tilted-left", mag_right: "magnifying-glass-tilted-right",
  chart_with_upwards_trend: "chart-increasing", chart_with_downwards_trend: "chart-decreasing", point_right: "backhand-index-pointing-right",
  point_left: "backhand-index-pointing-left", point_up: "index-pointing-up", point_down: "backhand-index-pointing-down",
  arrow_right: "right-arrow", arrow_left: "left-arrow", arrow_up: "up-arrow", arrow_down: "down-arrow", question: "red-question-mark",
  exclamation: "red-exclamation-mark", heavy_exclamation_mark: "red-exclamation-mark", "100": "hundred-points", computer: "laptop",
  smile: "grinning-face-with-smiling-eyes", smiley: "grinning-face-with-big-eyes", grinning: "grinning-face", joy: "face-with-tears-of-joy",
  sweat_smile: "grinning-face-with-sweat", wink: "winking-face", scream: "face-screaming-in-fear", sob: "loudly-crying-face",
  open_mouth: "face-with-open-mouth", muscle: "flexed-biceps", clap: "clapping-hands", wave: "waving-hand", ok_hand: "ok-hand",
  raised_hands: "raising-hands", star2: "glowing-star", boom: "collision", bangbang: "double-exclamation-mark",
  hourglass_flowing_sand: "hourglass-not-done", hourglass: "hourglass-done", bar_chart: "bar-chart", clipboard: "clipboard",
  book: "open-book", closed_book: "closed-book", page_facing_up: "page-facing-up", bookmark: "bookmark", speech_balloon: "speech-balloon",
  thought_balloon: "thought-balloon", moneybag: "money-bag", dollar: "dollar-banknote", lock: "locked", unlock: "unlocked",
  no_entry_sign: "prohibited", no_entry: "no-entry", recycle: "recycling-symbol", arrows_counterclockwise: "counterclockwise-arrows-button",
  repeat_one: "repeat-single-button", globe_with_meridians: "globe-with-meridians", earth_asia: "globe-showing-asia-australia",
  man_teacher: "man-teacher", woman_teacher: "woman-teacher", teacher: "teacher", weight_lifting: "person-lifting-weights",
  weight_lifting_man: "man-lifting-weights", weight_lifting_woman: "woman-lifting-weights", robot_face: "robot", crystal_ball: "crystal-ball",
  game_die: "game-die", dart: "bullseye", trophy: "trophy", medal: "sports-medal", checkered_flag: "chequered-flag",
  construction: "construction", office: "office-building", warning: "warning", bell: "bell", key: "key", link: "link", paperclip: "paperclip",
};

let names: Map<string, string> | undefined;

function emojiNamed(name: string): string | undefined {
  if (!names) {
    names = new Map();
    const dir = dirname(require.resolve("@iconify-json/noto/package.json"));
    const chars = JSON.parse(readFileSync(join(dir, "chars.json"), "utf8")) as Record<string, string>;
    for (const [code, icon] of Object.entries(chars)) if (!names.has(icon)) names.set(icon, code);
  }
  const code = names.get(GITHUB[name] ?? name.replace(/_/g, "-"));
  if (!code) return undefined;
  const text = String.fromCodePoint(...code.split("-").map((h) => parseInt(h, 16)));
  // `✏` alone is a text symbol; the emoji is `✏️`.
  return /\p{Emoji_Presentation}|\uFE0F/u.test(text) ? text : `${text}\uFE0F`;
}

const SHORTCODE = /:([a-z0-9_+-]{1,40}):/g;

/**
 * The document with each known shortcode written as its emoji, outside code fences and inline code (where
 * `:name:` is code). Same lines.
 */
export function emojiShortcodes(text: string): string {
  if (!/:[a-z0-9_+-]{1,40}:/.test(text)) return text;
  return text
    .split(/(^[ \t]*(?:```|~~~)[\s\S]*?^[ \t]*(?:```|~~~)[^\n]*$|`[^`\n]*`)/m)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(SHORTCODE, (all, name: string) => emojiNamed(name) ?? all)))
    .join("");
}

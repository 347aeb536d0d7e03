// A plan line that only holds the place of a picture: an image pasted alone (`![8×H100 노드 사진](h100.jpg)`, an
// HTML `<img alt="…">`), a bracketed placeholder (`[이미지: 데이터센터 랙 아이콘]`, `📷 [Lambda 대시보드 스크린샷]`),
// or a note to paste one in later (`(insert screenshot of the training log here)`, `(여기에 loss 그래프 캡처 삽입)`).
// A pen-note sheet drawn offline has no picture to put there, and the words alone read as a stray caption under
// a picture that is not there, so the line is left out with a warning naming it (a Markdown image by the inline
// reader's own warning, which says its alt text is not drawn either).
import type { List, RootContent } from "mdast";
import { lineOf, plainText } from "./sections.js";

const PICTURE_EMOJI = /^(?:📷|📸|🖼️?|🏞️?|🎞️?)\s*/u;
const BRACKETED = /^[[(（]\s*(.+?)\s*[\])）]$/su;
const NOUN = /\b(?:screenshots?|screen\s*caps?|images?|pictures?|photos?|photographs?|illustrations?|figures?|graphics?|icons?|logos?|charts?|graphs?)\b|스크린\s*샷|캡처|캡쳐|사진|이미지|그림|아이콘|로고|일러스트|삽화|그래프/iu;
const INSERT = /^(?:insert|add|place|paste|put|drop|embed|attach)\b|\b(?:goes|go)\s+here\b|\bhere\s*$|삽입|넣기|넣어|넣을|들어갈|첨부|붙여\s*넣|자리/iu;

/** A box line that holds the place of a picture for the image maker to paint (`[이미지: 사과 그림]`, `[Image of a
 * zebra]`, `[그림]`): nothing a pen note can write, and its words in brackets would read as the box's text. */
export const isPicturePlaceholder = (line: string): boolean =>
  /^\[\s*(?:이미지|그림|사진|삽화|일러스트|image|picture|illustration|photo|img)(?:\s*[:：]\s*[^\]]*|\s+of\s+[^\]]*)?\s*\]$/i.test(line);

const IMG = /^<img\b[^>]*>$/i;
const altOf = (html: string): string => /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(html)?.slice(1).find((v) => v !== undefined)?.trim() ?? "";

/** The words a picture placeholder line holds, or undefined when the line says more than a picture's place. */
export function placeholderCaption(line: string): string | undefined {
  const text = line.trim();
  const emoji = PICTURE_EMOJI.exec(text);
  const rest = emoji ? text.slice(emoji[0].length) : text;
  const bracket = BRACKETED.exec(rest);
  if (!bracket) return undefined;
  const inner = bracket[1]!.replace(PICTURE_EMOJI, "").trim();
  if ((emoji || PICTURE_EMOJI.test(bracket[1]!)) && inner) return inner;
  if (isPicturePlaceholder(`[${bracket[1]!.replace(PICTURE_EMOJI, "")}]`)) return inner.replace(/^[^:：]*[:：]\s*/, "") || inner;
  return NOUN.test(inner) && INSERT.test(inner) ? inner : undefined;
}

/** A box line of picture places joined by arrows (`[ 📷 H100 GPU 사진 ] → [ 🏢 데이터센터 ]`): every part in
 * brackets, one a picture at least; what the pictures would show is the box's own text to write. */
export function pictureStrip(line: string): boolean {
  const parts = line.split(/\s*(?:→|->|⟶|=>|➡️?)\s*/u).filter(Boolean);
  return parts.length > 1 && parts.every((p) => BRACKETED.test(p) && !/^\[\s*\]$/.test(p)) && parts.some((p) => placeholderCaption(p) !== undefined);
}

/** Whether `node` is a picture placeholder, with the warning naming its line pushed when it is. */
export function pictureLeftOut(node: RootContent, warnings: string[]): boolean {
  if (node.type === "list") return listLeftOut(node, warnings);
  if (node.type === "html" && IMG.test(node.value.trim())) {
    const alt = altOf(node.value);
    warnings.push(`line ${lineOf(node)}: an image is not drawn on the sheet${alt ? `, nor its alt text "${alt}"` : ""}`);
    return true;
  }
  if (node.type !== "paragraph") return false;
  const parts = node.children.filter((c) => !(c.type === "text" && !c.value.trim()) && c.type !== "break");
  // Images alone: the inline reader warns of each one.
  if (parts.length > 0 && parts.every((c) => c.type === "image" || c.type === "imageReference")) return true;
  const caption = placeholderCaption(plainText(node));
  if (caption === undefined) return false;
  warnings.push(`line ${lineOf(node)}: "${caption}" holds the place of a picture; a sheet draws no pictures, so it is left out`);
  return true;
}

/** A list's items that only hold a picture's place (`- 📷 [xAI 데이터센터 사진]`, `- ![GPU](gpu.png)`) taken out of
 * it, at any depth, each named in a warning; whether the list is left with no item. */
function listLeftOut(list: List, warnings: string[]): boolean {
  list.children = list.children.filter((item) => {
    for (const c of item.children) if (c.type === "list") listLeftOut(c, warnings);
    item.children = item.children.filter((c) => c.type !== "list" || c.children.length > 0);
    const [only, ...more] = item.children;
    if (!only || more.length > 0 || only.type !== "paragraph") return true;
    const images = only.children.filter((c) => c.type === "image");
    if (!pictureLeftOut(only, warnings)) return true;
    // The inline reader walks the plan after this: a Markdown image taken out here is warned of here.
    for (const i of images) if (i.type === "image") warnings.push(`line ${lineOf(i)}: an image is not drawn on the sheet${i.alt?.trim() ? `, nor its alt text "${i.alt.trim()}"` : ""}`);
    return false;
  });
  return list.children.length === 0;
}

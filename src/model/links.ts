// Which URLs may be written as links (Markdown, PDF): http(s) and mailto only. Anything else
// (`javascript:`, `data:`, `file:`, relative paths) is written as plain text, so an output never carries a
// live link that runs or opens something unexpected.
export function isSafeLink(url: string): boolean {
  return /^(?:https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(url.trim());
}

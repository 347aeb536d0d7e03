// The keys a sheet's frontmatter may hold, apart from the reader (which loads zod) so that telling an input's
// kind stays cheap.
export const META_KEYS = ["title", "banner", "tagline", "titleKr", "author", "sourceUrl", "series", "chapter"] as const;
export const TOP_KEYS: readonly string[] = ["nanosheet", ...META_KEYS, "page", "layout", "style"];

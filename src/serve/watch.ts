// Watching a folder for saves. The folder rather than the file: editors that save by writing a new file and
// renaming it over the old one (vim, many IDEs) replace the inode a file watch would be holding.
import { watch, type FSWatcher } from "node:fs";

export interface FolderWatch {
  close(): void;
}

/**
 * Calls `onChange` with the names (in `root`) that `accept` lets through once they have been quiet for
 * `settleMs`: an editor's save is often a truncate and a write, and reading between the two sees an empty file.
 */
export function watchFolder(
  root: string,
  accept: (name: string) => boolean,
  onChange: (names: string[]) => void,
  settleMs = 30,
): FolderWatch {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(root, { persistent: true }, (_event, filename) => {
    // Some platforms do not say which file changed; then every accepted name is a candidate (`""`).
    const name = filename === null ? "" : String(filename);
    if (name !== "" && !accept(name)) return;
    pending.add(name);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const names = [...pending];
      pending.clear();
      onChange(names);
    }, settleMs);
  });
  // A watched folder that disappears ends the watch; the process keeps what it last built.
  watcher.on("error", () => watcher.close());
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}

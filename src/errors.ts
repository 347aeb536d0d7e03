// Typed errors. The library throws these; only the CLI turns them into one-line messages and exit codes.

/** Where in an input file a problem is. `line` is 1-based. */
export interface Where {
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
}

/** Bad input: the message says what is wrong, `hint` says what to change. Exit code 1. */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    message: string,
    readonly where: Where = {},
    readonly hint?: string,
  ) {
    super(message);
  }

  /** `file:line:col: message — hint`, the one line the CLI prints. */
  format(): string {
    const { file, line, column } = this.where;
    const loc = [file ?? "<input>", line, line !== undefined ? column : undefined]
      .filter((p) => p !== undefined)
      .join(":");
    return `${loc}: ${this.message}${this.hint ? ` — ${this.hint}` : ""}`;
  }

  /** The same error pinned to a file (readers parse text; the caller knows the path). */
  inFile(file: string): InputError {
    if (this.where.file) return this;
    const copy = new InputError(this.message, { ...this.where, file }, this.hint);
    copy.stack = this.stack;
    return copy;
  }
}

/** The sheet cannot be drawn as asked (content overflows a panel, a glyph is missing, …). Exit code 1. */
export class RenderError extends Error {
  override name = "RenderError";
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

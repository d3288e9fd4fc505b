/**
 * A problem with the file as a whole (not one row): wrong encoding, no header, a missing required
 * column, malformed CSV, a mapping that does not fit. Nothing is imported when one is raised.
 */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
  readonly code: string;
  readonly line?: number;

  constructor(code: string, message: string, line?: number) {
    super(message);
    this.code = code;
    this.line = line;
  }
}

/** A mapping file that cannot be read or names fields that do not exist. */
export class MappingError extends Error {
  override name = 'MappingError';
}

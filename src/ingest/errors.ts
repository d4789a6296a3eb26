// Per-file failures with stable codes: other tools and the report key on these, so never rename one.
export const ERROR_CODES = {
  READ_FAILED: 'The file could not be read from disk',
  EMPTY_FILE: 'The file is empty',
  TOO_LARGE: 'The file is over the size limit',
  WRONG_TYPE: "The file's content is not what its name says",
  UNSUPPORTED_TYPE: 'Only .pdf and .docx files are audited',
  CORRUPT: 'The file is damaged or truncated',
  ENCRYPTED: 'The file is password-protected',
  NO_TEXT_LAYER: 'The PDF has no text layer (a scan or photo)',
  GARBLED_TEXT: "The PDF's text cannot be decoded (fonts without a Unicode map)",
  NOT_A_CAF: 'The document does not look like a CAF or early help assessment',
  TIMEOUT: 'Reading the file took longer than the time limit',
  MEMORY_LIMIT: 'Reading the file needed more memory than the limit',
  INTERNAL: 'cafqa failed on this file',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class CafqaFileError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CafqaFileError';
  }
}

export const fail = (code: ErrorCode, message: string): never => {
  throw new CafqaFileError(code, message);
};

import type { Location } from './diagnostic.js';

/**
 * A file's text with a line index, so any offset can be turned into the
 * line and column an editor shows. Built once per file.
 */
export class SourceText {
  readonly text: string;
  /** Where each line starts: built on first use, and let go by `releaseIndex`. */
  private starts: number[] | undefined;

  constructor(text: string) {
    this.text = text;
    this.starts = undefined;
  }

  private get lineStarts(): number[] {
    if (this.starts === undefined) {
      const starts = [0];
      const text = this.text;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    return this.starts;
  }

  /**
   * Lets go of the line index (built again on the next use): the check does
   * so once a message is linted, since the index of every file at once is
   * ~40 bytes a line (38 MB at 100,000 messages).
   */
  releaseIndex(): void {
    this.starts = undefined;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line and column of a 0-based offset. */
  locationOf(offset: number): Location {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.lineStarts[lo]! + 1 };
  }

  /** Location spanning two offsets. */
  rangeOf(start: number, end: number): Location {
    const a = this.locationOf(start);
    const b = this.locationOf(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** 0-based offset of the start of a 1-based line. */
  offsetOfLine(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))]!;
  }

  lineText(line: number): string {
    const start = this.offsetOfLine(line);
    const next = line < this.lineStarts.length ? this.lineStarts[line]! - 1 : this.text.length;
    return this.text.slice(start, next).replace(/\r$/, '');
  }
}

/**
 * A normalised text that remembers where each of its characters came from, so a match found in
 * the normalised form can be marked on the original page text.
 */
export interface NormalisedText {
  /** The normalised text. */
  text: string;
  /** `starts[i]`: offset in the original text where the source of character `i` begins. */
  starts: Int32Array;
  /** `ends[i]`: offset in the original text just after the source of character `i`. */
  ends: Int32Array;
  /** Length of the original text. */
  originalLength: number;
}

/** Maps the half-open range `[start, end)` of the normalised text back to the original text. */
export function toOriginalRange({
  normalised,
  start,
  end,
}: {
  normalised: NormalisedText;
  start: number;
  end: number;
}): { start: number; end: number } {
  if (end <= start) {
    const at =
      start < normalised.text.length ? normalised.starts[start] : normalised.originalLength;
    return { start: at ?? 0, end: at ?? 0 };
  }
  return { start: normalised.starts[start] ?? 0, end: normalised.ends[end - 1] ?? 0 };
}

/**
 * Collects normalised characters with their source ranges. Grows like an array list; the typed
 * arrays keep the content script's memory small on long pages.
 */
export class NormalisedTextBuilder {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.codes = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  /** The last character pushed, or -1. */
  lastCode(): number {
    return this.length > 0 ? (this.codes[this.length - 1] ?? -1) : -1;
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** Pushes every character of `text`, all coming from the original range `[start, end)`. */
  pushString(text: string, start: number, end: number): void {
    for (let i = 0; i < text.length; i++) this.push(text.charCodeAt(i), start, end);
  }

  build(originalLength: number): NormalisedText {
    return {
      text: decodeUtf16(this.codes.subarray(0, this.length)),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
      originalLength,
    };
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}

// `String.fromCharCode` on chunks: TextDecoder would turn lone surrogates into U+FFFD, which
// is harmless, but this keeps the text exactly as pushed.
function decodeUtf16(codes: Uint16Array): string {
  const chunk = 8192;
  if (codes.length <= chunk) return String.fromCharCode(...codes);
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += chunk) {
    parts.push(String.fromCharCode(...codes.subarray(i, i + chunk)));
  }
  return parts.join('');
}

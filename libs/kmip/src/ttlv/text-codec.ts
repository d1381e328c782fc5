/** Text Strings are UTF-8 (RFC 3629). Malformed input must fail, not be patched with U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes `buf[start, end)`; returns undefined if the bytes are not well-formed UTF-8. */
export function decodeUtf8(buf: Buffer, start: number, end: number): string | undefined {
  // Nearly every KMIP string is ASCII; latin1 is the cheapest exact conversion for it.
  for (let i = start; i < end; i++) {
    if (buf[i] > 0x7f) return decodeNonAscii(buf, start, end);
  }
  return buf.toString('latin1', start, end);
}

function decodeNonAscii(buf: Buffer, start: number, end: number): string | undefined {
  try {
    return utf8.decode(buf.subarray(start, end));
  } catch {
    return undefined;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True if `text` can be written as UTF-8 without loss, i.e. holds no lone surrogate. */
export function isWellFormedText(text: string, utf8Length: number): boolean {
  // A string whose UTF-8 length equals its UTF-16 length is pure ASCII and cannot hold a surrogate.
  return utf8Length === text.length || !LONE_SURROGATE.test(text);
}

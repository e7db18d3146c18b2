import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { decodeInto } from "../src/files.ts";
import { renderFinding } from "../src/messages.ts";

function decode(bytes: Uint8Array) {
  const file = new VFile({ path: "x.md" });
  decodeInto(file, bytes);
  return file;
}

describe("decodeInto", () => {
  it("removes a UTF-8 byte-order mark", () => {
    const file = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("---\na: 1\n---\n")]));
    expect(String(file.value)).toBe("---\na: 1\n---\n");
    expect(file.data.source).toEqual({ readable: true });
    expect(file.messages).toEqual([]);
  });

  it("points at the first byte that is not UTF-8, counting columns in characters", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("åäö\nab"), 0xe9, 0x0a]);
    const file = decode(bytes);
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([["encoding-invalid", 2, 3]]);
    expect(renderFinding(file.messages[0]!, "sv")).toContain("0xE9");
    expect(file.data.source?.readable).toBe(false);
  });

  it("rejects overlong encodings and surrogates, which TextDecoder would replace silently", () => {
    expect(decode(new Uint8Array([0x61, 0xc0, 0xaf])).messages[0]?.ruleId).toBe("encoding-invalid");
    expect(decode(new Uint8Array([0xed, 0xa0, 0x80])).messages[0]?.ruleId).toBe("encoding-invalid");
    expect(decode(new Uint8Array([0x61, 0xe2, 0x82])).messages[0]?.ruleId).toBe("encoding-invalid");
  });

  it("tells UTF-16 and binary files apart from broken UTF-8", () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x2d, 0x00])).messages[0]?.ruleId).toBe("encoding-utf16");
    const binary = decode(new TextEncoder().encode("abc\nde\u0000f"));
    expect([binary.messages[0]?.ruleId, binary.messages[0]?.line, binary.messages[0]?.column]).toEqual(["file-binary", 2, 3]);
  });

  it("reads old Mac line endings (a lone CR) as line breaks", () => {
    expect(String(decode(new TextEncoder().encode("---\ra: 1\r---\r")).value)).toBe("---\na: 1\n---\n");
  });

  it("treats a file of only whitespace as empty", () => {
    expect(decode(new TextEncoder().encode(" \n\n")).messages[0]?.ruleId).toBe("file-empty");
  });
});

import { excessiveNesting } from "../src/parse.ts";

describe("excessiveNesting", () => {
  it("finds the bracket where flow nesting passes the limit", () => {
    expect(excessiveNesting(`a: ${"[".repeat(5)}${"]".repeat(5)}`, 3)).toBe(6);
    expect(excessiveNesting("a: [[[]]]\nb: [[[]]]\n", 3)).toBe(-1);
  });

  it("ignores brackets in quoted scalars and comments, but not apostrophes in plain text", () => {
    expect(excessiveNesting("a: \"[[[[[[[\"\nb: '{{{{{' # [[[[[[\n", 3)).toBe(-1);
    expect(excessiveNesting("a: Region's [x] and [[[[", 3)).toBe(23);
  });

  it("finds the line where block indentation passes twice the limit", () => {
    const text = Array.from({ length: 6 }, (_, i) => `${"  ".repeat(i)}k:`).join("\n");
    expect(excessiveNesting(text, 2)).toBe(text.indexOf("      k:") + 6);
  });
});

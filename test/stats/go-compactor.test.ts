import { GoCompactor } from '../../src/stats/go-compactor.js';

/** The compacted form of `chunks`, and whether a rejected comment blocked what follows. */
function compact(...chunks: (string | Buffer)[]): { text: string; blocked: boolean } {
  const compactor = new GoCompactor();
  const out = chunks.map((chunk) => compactor.add(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk));
  out.push(compactor.finish());
  return { text: Buffer.concat(out).toString('latin1'), blocked: compactor.blocked };
}

const MIB = 1 << 20;

describe('GoCompactor', () => {
  it('shrinks any run of white space and comments to what the lexer tells apart', () => {
    expect(compact('package p', '\n'.repeat(3 * MIB), 'import "a"').text).toBe('package p\nimport "a"');
    expect(compact('a \t\r b', ' /* c */ ', 'c').text).toBe('a b c');
    expect(compact('a  \t', '\n \n', 'b').text).toBe('a \nb');
    expect(compact('a// one\n// two\n\nb').text).toBe('a\nb');
    expect(compact('a /* one\ntwo */ b /**/c/***/d').text).toBe('a \nb c d');
  });

  it('holds nothing of a comment of any length, fed in any chunks', () => {
    const compactor = new GoCompactor();
    const out = [compactor.add(Buffer.from('package p\n/*'))];
    const text = Buffer.from(' * Licensed under ... é 例 😀 **\n'.repeat(MIB / 32));
    for (let i = 0; i < 64; i++) out.push(compactor.add(text));
    out.push(compactor.add(Buffer.from('*/\nimport "a"\n')), compactor.finish());
    expect(Buffer.concat(out).toString('utf8')).toBe('package p\nimport "a"\n');
  });

  it('reads UTF-8 in comments split across chunks anywhere', () => {
    const src = Buffer.from('a /* é 例 😀 \u00a0 */ // ü\nb', 'utf8');
    for (let cut = 0; cut <= src.length; cut++) {
      expect(compact(src.subarray(0, cut), src.subarray(cut))).toEqual({ text: 'a \nb', blocked: false });
    }
  });

  it('turns a comment Go rejects into a short one it rejects the same way, and keeps nothing after it', () => {
    const bad = (...bytes: number[]) => Buffer.from([0x61, 0x20, 0x2f, 0x2a, ...bytes, 0x2a, 0x2f, 0x20, 0x62]); // a /*…*/ b
    expect(compact(bad(0x78, 0x00, 0x79))).toEqual({ text: 'a /*\0*/', blocked: true });
    expect(compact(bad(0xff, 0x00))).toEqual({ text: 'a /*\xff*/', blocked: true });
    expect(compact(bad(0xed, 0xa0, 0x80))).toEqual({ text: 'a /*\xff*/', blocked: true }); // a surrogate
    expect(compact(bad(0xc3))).toEqual({ text: 'a /*\xff*/', blocked: true }); // cut short by the `*/`
    expect(compact(bad(0x20, 0xef, 0xbb, 0xbf, 0xff))).toEqual({ text: 'a /*\xef\xbb\xbf*/', blocked: true });
    expect(compact('a// ok\n// \0 not ok\nb')).toEqual({ text: 'a\n/*\0*/', blocked: true });
    expect(compact(Buffer.from([0x2f, 0x2f, 0xe2, 0x82]))).toEqual({ text: '/*\xff*/', blocked: true }); // cut short by the end
  });

  it('keeps a comment that never ends as one, so that the lexer reports it', () => {
    expect(compact('package p /* no end \0', 'here').text).toBe('package p /*');
  });

  it('passes tokens through unchanged, string, rune and raw string literals included', () => {
    const tokens = 'import "//not/*a*/comment" x `raw /* \n // */` \'/\' y/z a/=b "\\"//" \'\\\'\' c';
    expect(compact(tokens).text).toBe(tokens);
    expect(compact('a/', '/ c\nb').text).toBe('a\nb');
    expect(compact('a/', '').text).toBe('a/');
  });
});

import { codeSpan, escapeCell, escapePlain, linkDestination } from '../../src/diff/escape.js';
import { count, gfm, inner, text } from './gfm.js';
import { HOSTILE } from './hostile.js';

const ACTIVE = /<(a|img|script|em|strong|del|h[1-6]|blockquote|ol|ul|hr|code|pre|b|br)[ />]/;

describe('escapeCell', () => {
  it.each(HOSTILE)('shows %j literally in a table cell', (hostile) => {
    const html = gfm(`| a | b |\n|---|---|\n| ${escapeCell(hostile)} | after |\n`);
    const cells = inner(html, 'td');
    expect(cells.map(text)).toEqual([hostile.trim(), 'after']);
    expect(cells[0]).not.toMatch(ACTIVE);
    expect(count(html, /<a /)).toBe(0);
  });

  it('keeps everything on one line', () => {
    const html = gfm(`| a |\n|---|\n| ${escapeCell('one\ntwo\r\nthree\rfour\u2028five')} |\n`);
    expect(inner(html, 'td').map(text)).toEqual(['one two three four five']);
  });

  it('breaks mentions, references and links with an invisible word joiner', () => {
    expect(escapeCell('@user #1 GH-2 www.x.io http://y')).toBe('\\@\u2060user \\#\u20601 GH\u2060\\-2 www\u2060\\.x\\.io http\\:\u2060\\/\\/y');
  });
});

describe('codeSpan', () => {
  it.each(HOSTILE)('shows %j literally in a paragraph and at the start of a list item', (hostile) => {
    const html = gfm(`Text ${codeSpan(hostile)} after.\n\n- ${codeSpan(hostile)}: after\n`);
    expect(inner(html, 'code').map(text)).toEqual([hostile, hostile]);
    expect(html.replace(/<code>[^]*?<\/code>/g, '')).not.toMatch(/<(a|img|script|em|strong|del|h[1-6]|blockquote|ol|hr|pre|b)[ />]/);
  });

  it('inserts nothing: code is copied as it is', () => {
    expect(codeSpan('@user')).toBe('`@user`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });

  it('spells out control characters and keeps one line', () => {
    const html = gfm(`${codeSpan('a\nb\u001b[31mc\u202ed')}\n`);
    expect(inner(html, 'code').map(text)).toEqual(['a b\\u001b[31mc\\u202ed']);
  });
});

describe('escapePlain', () => {
  it('keeps one line and spells out terminal control sequences', () => {
    expect(escapePlain('red \u001b[31mtext\r\nnext\u0007 \u202eevil')).toBe('red \\u001b[31mtext next\\u0007 \\u202eevil');
    expect(escapePlain('@user <b> | `x`')).toBe('@user <b> | `x`');
  });
});

describe('linkDestination', () => {
  it('percent-encodes what could end or break out of a link', () => {
    expect(linkDestination('https://github.com/o/r/commit/abc')).toBe('https://github.com/o/r/commit/abc');
    expect(linkDestination('https://x.io/a b)(c)<d>"é')).toBe('https://x.io/a%20b%29%28c%29%3Cd%3E%22%C3%A9');
  });
});

import fc from 'fast-check';
import { canonicalName, compareNames, nameKey } from '../../src/names/repo-name.js';
import { parseInputFiles } from '../../src/names/input-file.js';

describe('canonicalName (docs/contract.md §1.1)', () => {
  it.each([
    ['owner/repo', 'owner/repo'],
    ['github.com/owner/repo', 'owner/repo'],
    ['https://github.com/owner/repo', 'owner/repo'],
    ['owner/repo.git', 'owner/repo'],
    ['owner/repo/', 'owner/repo'],
    ['github.com/owner/repo.git', 'owner/repo'],
    ['github.com/owner/repo/', 'owner/repo'],
    ['https://github.com/owner/repo.git', 'owner/repo'],
    ['https://github.com/owner/repo/', 'owner/repo'],
    ['https://github.com/owner/repo.git/', 'owner/repo'],
    ['owner/repo.git/', 'owner/repo'],
    ['https://github.com/Owner/Re.po_x-1.git', 'Owner/Re.po_x-1'],
    ['HTTPS://GitHub.com/Owner/Repo', 'Owner/Repo'],
    ['a/b', 'a/b'],
    ['a-b-c/r', 'a-b-c/r'],
    [`${'o'.repeat(39)}/repo`, `${'o'.repeat(39)}/repo`],
    [`owner/${'r'.repeat(100)}`, `owner/${'r'.repeat(100)}`],
    [`owner/${'r'.repeat(100)}.git`, `owner/${'r'.repeat(100)}`],
    ['owner/...', 'owner/...'],
    ['owner/.github', 'owner/.github'],
    ['owner/_x', 'owner/_x'],
    ['0/9', '0/9'],
  ])('accepts %s as %s', (text, expected) => expect(canonicalName(text)).toBe(expected));

  it.each([
    ['another host', 'gitlab.com/owner/repo'],
    ['another host by https', 'https://gitlab.com/owner/repo'],
    ['a subdomain of github.com', 'https://www.github.com/owner/repo'],
    ['plain http', 'http://github.com/owner/repo'],
    ['more segments', 'owner/repo/extra'],
    ['a GitHub URL with more segments', 'https://github.com/owner/repo/tree/main'],
    ['one segment', 'owner'],
    ['github.com and one segment', 'github.com/owner'],
    ['an empty owner', '/repo'],
    ['an empty repo', 'owner/'],
    ['two trailing slashes', 'owner/repo//'],
    ['a leading hyphen', '-owner/repo'],
    ['a trailing hyphen', 'owner-/repo'],
    ['a double hyphen', 'ow--ner/repo'],
    ['an underscore in the owner', 'ow_ner/repo'],
    ['a dot in the owner', 'ow.ner/repo'],
    ['a 40-character owner', `${'a'.repeat(40)}/repo`],
    ['a 101-character repo', `owner/${'r'.repeat(101)}`],
    ['repo .', 'owner/.'],
    ['repo ..', 'owner/..'],
    ['repo that is only .git', 'owner/.git'],
    ['a space in the repo', 'owner/re po'],
    ['a slash-free URL', 'https://github.com'],
    ['a non-ASCII letter', 'owner/répo'],
    ['a plus sign', 'owner/re+po'],
    ['a query string', 'https://github.com/owner/repo?tab=readme'],
    ['a user in the URL', 'https://user@github.com/owner/repo'],
    ['ssh form', 'git@github.com:owner/repo.git'],
  ])('rejects %s: %s', (_why, text) => expect(canonicalName(text)).toBeNull());
});

describe('name keys and order', () => {
  it('compares names case-insensitively', () => {
    expect(nameKey('Owner/Repo')).toBe(nameKey('owner/REPO'));
  });

  it('orders by lowercased name in byte order', () => {
    const names = ['b/a', 'B-x/a', 'A/z', 'a/Y', 'a-b/c', 'a0/x'];
    expect([...names].sort(compareNames)).toEqual(['a-b/c', 'a/Y', 'A/z', 'a0/x', 'B-x/a', 'b/a']);
  });
});

describe('parseInputFiles (docs/contract.md §1.2)', () => {
  it('reads one name a line, with comments, blank lines, CRLF and surrounding white space', () => {
    const content = [
      '# tracked repositories',
      '',
      '  owner/one  ',
      '\tgithub.com/owner/two\t# trailing comment',
      'https://github.com/owner/three.git\r',
      'owner/four/ #no space before the comment',
      '   # indented comment',
      '   ',
      '\r',
      'owner/five#glued comment',
    ].join('\n');
    const parsed = parseInputFiles([{ path: 'projects.txt', content }]);
    expect(parsed.invalid).toEqual([]);
    expect(parsed.names).toEqual([
      { name: 'owner/five', file: 'projects.txt', line: 10 },
      { name: 'owner/four', file: 'projects.txt', line: 6 },
      { name: 'owner/one', file: 'projects.txt', line: 3 },
      { name: 'owner/three', file: 'projects.txt', line: 5 },
      { name: 'owner/two', file: 'projects.txt', line: 4 },
    ]);
  });

  it('keeps one datum per repository, spelled as it first appears, across files', () => {
    const parsed = parseInputFiles([
      { path: 'a.txt', content: 'Owner/Repo\nother/x\nowner/repo\n' },
      { path: 'lists/b.txt', content: 'https://github.com/OWNER/REPO.git\nOther/X\nnew/one\n' },
    ]);
    expect(parsed.names).toEqual([
      { name: 'new/one', file: 'lists/b.txt', line: 3 },
      { name: 'other/x', file: 'a.txt', line: 2 },
      { name: 'Owner/Repo', file: 'a.txt', line: 1 },
    ]);
  });

  it('reports every invalid line with its file and line number, and keeps the valid ones', () => {
    const parsed = parseInputFiles([
      { path: 'projects.txt', content: 'good/one\ngitlab.com/a/b\n-bad/owner # why\nowner/repo/extra\n\nowner/..\n' },
      { path: 'more/list.txt', content: '# header\r\nowner/re po\r\ngood/two\r\n<script>alert(1)</script>/x\r\n' },
    ]);
    expect(parsed.invalid).toEqual([
      { file: 'projects.txt', line: 2, text: 'gitlab.com/a/b' },
      { file: 'projects.txt', line: 3, text: '-bad/owner' },
      { file: 'projects.txt', line: 4, text: 'owner/repo/extra' },
      { file: 'projects.txt', line: 6, text: 'owner/..' },
      { file: 'more/list.txt', line: 2, text: 'owner/re po' },
      { file: 'more/list.txt', line: 4, text: '<script>alert(1)</script>/x' },
    ]);
    expect(parsed.names.map((n) => n.name)).toEqual(['good/one', 'good/two']);
  });

  it('reports an invalid line even when the same text is also valid elsewhere, and never drops a duplicate invalid line', () => {
    const parsed = parseInputFiles([{ path: 'p.txt', content: 'x/y/z\nx/y/z\n' }]);
    expect(parsed.invalid.map((i) => i.line)).toEqual([1, 2]);
  });

  it('has nothing to say about empty or comment-only files', () => {
    expect(parseInputFiles([{ path: 'p.txt', content: '' }])).toEqual({ names: [], invalid: [] });
    expect(parseInputFiles([{ path: 'p.txt', content: '# a\n\n   # b\n' }])).toEqual({ names: [], invalid: [] });
  });

  it('counts lines the way editors do when the file does not end in a newline', () => {
    const parsed = parseInputFiles([{ path: 'p.txt', content: 'a/b\n\nbad name' }]);
    expect(parsed.invalid).toEqual([{ file: 'p.txt', line: 3, text: 'bad name' }]);
  });
});

describe('canonicalName, its fast path for names written canonically', () => {
  /** The rule written out step by step: what the fast path must agree with. */
  function reference(text: string): string | null {
    let rest = text;
    const prefix = ['https://github.com/', 'github.com/'].find((p) => rest.toLowerCase().startsWith(p));
    if (prefix) rest = rest.slice(prefix.length);
    if (rest.endsWith('/')) rest = rest.slice(0, -1);
    if (rest.toLowerCase().endsWith('.git')) rest = rest.slice(0, -4);
    const parts = rest.split('/');
    if (parts.length !== 2) return null;
    const [owner, repo] = parts as [string, string];
    const ownerOk = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(owner);
    if (!ownerOk || !/^[A-Za-z0-9._-]{1,100}$/.test(repo) || repo === '.' || repo === '..') return null;
    return `${owner}/${repo}`;
  }

  it('agrees with the rule on any text made of name characters', () => {
    const piece = fc.stringMatching(/^[A-Za-z0-9._\-/]{0,12}$/);
    const text = fc.oneof(
      piece,
      fc
        .tuple(fc.constantFrom('', 'github.com/', 'https://github.com/'), piece, fc.constantFrom('', '.git', '.GIT', '/', '.git/'))
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (t) => canonicalName(t) === reference(t)),
      { numRuns: 20_000 },
    );
  });
});

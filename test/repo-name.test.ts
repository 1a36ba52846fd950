import { canonicalName } from '../src/names/repo-name.js';

describe('canonicalName', () => {
  it.each([
    ['owner/repo', 'owner/repo'],
    ['github.com/owner/repo', 'owner/repo'],
    ['https://github.com/owner/repo', 'owner/repo'],
    ['owner/repo.git', 'owner/repo'],
    ['owner/repo/', 'owner/repo'],
    ['https://github.com/Owner/Re.po_x-1.git', 'Owner/Re.po_x-1'],
  ])('accepts %s', (text, expected) => expect(canonicalName(text)).toBe(expected));

  it.each(['gitlab.com/owner/repo', 'owner/repo/extra', 'owner', '-owner/repo', 'owner-/repo', 'ow--ner/repo', 'owner/..', 'owner/.', 'owner/re po', `${'a'.repeat(40)}/repo`, `owner/${'r'.repeat(101)}`, 'http://github.com/owner/repo'])(
    'rejects %s',
    (text) => expect(canonicalName(text)).toBeNull(),
  );
});

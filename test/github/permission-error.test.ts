import { RequestError } from '@octokit/request-error';
import { explainRefusal } from '../../src/github/permission-error.js';

function refused(status: number, message: string, headers: Record<string, string> = {}): RequestError {
  return new RequestError(message, status, {
    request: { method: 'POST', url: 'https://api.github.com/repos/acme/data/git/trees', headers: {} },
    response: { status, url: 'https://api.github.com/repos/acme/data/git/trees', headers, data: { message } },
  });
}

const REFUSAL = { action: 'write branch tusk/main', permission: 'contents: write' };

describe('explainRefusal', () => {
  it('names the permission GitHub says it needs, in a workflow spelling, preferring the expected one', () => {
    const explained = explainRefusal(
      refused(403, 'Resource not accessible by integration', { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' }),
      {
        ...REFUSAL,
        permission: 'pull-requests: write',
      },
    ) as Error;
    expect(explained.message).toBe(
      'cannot write branch tusk/main: the token is not allowed to (HTTP 403: Resource not accessible by integration). ' +
        'Give the job `permissions: pull-requests: write`; a personal token needs that access to the repository.',
    );
    const other = explainRefusal(refused(403, 'Forbidden', { 'x-accepted-github-permissions': 'contents=write,workflows=write' }), REFUSAL) as Error;
    expect(other.message).toContain('`permissions: contents: write, workflows: write`');
    const noHeader = explainRefusal(refused(403, 'Forbidden'), { ...REFUSAL, hint: '(a hint)' }) as Error;
    expect(noHeader.message).toContain('`permissions: contents: write` (a hint);');
  });

  it('leaves a rate limit, another status, or a status not listed as it was', () => {
    const rateLimit = refused(403, 'You have exceeded a secondary rate limit');
    expect(explainRefusal(rateLimit, REFUSAL)).toBe(rateLimit);
    const serverError = refused(502, 'Bad Gateway');
    expect(explainRefusal(serverError, REFUSAL)).toBe(serverError);
    const notFound = refused(404, 'Not Found');
    expect(explainRefusal(notFound, REFUSAL)).toBe(notFound);
    expect((explainRefusal(notFound, { ...REFUSAL, statuses: [403, 404] }) as Error).message).toContain('HTTP 404');
    const plain = new Error('socket hang up');
    expect(explainRefusal(plain, REFUSAL)).toBe(plain);
  });
});

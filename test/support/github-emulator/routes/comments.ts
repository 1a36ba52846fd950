import { json, notFound, unprocessable, type Reply } from '../http.js';
import { linkHeaders, pageOf, pageRequest } from '../pagination.js';
import type { IssueComment, Repo } from '../repos.js';
import { requiredString } from '../request-body.js';
import { repoRoute, type Route, type RouteContext } from '../router.js';
import { commentShape } from '../shapes.js';

const COMMENT_WRITE = 'issues=write; pull_requests=write';
const MAX_BODY_CHARACTERS = 65536;

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** GitHub counts characters (code points), not UTF-16 units or bytes. */
function commentBody(body: unknown): string {
  const text = requiredString(body, 'body');
  if ([...text].length > MAX_BODY_CHARACTERS) {
    throw unprocessable('Validation Failed', {
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)` }],
    });
  }
  return text;
}

/** The pull requests are the repository's only issues. */
function issueNumber(repo: Repo, value: string | undefined): number {
  const number = Number(value);
  if (!repo.pulls.has(number)) throw notFound();
  return number;
}

function findComment(repo: Repo, id: string | undefined): IssueComment {
  const comment = repo.comments.find((candidate) => candidate.id === Number(id));
  if (!comment) throw notFound();
  return comment;
}

async function listComments({ repo, params, query, url, baseUrl }: RouteContext): Promise<Reply> {
  const number = issueNumber(repo, params.number);
  const comments = repo.comments.filter((comment) => comment.issueNumber === number);
  const page = pageRequest(query);
  const shown = pageOf(comments, page).map((comment) => commentShape(baseUrl, repo, comment));
  return json(200, shown, linkHeaders(url, page, comments.length));
}

async function createComment({ repo, params, body, baseUrl, store, identity }: RouteContext): Promise<Reply> {
  const number = issueNumber(repo, params.number);
  const text = commentBody(body);
  const createdAt = now();
  // Writes need a known token (authorize saw to it): it is the author.
  const comment: IssueComment = { id: store.nextCommentId(), issueNumber: number, author: identity!, body: text, createdAt, updatedAt: createdAt };
  repo.comments.push(comment);
  return json(201, commentShape(baseUrl, repo, comment));
}

async function getComment({ repo, params, baseUrl }: RouteContext): Promise<Reply> {
  return json(200, commentShape(baseUrl, repo, findComment(repo, params.id)));
}

async function updateComment({ repo, params, body, baseUrl }: RouteContext): Promise<Reply> {
  const comment = findComment(repo, params.id);
  comment.body = commentBody(body);
  comment.updatedAt = now();
  return json(200, commentShape(baseUrl, repo, comment));
}

/** DELETE answers 204 with no body; the comment is gone for every later read (a second DELETE is a 404). */
async function deleteComment({ repo, params }: RouteContext): Promise<Reply> {
  const comment = findComment(repo, params.id);
  repo.comments.splice(repo.comments.indexOf(comment), 1);
  return { status: 204 };
}

export const commentRoutes: Route[] = [
  repoRoute('GET', '/issues/(?<number>\\d+)/comments', listComments),
  repoRoute('POST', '/issues/(?<number>\\d+)/comments', createComment, COMMENT_WRITE),
  repoRoute('GET', '/issues/comments/(?<id>\\d+)', getComment),
  repoRoute('PATCH', '/issues/comments/(?<id>\\d+)', updateComment, COMMENT_WRITE),
  repoRoute('DELETE', '/issues/comments/(?<id>\\d+)', deleteComment, COMMENT_WRITE),
];

export interface PageRequest {
  page: number;
  perPage: number;
}

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

function positiveInteger(value: string | null, fallback: number): number {
  const number = Number(value);
  return value !== null && Number.isInteger(number) && number > 0 ? number : fallback;
}

export function pageRequest(query: URLSearchParams): PageRequest {
  return {
    page: positiveInteger(query.get('page'), 1),
    perPage: Math.min(positiveInteger(query.get('per_page'), DEFAULT_PER_PAGE), MAX_PER_PAGE),
  };
}

/** GitHub's `Link` header (prev, next, last, first) for `total` items; Octokit's paginate follows rel="next". */
export function linkHeaders(requestUrl: URL, request: PageRequest, total: number): Record<string, string> {
  const lastPage = Math.max(1, Math.ceil(total / request.perPage));
  const pageUrl = (page: number): string => {
    const url = new URL(requestUrl);
    url.searchParams.set('page', String(page));
    return url.toString();
  };
  const links: string[] = [];
  if (request.page > 1) links.push(`<${pageUrl(Math.min(request.page - 1, lastPage))}>; rel="prev"`);
  if (request.page < lastPage) links.push(`<${pageUrl(request.page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (request.page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return links.length > 0 ? { link: links.join(', ') } : {};
}

export function pageOf<T>(items: T[], request: PageRequest): T[] {
  const start = (request.page - 1) * request.perPage;
  return items.slice(start, start + request.perPage);
}

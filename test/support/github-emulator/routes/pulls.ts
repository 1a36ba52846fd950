import { json, notFound, type Reply } from '../http.js';
import { repoRoute, type Route, type RouteContext } from '../router.js';
import { pullShape } from '../shapes.js';

async function getPull({ repo, params, baseUrl }: RouteContext): Promise<Reply> {
  const pull = repo.pulls.get(Number(params.number));
  if (!pull) throw notFound();
  return json(200, pullShape(baseUrl, repo, pull));
}

export const pullRoutes: Route[] = [repoRoute('GET', '/pulls/(?<number>\\d+)', getPull)];

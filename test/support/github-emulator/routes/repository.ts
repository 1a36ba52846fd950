import { json, type Reply } from '../http.js';
import { repoRoute, type Route, type RouteContext } from '../router.js';
import { repoShape } from '../shapes.js';

async function getRepository({ repo, baseUrl }: RouteContext): Promise<Reply> {
  return json(200, repoShape(baseUrl, repo, await repo.git.sizeKiB()));
}

export const repositoryRoutes: Route[] = [repoRoute('GET', '', getRepository)];

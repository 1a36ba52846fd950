import type { Route } from '../router.js';
import { codeloadRoutes } from './codeload.js';
import { commentRoutes } from './comments.js';
import { commitRoutes } from './commits.js';
import { contentRoutes } from './contents.js';
import { gitBlobRoutes } from './git-blobs.js';
import { gitCommitRoutes } from './git-commits.js';
import { gitTreeRoutes } from './git-trees.js';
import { pullRoutes } from './pulls.js';
import { refRoutes } from './refs.js';
import { repositoryRoutes } from './repository.js';
import { sourceArchiveRoutes } from './source-archive.js';
import { tarballRoutes } from './tarball.js';

export const allRoutes: Route[] = [
  ...repositoryRoutes,
  ...commitRoutes,
  ...refRoutes,
  ...gitCommitRoutes,
  ...gitTreeRoutes,
  ...gitBlobRoutes,
  ...contentRoutes,
  ...tarballRoutes,
  ...pullRoutes,
  ...commentRoutes,
  ...codeloadRoutes,
  ...sourceArchiveRoutes,
];

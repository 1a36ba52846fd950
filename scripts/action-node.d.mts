/** The Node major that action.yml's `runs.using` names (`node24` → 24). */
export function actionNodeMajor(actionYml: string): number;
/** The path and version of the Node that `root`/action.yml names, fetched once when the Node at hand is another major. */
export function actionNode(root: string, log?: (message: string) => void): { path: string; version: string };

/** A Node to run the bundles on. */
export interface NodeRuntime {
  path: string;
  version: string;
}

/** The Node major that action.yml's `runs.using` names (`node24` → 24). */
export function actionNodeMajor(actionYml: string): number;
/** The oldest Node major that an `engines.node` range admits (`^22 || ^24 || >=26` → 22). */
export function oldestSupportedMajor(range: string): number;
/** Node `major`: the Node at hand if it is that major, else fetched once from the npm registry into node_modules/.cache/. */
export function nodeOfMajor(root: string, major: number, log?: (message: string) => void): NodeRuntime;
/** The Node that `root`/action.yml names, fetched once when the Node at hand is another major. */
export function actionNode(root: string, log?: (message: string) => void): NodeRuntime;
/** The oldest Node that `root`/package.json's `engines.node` admits, fetched once when the Node at hand is another major. */
export function oldestSupportedNode(root: string, log?: (message: string) => void): NodeRuntime;

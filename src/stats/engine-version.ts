/**
 * The version of the stats engine: part of every record it makes. A record is reused only when
 * the current engine made it, so bump this whenever the engine's numbers can differ from what
 * the last version gave for the same source; test/stats/engine-output.test.ts fails when they
 * differ on its corpus and this number did not move. Records from before versioning carry none:
 * they were made by version 1.
 */
export const ENGINE_VERSION = 1;

// The part of node:sqlite (Node.js 22.5 and later) that the SQLite export uses: @types/node 20 declares none of it.
declare module 'node:sqlite' {
  type SQLInputValue = null | number | bigint | string | Uint8Array;
  class StatementSync {
    run(...values: SQLInputValue[]): unknown;
  }
  class DatabaseSync {
    constructor(path: string);
    exec(sql: string): void;
    prepare(sql: string): StatementSync;
    close(): void;
  }
}

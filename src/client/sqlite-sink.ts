/**
 * `tusk export --format sqlite`: the rows in a SQLite database, through Node's own node:sqlite
 * (Node.js 22.13 and later, and the Node that runs the action): no native package to build.
 */
import { EXPORT_TABLE, type Cell } from '../views/table-rows.js';
import type { RowSink } from './export-file.js';

const INTEGER_COLUMNS = new Set(['files', 'lines', 'deps', 'unparsed', 'pending']);

/** The table: one row a record of a data commit. `commit` is an SQL keyword: a query quotes it ("commit"). */
const CREATE_TABLE = `CREATE TABLE records (${EXPORT_TABLE.columns.map((column) => `"${column}" ${INTEGER_COLUMNS.has(column) ? 'INTEGER' : 'TEXT'}`).join(', ')})`;

async function loadSqlite(): Promise<typeof import('node:sqlite')> {
  try {
    return await import('node:sqlite');
  } catch {
    throw new Error(
      `--format sqlite needs node:sqlite, which Node.js ${process.version} does not have without a flag (Node.js 22.13 or later has it): ` +
        'run it there, or export --format csv and load that with sqlite3 (.import --csv FILE records)',
    );
  }
}

/** SQLite binds numbers, text and null: a flag is 0 or 1. */
function bindable(cell: Cell): null | number | string {
  return typeof cell === 'boolean' ? Number(cell) : cell;
}

/** A new database at `path` (whatever was there is replaced) with the `records` table. */
export async function sqliteSink(path: string): Promise<RowSink> {
  const { DatabaseSync } = await loadSqlite();
  const db = new DatabaseSync(path);
  // The file is written aside and renamed into place once complete: a crash leaves nothing to recover.
  db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF');
  db.exec(`DROP TABLE IF EXISTS records; ${CREATE_TABLE}`);
  const insert = db.prepare(`INSERT INTO records VALUES (${EXPORT_TABLE.columns.map(() => '?').join(', ')})`);
  return {
    add: async ({ commit, records }) => {
      db.exec('BEGIN');
      for (const record of records) insert.run(...EXPORT_TABLE.cells({ commit, record }).map(bindable));
      db.exec('COMMIT');
    },
    close: async () => {
      db.exec('CREATE INDEX records_by_repo ON records (repo)');
      db.close();
    },
    abort: async () => db.close(),
  };
}

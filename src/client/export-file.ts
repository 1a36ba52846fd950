/** `tusk export`: every record of every data commit, streamed into one file, one data commit at a time. */
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { EXPORT_TABLE, csvLine, jsonObject, type ExportRow } from '../views/table-rows.js';
import type { DataVersion } from './data-versions.js';
import { sqliteSink } from './sqlite-sink.js';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'sqlite'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSummary {
  dataCommits: number;
  rows: number;
}

/** Where the rows go, a data commit's at a time. */
export interface RowSink {
  add(version: DataVersion): Promise<void>;
  /** After the last version: the file is complete. */
  close(): Promise<void>;
  /** After a failure: the file is given up. */
  abort(): Promise<void>;
}

function write(stream: WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));
}

/** CSV (with a header line) or JSON lines. */
function textSink(path: string, format: 'csv' | 'jsonl'): RowSink {
  const stream = createWriteStream(path);
  const { columns, cells } = EXPORT_TABLE;
  const line = format === 'csv' ? (row: ExportRow) => csvLine(cells(row)) : (row: ExportRow) => `${jsonObject(columns, cells(row))}\n`;
  let started = false;
  return {
    add: async ({ commit, records }) => {
      let text = !started && format === 'csv' ? csvLine(columns) : '';
      started = true;
      for (const record of records) text += line({ commit, record });
      await write(stream, text);
    },
    close: async () => {
      if (!started && format === 'csv') await write(stream, csvLine(columns));
      await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    },
    abort: async () => {
      stream.destroy();
    },
  };
}

/**
 * Writes every version to `file` in `format`. The file is written aside and renamed into place
 * once complete: a failed export leaves no half a table that looks whole.
 */
export async function exportVersions(versions: AsyncIterable<DataVersion>, file: string, format: ExportFormat): Promise<ExportSummary> {
  const partial = `${file}.partial-${process.pid}`;
  const summary: ExportSummary = { dataCommits: 0, rows: 0 };
  await rm(partial, { force: true });
  const sink = format === 'sqlite' ? await sqliteSink(partial) : textSink(partial, format);
  try {
    for await (const version of versions) {
      await sink.add(version);
      summary.dataCommits++;
      summary.rows += version.records.length;
    }
    await sink.close();
  } catch (error) {
    await sink.abort();
    await rm(partial, { force: true });
    throw error;
  }
  await rename(partial, file);
  return summary;
}

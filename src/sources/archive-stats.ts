import { Readable, pipeline } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { SourceError } from '../stats/source-error.js';
import { tarballStats, type TarballStats } from '../stats/tarball-stats.js';
import { sizeLimit } from './size-limit.js';

/** How much one repository may cost, downloaded and inflated. */
export interface ArchiveLimits {
  maxTarballBytes: number;
  maxInflatedBytes: number;
}

/**
 * The stats of a downloaded archive, streamed through the size limit into the engine. A fault of
 * the archive (too large, corrupt) rejects with a SourceError, a definite answer; a fault of the
 * transfer (a dropped connection, a timeout, an abort) rejects with that error, worth another try.
 */
export async function archiveStats(body: ReadableStream<Uint8Array>, repo: string, limits: ArchiveLimits): Promise<TarballStats> {
  const download = Readable.fromWeb(body as unknown as WebReadableStream<Uint8Array>);
  let transferError: unknown = null;
  download.on('error', (error: NodeJS.ErrnoException) => {
    // A premature close is the engine hanging up after its own verdict, not a transfer fault.
    if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') transferError ??= error;
  });
  const tooLarge = (): Error => new SourceError(`${repo}: tarball is larger than the limit of ${limits.maxTarballBytes} bytes`);
  // pipeline() tears down the download when the engine stops early, and passes its errors on.
  const limited = pipeline(download, sizeLimit(limits.maxTarballBytes, tooLarge), () => {});
  try {
    return await tarballStats(limited, repo, repo, { maxInflatedBytes: limits.maxInflatedBytes });
  } catch (error) {
    throw transferError ?? error;
  }
}

import { PassThrough } from 'node:stream';
import { decoupledPipe } from '../../src/stats/decoupled-pipe.js';

describe('decoupledPipe', () => {
  it('hands what the sink throws to onError, which nothing else could catch', async () => {
    const source = new PassThrough();
    const written: string[] = [];
    const error = await new Promise<unknown>((resolve) => {
      decoupledPipe(
        source,
        {
          write: (chunk) => {
            written.push(chunk.toString());
            if (chunk.toString() === 'b') throw new Error('the sink broke');
          },
          end: () => resolve(null),
        },
        resolve,
      );
      source.write('a');
      setImmediate(() => source.end('b'));
    });
    expect(error).toEqual(new Error('the sink broke'));
    expect(written).toEqual(['a', 'b']);
  });
});

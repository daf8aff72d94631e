/**
 * Reading an input file for the extractor: regular files only, and never more than a limit.
 * `readFileSync` reads until end of file, so `/dev/zero` grew to 23 GB and a named pipe waited
 * forever for a writer. Here the file is opened without blocking, checked to be a regular file
 * on the open descriptor (so it cannot be swapped between the check and the read), and read in
 * chunks that stop at the limit. Synchronous, like the rest of the command: one file at a time.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { InputError } from './decodeInput.ts';

/** The default limit on one input file: ten times the longest archived article is far below. */
export const DEFAULT_MAX_BYTES = 20 * 1000 * 1000;

const CHUNK = 1 << 20;

const megabytes = (bytes: number) =>
  bytes < 1e5 ? `${bytes.toLocaleString('en-GB')} bytes` : `${Number((bytes / 1e6).toFixed(1))} MB`;

/** What a path is when it is not a regular file, as a person would say it; undefined when it is. */
export function notARegularFile(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'is a directory, not a file';
  const kind = stat.isFIFO()
    ? 'a named pipe (FIFO)'
    : stat.isCharacterDevice()
      ? 'a character device (such as /dev/zero)'
      : stat.isBlockDevice()
        ? 'a block device'
        : stat.isSocket()
          ? 'a socket'
          : 'something else';
  return `is ${kind}, not a regular file`;
}

function openForReading(path: string): number {
  try {
    // O_NONBLOCK: opening a FIFO would otherwise wait for a writer before anything is checked.
    return openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('does not exist');
    if (code === 'EACCES') throw new InputError('cannot be read (permission denied)');
    if (code === 'EISDIR') throw new InputError('is a directory, not a file');
    if (code === 'ENXIO') throw new InputError('is a socket, not a regular file');
    throw new InputError(`cannot be read (${(e as Error).message})`);
  }
}

/** Read chunks until end of file, or fail as soon as the total passes `maxBytes`. */
function readBounded(fd: number, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    // The file grew after it was measured, or does not know its size: stop at the limit.
    if (total > maxBytes) {
      throw new InputError(
        `holds more than the limit of ${megabytes(maxBytes)} (--max-mb); reading stopped there`,
      );
    }
  }
  return Buffer.concat(chunks, total);
}

/**
 * The bytes of a regular file of at most `maxBytes`. Throws InputError, with a message to show
 * after the file's name, for anything else: a directory, a pipe, a device, a missing file, or a
 * file over the limit (refused from its size before a byte is read).
 */
export function readRegularFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  const fd = openForReading(path);
  try {
    const stat = fstatSync(fd);
    const what = notARegularFile(stat);
    if (what) throw new InputError(what);
    if (stat.size > maxBytes) {
      throw new InputError(
        `is ${megabytes(stat.size)}, more than the limit of ${megabytes(maxBytes)} (--max-mb); nothing was read`,
      );
    }
    return readBounded(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}

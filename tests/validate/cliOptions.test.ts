import { describe, expect, it } from 'vitest';
import { parseCliOptions } from '../../src/lib/validate/cliOptions.ts';

describe('parseCliOptions', () => {
  it('defaults to ./data and no archive', () => {
    expect(parseCliOptions([], {})).toEqual({
      dataDir: 'data',
      requireArchive: false,
      help: false,
    });
  });

  it('reads --data, --archive (both spellings) and --require-archive', () => {
    expect(parseCliOptions(['--data', 'd', '--archive=a', '--require-archive'], {})).toEqual({
      dataDir: 'd',
      archiveDir: 'a',
      archiveFrom: '--archive',
      requireArchive: true,
      help: false,
    });
  });

  it('takes the archive and the requirement from the environment, the flag winning', () => {
    const env = { LEDGER_ARCHIVE: 'env-dir', LEDGER_REQUIRE_ARCHIVE: '1' };
    expect(parseCliOptions([], env)).toMatchObject({
      archiveDir: 'env-dir',
      archiveFrom: 'LEDGER_ARCHIVE',
      requireArchive: true,
    });
    expect(parseCliOptions(['--archive', 'flag-dir'], env)).toMatchObject({
      archiveDir: 'flag-dir',
      archiveFrom: '--archive',
    });
    expect(parseCliOptions([], { LEDGER_REQUIRE_ARCHIVE: '0' })).toMatchObject({
      requireArchive: false,
    });
  });

  it.each([
    [['--data'], '--data needs a folder'],
    [['--archive', '--data', 'x'], '--archive needs a folder'],
    [['data'], 'unknown argument "data"'],
    [['--require-archive=yes'], 'unknown argument "--require-archive=yes"'],
  ])('rejects %j', (argv, error) => {
    expect(parseCliOptions(argv, {})).toEqual({ error });
  });
});

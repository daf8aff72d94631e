/**
 * `npm run vocabulary`: writes the vocabulary (src/lib/vocabulary/vocabulary.ts) into the data
 * dictionary's tables (data/README.md) and the descriptor's enums (data/datapackage.json).
 * `--check` writes nothing and exits 1 when either file is out of date.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as babel from 'prettier/plugins/babel';
import * as estree from 'prettier/plugins/estree';
import * as markdown from 'prettier/plugins/markdown';
import { format } from 'prettier/standalone';
import {
  dictionaryBlocks,
  withDictionaryBlocks,
  withVocabularyEnums,
} from '../src/lib/vocabulary/dictionary.ts';

const root = resolve(import.meta.dirname, '..');
const readmePath = resolve(root, 'data/README.md');
const descriptorPath = resolve(root, 'data/datapackage.json');

export async function generated(): Promise<{ readme: string; descriptor: string }> {
  const readme = await format(
    withDictionaryBlocks(readFileSync(readmePath, 'utf8'), dictionaryBlocks()),
    { parser: 'markdown', plugins: [markdown], proseWrap: 'preserve', printWidth: 100 },
  );
  const descriptor = await format(
    JSON.stringify(withVocabularyEnums(JSON.parse(readFileSync(descriptorPath, 'utf8'))), null, 2),
    { parser: 'json', plugins: [babel, estree], printWidth: 100 },
  );
  return { readme, descriptor };
}

// Written beside the target and renamed, so that an interrupted run leaves no half file.
function writeWhole(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const { readme, descriptor } = await generated();
  const stale = [
    [readmePath, readme],
    [descriptorPath, descriptor],
  ].filter(([path, text]) => readFileSync(path as string, 'utf8') !== text);
  if (check) {
    for (const [path] of stale)
      console.error(`${path}: out of date with the vocabulary; run npm run vocabulary`);
    process.exit(stale.length ? 1 : 0);
  }
  for (const [path, text] of stale) writeWhole(path as string, text as string);
  console.log(stale.length ? `wrote ${stale.map(([p]) => p).join(', ')}` : 'up to date');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

/** Node side of loadSipriReference: read the reference table of a data folder. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSipriReference } from './loadSipriReference.ts';
import type { SipriReference } from './sipriComparisons.ts';
import { SIPRI_RESOURCE_PATH } from './sipriResource.ts';

/** The data folder's SIPRI reference, or why there is none (in words for the user). */
export function readSipriReference(dataDir: string): SipriReference | { missing: string } {
  const descriptorFile = join(dataDir, 'datapackage.json');
  const csvFile = join(dataDir, SIPRI_RESOURCE_PATH);
  if (!existsSync(descriptorFile)) return { missing: `${descriptorFile} does not exist` };
  const descriptor: unknown = JSON.parse(readFileSync(descriptorFile, 'utf8'));
  if (!existsSync(csvFile)) {
    return { missing: `${csvFile} does not exist; npm run sipri writes it from a SIPRI export` };
  }
  const reference = loadSipriReference(descriptor, readFileSync(csvFile, 'utf8'));
  return (
    reference ?? {
      missing: `${descriptorFile} records no SIPRI release; npm run sipri writes it from a SIPRI export`,
    }
  );
}

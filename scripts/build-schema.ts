// Writes schemas/sidecar.schema.json from the sidecar field table (src/core/sidecar/fields.ts).
//   npx tsx scripts/build-schema.ts          write it (npm run build:schema)
//   npx tsx scripts/build-schema.ts --check  exit 1 if the checked-in file differs from what this builds
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSidecarSchema } from '../src/core/sidecar/jsonSchema';

const file = join(__dirname, '..', 'schemas', 'sidecar.schema.json');
const text = JSON.stringify(buildSidecarSchema(), null, 2) + '\n';
if (process.argv.includes('--check')) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current !== text) {
    console.error('schemas/sidecar.schema.json is out of date: run npm run build:schema');
    process.exitCode = 1;
  }
} else {
  writeFileSync(file, text);
  console.log('wrote schemas/sidecar.schema.json');
}

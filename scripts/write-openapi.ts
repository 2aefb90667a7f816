/** Writes the OpenAPI document to docs/openapi.json; a test fails when the checked-in copy drifts. */
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../tests/helpers/openapi.ts';

const document = await buildOpenApiDocument();
writeFileSync(new URL('../docs/openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
console.log('docs/openapi.json written');
process.exit(0);

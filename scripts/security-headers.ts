// `npm run headers`: writes docs/security-headers.nginx.conf from src/config/security.ts.
// (dist/_headers is written by every build.)
import { writeFileSync } from 'node:fs';
import { nginxSnippet } from '../src/config/security.ts';

writeFileSync('docs/security-headers.nginx.conf', nginxSnippet());
console.log('Zapisano docs/security-headers.nginx.conf');

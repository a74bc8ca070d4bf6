// One source for the security policy: the <meta> Content-Security-Policy on every page and the
// HTTP headers files for static hosts (dist/_headers, docs/nginx.conf) are generated from here.

/** Only the site's own origin. Pagefind compiles WebAssembly ('wasm-unsafe-eval') and may run a worker. */
export const cspDirectives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives a <meta> policy cannot carry (browsers ignore them there): headers only. */
export const headerOnlyDirectives: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
};

const serialise = (d: Record<string, string[]>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');

export const cspMeta = serialise(cspDirectives);
export const cspHeader = serialise({ ...cspDirectives, ...headerOnlyDirectives });

/** Response headers for every path of the site. */
export const securityHeaders: [string, string][] = [
  ['Content-Security-Policy', cspHeader],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];

/** Netlify / Cloudflare Pages `_headers` file. */
export const headersFile = () => `/*\n${securityHeaders.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;

/** The same headers as an nginx snippet (for `server { … }`). */
export const nginxSnippet = () =>
  `# Generated from src/config/security.ts — do not edit by hand.\n${securityHeaders.map(([k, v]) => `add_header ${k} "${v}" always;`).join('\n')}\n`;

// The path the site is served under: '/' at a domain's root, '/miernik/' for a GitHub Pages
// project site. SITE_BASE sets it; without it, the path of SITE_URL (GitHub's base_url
// "https://owner.github.io/miernik" gives '/miernik/'); otherwise '/'. astro.config.mjs passes it
// to Astro as `base`, and src/lib/urls.ts prefixes every internal URL with it.

type Env = Record<string, string | undefined>;

/** '/', or the path with one leading and one trailing slash ('miernik' → '/miernik/'). */
export function normaliseBase(path: string): string {
  const inner = path.split('/').filter(Boolean).join('/');
  return inner ? `/${inner}/` : '/';
}

export function configuredBase(env: Env): string {
  if (env.SITE_BASE) return normaliseBase(env.SITE_BASE);
  if (env.SITE_URL) return normaliseBase(new URL(env.SITE_URL).pathname);
  return '/';
}

// Makes sure a Chromium the browser tests can drive is here: CHROME_PATH if set, else Debian's
// /usr/bin/chromium, installed with apt when missing and running as root. Never downloads a browser build.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const wanted = process.env.CHROME_PATH || '/usr/bin/chromium';
if (existsSync(wanted)) process.exit(0);
if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH=${wanted} nie istnieje. Wskaż plik przeglądarki Chromium lub usuń zmienną.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error('Brak /usr/bin/chromium. Zainstaluj: sudo apt-get install -y chromium (albo ustaw CHROME_PATH na plik Chromium).');
  process.exit(1);
}
console.log('Instaluję Chromium z pakietów Debiana (apt-get install chromium)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
  const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`apt-get ${args.join(' ')} nie powiodło się.`);
    process.exit(1);
  }
}

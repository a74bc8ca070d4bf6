// `npx node scripts/history-time.ts`: how long the change history takes on this repository's
// content (MIERNIK_CONTENT, default content/): git (log + cat-file) and reading and comparing
// every version, each run three times; and what it finds. Figures only, no pass/fail.
import { readContentCommits } from '../src/data/history.ts';
import { buildHistory, latestEvents } from '../src/lib/history.ts';

for (let run = 1; run <= 3; run++) {
  const t0 = performance.now();
  const commits = readContentCommits();
  const t1 = performance.now();
  const history = buildHistory(commits);
  const t2 = performance.now();
  const versions = commits.reduce((n, c) => n + c.files.size, 0);
  const events = [...history.values()].reduce((n, h) => n + latestEvents(h).length, 0);
  const reports = [...history.values()].reduce((n, h) => n + h.reports.length, 0);
  console.log(
    `run ${run}: ${commits.length} commits, ${versions} file versions; git ${Math.round(t1 - t0)} ms, history ${Math.round(t2 - t1)} ms; ` +
      `${history.size} programmes, ${reports} reports, ${events} value events`,
  );
}

// One module per content type; this file only gathers them for the checker and content.config.ts.
export { organisation } from './organisation.ts';
export { institution } from './institution.ts';
export { glossary, glossaryEntry } from './glossary.ts';
export { seriesList, seriesEntry } from './series.ts';
export { programme } from './programme.ts';
export { goal } from './goal.ts';
export { statistics } from './statistics.ts';
export { report } from './report.ts';
export { searchSynonyms } from './searchSynonyms.ts';
export { site } from './site.ts';
export { helplines, helpline } from './helpline.ts';
export { helpTopics, helpTopic } from './helpTopic.ts';
export { easyRead } from './easyRead.ts';

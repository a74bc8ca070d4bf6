// YAML parser errors in Polish: one list, in src/lib/readYaml.ts (the reader the checker and the
// build's collections share). Re-exported here for the checker's other modules.
export { yamlErrorMessage } from '../../src/lib/readYaml.ts';

// Polish text of the explorer's empty result (src/components/indicatorExplorer.ts): which filter
// excludes everything, and buttons to clear it or every filter. Kept apart from pl.ts.
export const explorerEmptyText = {
  none: 'Żaden wskaźnik nie spełnia wszystkich wybranych warunków.',
  without: (filter: string, count: string) => `Bez filtra „${filter}” pasowałoby: ${count}.`,
  together: 'Żaden filtr sam nie wyklucza wszystkiego — wykluczają je dopiero razem.',
  clear: (filter: string) => `Usuń filtr „${filter}”`,
  clearAll: 'Wyczyść wszystkie filtry',
};

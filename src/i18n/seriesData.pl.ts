// Polish text of a series page's downloads (/wskazniki/serie/<id>/). Kept apart from pl.ts.
export const seriesDataText = {
  downloads: 'Pobierz dane tej serii',
  csv: 'CSV — UTF-8, przecinek (do programów analitycznych)',
  json: 'JSON',
  xlsx: 'XLSX — arkusz Excela',
  note: 'Wszystkie wartości serii we wszystkich edycjach i gminach: te same wiersze i kolumny co w pliku wskazniki.csv. W Excelu otwieraj plik XLSX.',
};

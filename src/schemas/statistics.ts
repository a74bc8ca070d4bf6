import { z } from 'zod';
import { slug, text } from './common.ts';
import { indicator } from './indicator.ts';

/** One table or chart of the diagnosis, with the data behind it. */
export const statisticsTable = z.strictObject({
  /** Stable id within the programme ("rodziny-2018-2022"). */
  id: slug,
  /** The table's or chart's title as printed. */
  title: text,
  /** Where it is in the source ("Tabela nr 1", "Wykres 3", "rozdz. 4.1"). */
  source: text,
  /** Its measures; values are of kind `statistic`. */
  indicators: z.array(indicator).min(1),
});

/** The whole of content/programmes/<slug>/statistics.yaml: diagnosis data. */
export const statistics = z.strictObject({
  /** The tables, in the order of the source. */
  tables: z.array(statisticsTable).min(1),
});

export type Statistics = z.infer<typeof statistics>;
export type StatisticsTable = z.infer<typeof statisticsTable>;

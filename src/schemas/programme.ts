import { z } from 'zod';
import { isoDate, slug, text, textDiffers, timeFields, webUrl, withTime, year } from './common.ts';
import { indicator } from './indicator.ts';
import { summaryTranslations } from './translation.ts';

/** The act that adopted the programme. Leave out what the source does not say. */
export const adoptingAct = z.strictObject({
  /** "uchwała", "zarządzenie". */
  kind: text,
  /** The number as printed ("XXVII/208/2021"). */
  number: z.string().optional(),
  /** The date as given ("2021-12" when only the month is known). */
  date: isoDate.optional(),
  /** Who adopted it ("Rada Miasta Krasnystaw"). */
  body: z.string().optional(),
});

/** A strategic indicator of the results declaration (e.g. W2_W) with weight, baseline and excellent value. */
export const strategicIndicator = indicator.extend({
  /** "Tak, aby:" — what the indicator should show. */
  aim: text,
  /** The weight in the declaration (0.5). */
  weight: z.number().min(0).max(1),
});

/** A risk from the programme's risk table. */
export const risk = z.strictObject({
  /** The goal id the risk belongs to, where given. */
  goal: z.string().optional(),
  /** The risk as printed. */
  name: text,
  /** The significance score as printed (1–5). */
  score: z.number().int().min(1).max(5),
  /** How the risk is handled ("Przeciwdziałanie"). */
  status: text,
});

/** A total the source states (e.g. the estimated annual cost); published beside the computed sum. */
export const statedTotal = withTime(
  z.strictObject({
    /** Stable id, used in the export ("koszt-roczny"). */
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
    /** What the total is, as printed. */
    label: text,
    /** When it holds: `year`, `from`/`to` or `annual: true` (see common.ts); none when the source gives no time. */
    ...timeFields,
    /** Amount in złoty. */
    value: z.number().nonnegative(),
    /** The source's wording. */
    text,
    /** Only when `value` is not the amount in `text` on purpose: the reason, from the source; shown on the page next to the amount. */
    textDiffers: textDiffers.optional(),
  }),
);

/** The source document the programme is published from. */
export const sourceDocument = z.strictObject({
  /** Its title. */
  title: text,
  /** What it is ("załącznik do zarządzenia", "uchwała Rady Miasta"). */
  description: z.string().optional(),
  /** Where the document is published (the BIP page or the PDF), shown as "Źródło". */
  url: webUrl.optional(),
});

/** The frontmatter of content/programmes/<slug>/index.mdx. The body holds the introduction, diagnosis, etc. */
export const programme = z
  .strictObject({
    /** Full title as adopted. */
    title: text,
    /** A short title for lists and breadcrumbs. */
    shortTitle: text,
    /** The municipality: a file name in content/organisations. */
    organisation: slug,
    /** First year of the programme. */
    periodStart: year,
    /** Last year of the programme. */
    periodEnd: year,
    /** The adopting act, as far as the source says. */
    adoptingAct: adoptingAct.optional(),
    /** in-force (w realizacji), ended (zakończony), draft (projekt), or unknown where the source does not say (the page says so). */
    status: z.enum(['in-force', 'ended', 'draft', 'unknown']),
    /** A plain-language summary for residents, written from the source. */
    summary: text,
    /** The summary in Ukrainian (uk) and English (en), for the /uk/ and /en/ pages; see docs/tlumaczenia.md. */
    translations: summaryTranslations.optional(),
    /** The main goal ("cel nadrzędny"), if stated. */
    mainGoal: z.string().optional(),
    /** The source document. */
    document: sourceDocument,
    /** Strategic indicators of the results declaration. */
    strategicIndicators: z.array(strategicIndicator).default([]),
    /** The risk table. */
    risks: z.array(risk).default([]),
    /** Totals stated by the source (published as given, even when parts do not add up). */
    statedTotals: z.array(statedTotal).default([]),
  })
  .refine((p) => p.periodEnd >= p.periodStart, {
    message: 'rok końcowy (periodEnd) jest wcześniejszy niż rok początkowy (periodStart)',
    path: ['periodEnd'],
  });

export type Programme = z.infer<typeof programme>;
export type StrategicIndicator = z.infer<typeof strategicIndicator>;

import { z } from 'zod';

/**
 * The answers /pomoc/ gives, in the order a resident needs them: "teraz" (in danger now: 112 and the
 * 24-hour places), "rozmowa" (someone to talk to), "bliscy" (help for a child, a senior or a person
 * with a disability), "zmiana" (I use violence and want to stop), "sprawy-urzedowe" (legal, money, papers).
 */
export const needId = z.enum(['teraz', 'rozmowa', 'bliscy', 'zmiana', 'sprawy-urzedowe']);

export type NeedId = z.infer<typeof needId>;

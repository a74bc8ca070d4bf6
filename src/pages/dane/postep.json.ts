import { progressFileRoute } from '../../data/progress.ts';

export const GET = progressFileRoute('json');

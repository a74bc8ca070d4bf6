import { seriesFilePaths, seriesFileRoute } from '../../../data/seriesFiles.ts';

export const getStaticPaths = seriesFilePaths;
export const GET = seriesFileRoute('xlsx');

import { buildOnce } from './buildOnce.ts';

export default async function setup() {
  await buildOnce();
}

import type { Allow } from './differential.js';
export const ALLOW: Allow[] = [];

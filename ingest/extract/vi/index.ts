// The Vietnamese recogniser: segment, then the components of pipeline.ts over one article document.
import type { Recogniser } from '../../types.ts';
import { segment } from './segment.ts';
import { extractVietnamese } from './pipeline.ts';

const recogniser: Recogniser = {
  language: 'vi',
  segment,
  extract: extractVietnamese,
};
export default recogniser;

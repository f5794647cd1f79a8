// `kg distinct <idA> <idB>`: the negative judgement (see judge.ts).
import { judgeCommand } from './judge.ts';

export default judgeCommand('distinct');

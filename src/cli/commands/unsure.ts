// `kg unsure <idA> <idB>`: a curator could not tell (see judge.ts).
import { judgeCommand } from './judge.ts';

export default judgeCommand('unsure');

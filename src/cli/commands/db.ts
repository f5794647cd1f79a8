import type { Command } from '../command.ts';
import { UserError } from '../command.ts';

// Placeholder until the issue that owns this command lands; it refuses clearly rather than pretending.
const command: Command = {
  name: 'db',
  summary: '',
  usage: 'kg db — not built yet',
  async run() {
    throw new UserError("'kg db' is not built yet");
  },
};
export default command;

import type { Command } from 'commander';
import { readTranscript } from '@talkgraph/transcript';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('print the normalized transcript as JSON')
    .argument('<file>', 'transcript file (VTT, SRT, whisper JSON, timestamped or plain text)')
    .action(async (file: string) => {
      const transcript = await readTranscript(file);
      for (const warning of transcript.source.warnings) process.stderr.write(`talkgraph: warning: ${warning}\n`);
      process.stdout.write(`${JSON.stringify(transcript, null, 2)}\n`);
    });
}

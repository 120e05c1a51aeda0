import { Option, type Command } from 'commander';
import { TRANSCRIPT_FORMATS, readTranscript } from '@talkgraph/transcript';
import { writeStdout } from '../stdout.js';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('print the normalized transcript as JSON')
    .argument(
      '<file>',
      'transcript file (captions, speech-to-text JSON, TTML, HTML, timestamped, speaker turns or plain text)',
    )
    .addOption(
      new Option(
        '--format <format>',
        'format to assume when the content matches none (default: from the extension)',
      ).choices(TRANSCRIPT_FORMATS),
    )
    .action(async (file: string, options: { format?: string }) => {
      const transcript = await readTranscript(file, { formatHint: options.format });
      for (const warning of transcript.source.warnings)
        process.stderr.write(`talkgraph: warning: ${file}: ${warning}\n`);
      await writeStdout(`${JSON.stringify(transcript, null, 2)}\n`);
    });
}

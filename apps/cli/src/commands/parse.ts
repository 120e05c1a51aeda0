import { Option, type Command } from 'commander';
import { readTranscript, TRANSCRIPT_FORMATS } from '@talkgraph/transcript';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('print the normalized transcript as JSON')
    .argument('<file>', 'transcript file (VTT, SRT, whisper JSON, timestamped, speaker turns or plain text)')
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
      await print(`${JSON.stringify(transcript, null, 2)}\n`);
    });
}

/** Writes to stdout; a reader that stops early (`talkgraph parse f | head`) closes the pipe, which is no error. */
function print(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const isClosedPipe = (error: NodeJS.ErrnoException) => error.code === 'EPIPE';
    process.stdout.once('error', (error: NodeJS.ErrnoException) => (isClosedPipe(error) ? resolve() : reject(error)));
    process.stdout.write(text, (error) => (error && !isClosedPipe(error) ? reject(error) : resolve()));
  });
}

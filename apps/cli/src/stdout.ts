import { TalkgraphError } from '@talkgraph/errors';

/**
 * Writes to stdout and waits until the text is out. A reader that stops early (`talkgraph parse f
 * | head`) closes the pipe, which is no error; any other write error (a full disk behind
 * `> file`) is, so that a cut-off result never exits 0.
 */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // The callback and the 'error' event may both report one failure; the first settles.
    const settle = (error: NodeJS.ErrnoException | null | undefined) => {
      if (!error || error.code === 'EPIPE') resolve();
      else
        reject(
          // Where the output goes is the user's to fix, like an input file.
          new TalkgraphError(
            'input',
            `cannot write the output to stdout (${error.code ?? error.message}); check the disk or the pipe`,
          ),
        );
    };
    process.stdout.once('error', settle);
    try {
      process.stdout.write(text, settle);
    } catch (error) {
      settle(error as NodeJS.ErrnoException);
    }
  });
}

/**
 * A problem with the user's input. The CLI prints the message as one line and exits with 1,
 * so the message names the file and says what is wrong with it.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

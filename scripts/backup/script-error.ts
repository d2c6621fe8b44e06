import { ConfigError } from '../../libs/api/core/src/lib/config/app-config';

/** A failure the user can act on: printed as its one-line message, without a stack trace. */
export class ScriptError extends Error {}

/** Runs a script's main function: exit 0 when it succeeds, one clear line and exit 1 when it does not. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof ScriptError || error instanceof ConfigError) console.error(error.message);
      else console.error('Failed:', error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

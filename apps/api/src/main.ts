import 'reflect-metadata';
import { runCli } from './cli/run-cli';

// One entry point for the server and its admin commands: `node main.js [serve|migrate|token|emit-schema]`.
runCli(process.argv.slice(2)).then(
  (code) => {
    if (code !== null) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

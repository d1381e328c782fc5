/** `npm run kmipctl -- …`: see `kmipctl --help`. */
import { runKmipctl } from './kmipctl';

runKmipctl(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`kmipctl: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  },
);

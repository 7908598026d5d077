import { concurrently } from 'concurrently';
import { entryPointOf, OFFICE_GATEWAY_ENV, SUBGRAPHS } from '../subgraphs/registry';

/**
 * `npm start`: every subgraph of the registry and then the gateway, each its own process
 * (as in production), with prefixed output. One exiting leaves the others running, as a
 * department down for maintenance does; Ctrl-C stops them all.
 * `npm start -- labor gateway` starts only the services named.
 */
const COLORS = ['blue', 'green', 'yellow', 'magenta', 'red', 'white'];

const commands = [
  ...SUBGRAPHS.map((s, i) => ({ name: s.name, command: `node dist/${entryPointOf(s.name)}`, prefixColor: COLORS[i % COLORS.length] })),
  { name: 'gateway', command: 'node dist/gateway/src/main.js', prefixColor: 'cyan' },
];

// Defaults an operator's environment overrides.
for (const [key, value] of Object.entries(OFFICE_GATEWAY_ENV)) process.env[key] ??= value;

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !commands.some((c) => c.name === name));
if (unknown.length) {
  process.stderr.write(`unknown service(s): ${unknown.join(', ')}; known: ${commands.map((c) => c.name).join(', ')}\n`);
  process.exit(2);
}

const { result } = concurrently(wanted.length ? commands.filter((c) => wanted.includes(c.name)) : commands, {
  prefix: 'name',
});
result.then(
  () => process.exit(0),
  () => process.exit(1),
);

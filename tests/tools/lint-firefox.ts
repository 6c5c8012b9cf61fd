/**
 * `npm run lint:firefox`: web-ext lint (Mozilla's add-on linter, what addons.mozilla.org runs)
 * on the Firefox build. Fails on any error, and on any warning not explained below and in the
 * docs/testing.md ("Firefox lint warnings"), so a new warning is either fixed or explained.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sourceDir = path.join(projectRoot, process.argv[2] ?? '.output/firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

/** Warnings known to be harmless, each with the reason docs/testing.md gives. */
const explainedWarnings: { code: string; file: RegExp; reason: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /\.js$/,
    reason:
      "preact's DOM renderer contains `innerHTML` for `dangerouslySetInnerHTML`, which no " +
      'component of ours uses; the content script loads its hover-card chunk with import() of ' +
      'a runtime.getURL() address inside the extension (no remote code).',
  },
];

if (!existsSync(path.join(sourceDir, 'manifest.json'))) {
  console.error(`No Firefox build at ${sourceDir}: run \`npm run build\` first.`);
  process.exit(1);
}
const webExt = path.join(projectRoot, 'node_modules/.bin/web-ext');
const run = spawnSync(
  webExt,
  ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'],
  {
    encoding: 'utf8',
  },
);
const report = JSON.parse(run.stdout) as {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
};
const describe = (message: LintMessage) =>
  `${message.code} ${message.file ?? ''}${message.line ? `:${message.line}` : ''} ${message.message}`;
const unexplained = report.warnings.filter(
  (warning) =>
    !explainedWarnings.some(
      (known) => known.code === warning.code && known.file.test(warning.file ?? ''),
    ),
);
console.log(
  `web-ext lint ${path.relative(projectRoot, sourceDir)}: ${report.summary.errors} errors, ` +
    `${report.summary.warnings} warnings (${report.summary.warnings - unexplained.length} explained), ` +
    `${report.summary.notices} notices`,
);
for (const warning of report.warnings) console.log(`  warning: ${describe(warning)}`);
for (const error of report.errors) console.error(`  ERROR: ${describe(error)}`);
for (const warning of unexplained) console.error(`  UNEXPLAINED: ${describe(warning)}`);
process.exit(report.errors.length > 0 || unexplained.length > 0 ? 1 : 0);

/**
 * The date a build gives as "made on" and "today": the same for every build of one commit,
 * so two builds of a commit are identical and a test run that passes midnight still agrees
 * with the build. SOURCE_DATE_EPOCH (reproducible-builds.org: seconds since 1970) when set,
 * else the last commit's date, else, outside a git checkout (an exported tree), the clock.
 */
import { execFileSync } from 'node:child_process';

function read(): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not '${epoch}'`);
    return new Date(Number(epoch) * 1000);
  }
  try {
    const committed = execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d+$/.test(committed)) return new Date(Number(committed) * 1000);
  } catch {
    // No git, or not a repository with a commit: fall through to the clock.
  }
  return new Date();
}

/** Read once, when the build loads this module: every page of a build has the same date. */
export const buildDate = read();

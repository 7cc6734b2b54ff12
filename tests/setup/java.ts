/** Which Java runs the W3C Nu HTML Checker (vnu.jar): JAVA_PATH, else Debian's (installed by ensure-test-tools.ts). */
import { existsSync } from 'node:fs';

export function findJava(): string | undefined {
  return [process.env['JAVA_PATH'], '/usr/bin/java'].find((p): p is string => !!p && existsSync(p));
}

/** Which nginx the server tests run: NGINX_PATH, else Debian's (installed by ensure-test-tools.ts). */
import { existsSync } from 'node:fs';

export function findNginx(): string | undefined {
  return [process.env['NGINX_PATH'], '/usr/sbin/nginx'].find((p): p is string => !!p && existsSync(p));
}

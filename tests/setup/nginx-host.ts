/**
 * Serves the built site through real nginx with the repository's nginx.conf, for the browser
 * tests: `node tests/setup/nginx-host.ts [port] [folder, default dist/]`. Only the address and
 * the folder are changed;
 * everything else is the configuration as deployed. Runs in the foreground until stopped.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNginx } from './nginx.ts';

const port = Number(process.argv[2] ?? 4324);
const dist = process.argv[3] ? resolve(process.argv[3]) : fileURLToPath(new URL('../../dist/', import.meta.url));
const nginx = findNginx();
if (!nginx) throw new Error('no nginx: run node tests/setup/ensure-test-tools.ts');

const replace = (text: string, pattern: RegExp, by: string) => {
  if (!pattern.test(text)) throw new Error(`nginx.conf: no line matches ${pattern}; the test harness needs it`);
  return text.replace(pattern, by);
};
let site = readFileSync(new URL('../../nginx.conf', import.meta.url), 'utf8');
site = replace(site, /^\s*listen 80;$/m, `    listen 127.0.0.1:${port};`);
site = replace(site, /^\s*listen \[::\]:80;$/m, '');
site = replace(site, /^\s*root .*;$/m, `    root ${dist};`);
site = site.replaceAll('/var/www/migranten-haarlemmermeer/dist/', `${dist}/`);

const dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
writeFileSync(join(dir, 'site.conf'), site);
writeFileSync(
  join(dir, 'nginx.conf'),
  `# Test wrapper: a private prefix, no daemon, temporary files in ${dir}.
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
);

const child = spawn(nginx, ['-e', 'stderr', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
console.log(`dist/ served through nginx on http://localhost:${port}`);
const stop = () => child.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));

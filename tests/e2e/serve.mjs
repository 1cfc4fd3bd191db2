// A static file server on 127.0.0.1 for the demo site and the browser tests.
//
// Serves one directory (or several mounted under path prefixes), with the right types
// for modules and WebAssembly, never anything outside them. Run directly it serves
// `www/` for `make run`: node tests/e2e/serve.mjs [DIR] [PORT]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  // Pages keep their own charset (a saved page may be windows-1251).
  '.html': 'text/html',
  '.htm': 'text/html',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts a server. `mounts` maps a URL prefix ("/", "/corpus/") to a directory;
 * `routes` maps exact paths to handlers `(req, res) => void` for pages a test builds
 * itself; `headers(path)` adds response headers to files (a Content-Security-Policy).
 * Resolves to `{url, close, requests, foreign}`: `requests` lists every path asked for;
 * `foreign` every request for another host that reached it as a proxy (a browser
 * pointed at this server as its proxy sends everything not for 127.0.0.1 here, so a
 * test sees any request that would have left the machine, and none does).
 */
export async function serve({ mounts, routes = {}, headers = () => ({}), port = 0 }) {
  const roots = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const requests = [];
  const foreign = [];
  const server = createServer(async (req, res) => {
    if (/^[a-z]+:\/\//i.test(req.url) && !req.url.startsWith(`http://127.0.0.1:${server.address().port}/`)) {
      foreign.push(req.url); // a proxied request for another host: refused
      res.writeHead(502, { 'content-type': 'text/plain' });
      return res.end('no network in tests\n');
    }
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    requests.push(path);
    if (routes[path]) return routes[path](req, res);
    for (const [prefix, root] of roots) {
      if (!path.startsWith(prefix)) continue;
      let file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) break; // no way out of the root
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] || 'application/octet-stream',
          'cache-control': 'no-store',
          ...headers(path),
        });
        return res.end(body);
      } catch {
        break;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found\n');
  });
  server.on('connect', (req, socket) => {
    foreign.push(`CONNECT ${req.url}`); // a proxied https request: refused
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    requests,
    foreign,
    close: () => {
      server.closeAllConnections?.();
      return new Promise((ok) => server.close(ok));
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] || 'www';
  const wanted = Number(process.argv[3] || 8080);
  let s;
  try {
    s = await serve({ mounts: { '/': dir }, port: wanted });
  } catch (e) {
    if (e.code !== 'EADDRINUSE') throw e;
    s = await serve({ mounts: { '/': dir } }); // any free port
  }
  console.log(`Unboil demo: ${s.url}/   (serving ${dir}; Ctrl-C stops)`);
}

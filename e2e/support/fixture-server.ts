/**
 * A tiny web server the URL tests start themselves on localhost: one page that allows
 * cross-site reading, one that does not (as most news sites), and one that 404s.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SERVED_ARTICLE = `<!doctype html><html><head><title>Lighthouse keepers return to Fair Isle</title>
<style>body { display: none }</style><script>window.__pwned = 'script';</script></head>
<body><nav><a href="/">Home</a> · <a href="/news">News</a></nav>
<article><h1>Lighthouse keepers return to Fair Isle</h1>
<p>LERWICK — Two keepers moved back into the old lighthouse on Fair Isle on Monday, the trust that runs it said.</p>
<p onclick="window.__pwned = 'onclick'">“It feels like coming home,” said Ailsa Brown, who first worked there in 1998. <img src="x" onerror="window.__pwned = 'onerror'"></p>
<h2>Visitors welcome</h2>
<p>The trust expects the first visitors in May, when the ferry from Shetland resumes its summer timetable.</p>
<p>Keepers will lead tours twice a week and record the weather every three hours, as the station did until 1998.</p>
</article><footer>© 2026 Example Isles Trust</footer></body></html>`;

export interface FixtureServer {
  url: string;
  close: () => Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    if (req.url === '/open/article.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' });
      res.end(SERVED_ARTICLE);
    } else if (req.url === '/closed/article.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(SERVED_ARTICLE);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

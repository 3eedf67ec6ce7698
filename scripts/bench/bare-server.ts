/**
 * Child process of `bench:lesson`: a bare node:http server that answers every
 * request with the very bytes (and content type) the app sent for the lesson
 * page. It sets the floor for what serving those bytes costs on this machine.
 * Run apart from the load generator, as the app is, so both get the same share of CPU.
 *
 *   tsx scripts/bench/bare-server.ts <body file> <port> <content type>
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port, contentType] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: bare-server.ts <body file> <port> <content type>');
const body = readFileSync(file);
const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': contentType ?? 'text/html; charset=utf-8', 'Content-Length': body.byteLength });
  response.end(body);
});
server.listen(Number(port), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

// Bytes on a socket of their own, for requests fetch and node's client refuse to send (bad
// escapes left as they are, `..` segments, odd methods, broken framing).
import { connect } from 'node:net';

export interface RawReply {
  /** 0 when the server closed the connection without an answer. */
  status: number;
  /** Header names in lower case; the last value of a repeated header. */
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `bytes` to 127.0.0.1:`port` and reads the answer until the server closes (the requests
 * say `Connection: close`). When nothing has come back after `settleMs`, the request is taken
 * to be incomplete (a body shorter than its Content-Length) and the socket is half-closed, which
 * node's server answers as a broken request. Rejects when the server has not closed within
 * `timeoutMs`: a server that stopped answering.
 */
export function rawRequest(port: number, bytes: string | Buffer, { timeoutMs = 10_000, settleMs = 2_000 }: { timeoutMs?: number; settleMs?: number } = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(String(bytes).slice(0, 200))}`));
    }, timeoutMs);
    const settle = Number.isFinite(settleMs) ? setTimeout(() => socket.end(), settleMs) : undefined;
    let received = 0;
    let framing: { headerEnd: number; length: number | 'chunked' } | null | undefined;
    socket.on('data', (chunk: Buffer) => {
      clearTimeout(settle);
      chunks.push(chunk);
      received += chunk.length;
      // A whole answer is enough, as for any client: a streamed one (SSE, multipart) may keep
      // its connection open a while after its last event.
      if (framing === undefined) framing = framingOf(Buffer.concat(chunks).toString('latin1'));
      if (!framing) return;
      const whole = framing.length === 'chunked' ? chunk.toString('latin1').endsWith('\r\n0\r\n\r\n') : received >= framing.headerEnd + framing.length;
      if (whole) socket.destroy();
    });
    // A reset after the answer (the server refusing the rest of a body) still leaves the answer.
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      clearTimeout(settle);
      resolve(parse(Buffer.concat(chunks).toString('latin1')));
    });
    socket.write(bytes);
  });
}

function parse(text: string): RawReply {
  // Interim answers (100 Continue to `Expect: 100-continue`) come before the real one.
  while (/^HTTP\/1\.[01] 1\d\d/.test(text) && text.includes('\r\n\r\n')) text = text.slice(text.indexOf('\r\n\r\n') + 4);
  const match = /^HTTP\/1\.[01] (\d{3})[^\r\n]*\r\n/.exec(text);
  if (!match) return { status: 0, headers: {}, body: text };
  const end = text.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of text.slice(match[0].length, end < 0 ? undefined : end).split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = end < 0 ? '' : text.slice(end + 4);
  return { status: Number(match[1]), headers, body: headers['transfer-encoding'] === 'chunked' ? dechunk(body) : body };
}

/**
 * Where the final answer's body starts and how it is framed, once its head has arrived
 * (undefined before; null when its length is known only from the connection closing).
 */
function framingOf(text: string): { headerEnd: number; length: number | 'chunked' } | null | undefined {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\r\n\r\n', start);
    if (end < 0) return undefined;
    const head = text.slice(start, end);
    if (/^HTTP\/1\.[01] 1\d\d/.test(head)) {
      start = end + 4;
      continue;
    }
    if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) return { headerEnd: end + 4, length: 'chunked' };
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1];
    return length === undefined ? null : { headerEnd: end + 4, length: Number(length) };
  }
}

/** The payload of a chunked body (sizes in hex, each chunk followed by CRLF, a 0 chunk last). */
function dechunk(body: string): string {
  let out = '';
  for (let at = 0; at < body.length; ) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.slice(at, lineEnd), 16);
    if (lineEnd < 0 || !(size > 0)) break;
    out += body.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
  return out;
}

/** `METHOD target HTTP/1.1` with a Host header, the given headers and body, `Connection: close`. */
export function requestBytes(method: string, target: string, headers: [string, string][] = [], body = ''): string {
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', ...headers.map(([name, value]) => `${name}: ${value}`), 'Connection: close'];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * The open-loop phase's HTTP client: a fixed number of keep-alive connections, each carrying one
 * request at a time, a request that finds them all busy waiting for the first one free — what
 * wrk2 does. It shares the two cores with the process it measures, so it must cost little: a
 * request is one socket write of text built with one template, an answer is read by its status
 * line and Content-Length (both sides here answer with one; an answer without it is an error,
 * never a guess). Node's http.request with an Agent cost 0.3–0.5 ms of CPU per request here and
 * undici's Pool 0.2–0.3 — as much as the baseline's whole answer to a write, and a fifth of a core
 * at the write's rate, taken from whichever side was being measured.
 */
import net from 'node:net';

interface Pending {
  body: string;
  headers: Record<string, string>;
  done: (status: number) => void;
}

const HEADER_END = Buffer.from('\r\n\r\n');

class Connection {
  private socket: net.Socket;
  private chunks: Buffer[] = [];
  private length = 0;
  /** Bytes of the answer being read, once its head is read (-1: not yet). */
  private expected = -1;
  private status = 0;
  private current: Pending | null = null;
  private failed: Error | null = null;

  constructor(
    host: string,
    port: number,
    private readonly path: string,
    private readonly hostHeader: string,
    private readonly free: (c: Connection) => void,
  ) {
    this.socket = net.connect({ host, port, noDelay: true });
    this.socket.on('data', (d) => this.read(d));
    const fail = (err: Error) => {
      this.failed ??= err;
      this.current?.done(0);
      this.current = null;
    };
    this.socket.on('error', fail);
    this.socket.on('close', () => fail(new Error('connection closed')));
  }

  get busy(): boolean {
    return this.current != null;
  }

  send(p: Pending): void {
    if (this.failed) return p.done(0);
    this.current = p;
    let head = `POST ${this.path} HTTP/1.1\r\nhost: ${this.hostHeader}\r\ncontent-length: ${Buffer.byteLength(p.body)}\r\n`;
    for (const k in p.headers) head += `${k}: ${p.headers[k]}\r\n`;
    this.socket.write(head + '\r\n' + p.body);
  }

  private read(d: Buffer): void {
    this.chunks.push(d);
    this.length += d.length;
    if (this.expected < 0) {
      const buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      const end = buf.indexOf(HEADER_END);
      if (end < 0) return;
      const head = buf.toString('latin1', 0, end);
      this.status = Number(head.slice(9, 12));
      const m = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      if (!m) {
        this.failed = new Error(`an answer without Content-Length: ${head.split('\r\n')[0]}`);
        this.socket.destroy(this.failed);
        return;
      }
      this.expected = end + 4 + Number(m[1]);
      this.chunks = [buf];
    }
    if (this.length < this.expected) return;
    if (this.length > this.expected) {
      this.failed = new Error('more bytes than one answer (pipelining is not used)');
      this.socket.destroy(this.failed);
      return;
    }
    const p = this.current!;
    this.current = null;
    this.chunks = [];
    this.length = 0;
    this.expected = -1;
    p.done(this.status);
    this.free(this);
  }

  close(): void {
    this.socket.destroy();
  }

  error(): Error | null {
    return this.failed;
  }
}

/** `connections` keep-alive connections to `url` (POST only), requests queued when all are busy. */
export class RawHttpPool {
  private readonly conns: Connection[];
  private readonly queue: Pending[] = [];
  private head = 0;

  constructor(url: URL, connections: number) {
    const next = (c: Connection) => {
      if (this.head < this.queue.length) {
        const p = this.queue[this.head];
        this.queue[this.head++] = undefined as unknown as Pending;
        c.send(p);
      }
    };
    this.conns = Array.from({ length: connections }, () => new Connection(url.hostname, Number(url.port), url.pathname, url.host, next));
  }

  /** POST `body`; resolves to the answer's status (0 when the connection failed). */
  post(headers: Record<string, string>, body: string): Promise<number> {
    return new Promise((done) => {
      const p: Pending = { body, headers, done };
      const idle = this.conns.find((c) => !c.busy);
      if (idle) idle.send(p);
      else this.queue.push(p);
    });
  }

  /** The first error a connection met (a lost connection, an answer this client cannot read). */
  error(): Error | null {
    return this.conns.map((c) => c.error()).find((e) => e) ?? null;
  }

  close(): void {
    for (const c of this.conns) c.close();
  }
}

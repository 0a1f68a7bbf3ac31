/**
 * The open-loop phase's HTTP client: a fixed number of keep-alive connections, each carrying one
 * request at a time, a request that finds them all busy waiting for the first one free — what
 * wrk2 does. It shares the two cores with the process it measures, so it must cost little: a
 * request is one socket write of text built with one template, an answer is read by its status
 * line and Content-Length (both sides here answer with one; an answer without it is an error,
 * never a guess). Node's http.request with an Agent cost 0.3–0.5 ms of CPU per request here and
 * undici's Pool 0.2–0.3 — as much as the baseline's whole answer to a write, and a fifth of a core
 * at the write's rate, taken from whichever side was being measured. A request whose connection
 * is lost resolves to status 0 (the caller counts it as failed) and the next one opens a new
 * connection.
 */
import net from 'node:net';

interface Pending {
  body: string;
  headers: Record<string, string>;
  done: (status: number) => void;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * A connection idle longer than this is replaced before its next request rather than reused: a
 * server closes idle keep-alive connections (Node's default after 5 s; the benchmark's slow
 * operations leave some idle that long), and a request written just as the server closes would
 * fail for nothing. undici does the same (its keep-alive threshold).
 */
const IDLE_REUSE_MS = 2000;

class Connection {
  private socket: net.Socket | null = null;
  private chunks: Buffer[] = [];
  private length = 0;
  /** Bytes of the answer being read, once its head is read (-1: not yet). */
  private expected = -1;
  private status = 0;
  private current: Pending | null = null;
  private idleSince = 0;
  /** An answer this client cannot read: the run cannot be measured. */
  private fatal: Error | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly path: string,
    private readonly hostHeader: string,
    private readonly free: (c: Connection) => void,
  ) {}

  get busy(): boolean {
    return this.current != null;
  }

  private connect(): net.Socket {
    const socket = net.connect({ host: this.host, port: this.port, noDelay: true });
    socket.on('data', (d) => socket === this.socket && this.read(d));
    // A connection lost during a request fails that request (the caller counts it); the next
    // request opens a new one. Lost while idle (the server's keep-alive timeout), it is simply gone.
    const lost = () => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.reset();
      const p = this.current;
      this.current = null;
      if (p) {
        p.done(0);
        this.free(this);
      }
    };
    socket.on('error', lost);
    socket.on('close', lost);
    return socket;
  }

  send(p: Pending): void {
    if (this.fatal) {
      p.done(0);
      return this.free(this);
    }
    this.current = p;
    if (this.socket && performance.now() - this.idleSince > IDLE_REUSE_MS) {
      const old = this.socket;
      this.socket = null;
      old.destroy();
    }
    this.socket ??= this.connect();
    let head = `POST ${this.path} HTTP/1.1\r\nhost: ${this.hostHeader}\r\ncontent-length: ${Buffer.byteLength(p.body)}\r\n`;
    for (const k in p.headers) head += `${k}: ${p.headers[k]}\r\n`;
    this.socket.write(head + '\r\n' + p.body);
  }

  private reset(): void {
    this.chunks = [];
    this.length = 0;
    this.expected = -1;
  }

  private fail(err: Error): void {
    this.fatal = err;
    this.socket?.destroy();
  }

  private read(d: Buffer): void {
    if (!this.current) return this.fail(new Error('bytes with no request waiting for them'));
    this.chunks.push(d);
    this.length += d.length;
    if (this.expected < 0) {
      const buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      const end = buf.indexOf(HEADER_END);
      if (end < 0) return;
      const head = buf.toString('latin1', 0, end);
      this.status = Number(head.slice(9, 12));
      const m = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      if (!m) return this.fail(new Error(`an answer without Content-Length: ${head.split('\r\n')[0]}`));
      this.expected = end + 4 + Number(m[1]);
      this.chunks = [buf];
    }
    if (this.length < this.expected) return;
    if (this.length > this.expected) return this.fail(new Error('more bytes than one answer (pipelining is not used)'));
    const p = this.current;
    this.current = null;
    this.reset();
    this.idleSince = performance.now();
    p.done(this.status);
    this.free(this);
  }

  close(): void {
    const socket = this.socket;
    this.socket = null;
    socket?.destroy();
  }

  error(): Error | null {
    return this.fatal;
  }
}

/** `connections` keep-alive connections to `url` (POST only), requests queued when all are busy. */
export class RawHttpPool {
  private readonly conns: Connection[];
  private readonly queue: Pending[] = [];
  private head = 0;

  constructor(url: URL, connections: number) {
    // A connection is free: it takes the oldest waiting request. One that met an answer it could
    // not read fails them instead, all at once (else they would wait for ever when every
    // connection has failed so).
    const next = (c: Connection) => {
      while (this.head < this.queue.length) {
        const p = this.queue[this.head];
        this.queue[this.head++] = undefined as unknown as Pending;
        if (!c.error()) return c.send(p);
        p.done(0);
      }
    };
    this.conns = Array.from({ length: connections }, () => new Connection(url.hostname, Number(url.port), url.pathname, url.host, next));
  }

  /** POST `body`; resolves to the answer's status (0 when its connection was lost, or after an answer this client cannot read). */
  post(headers: Record<string, string>, body: string): Promise<number> {
    return new Promise((done) => {
      const p: Pending = { body, headers, done };
      const idle = this.conns.find((c) => !c.busy);
      if (idle) idle.send(p);
      else this.queue.push(p);
    });
  }

  /** The first answer a connection could not read (a lost connection is not an error here: its request counts as failed). */
  error(): Error | null {
    return this.conns.map((c) => c.error()).find((e) => e) ?? null;
  }

  close(): void {
    for (const c of this.conns) c.close();
  }
}

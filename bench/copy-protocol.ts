/**
 * `COPY … TO STDOUT` and `COPY … FROM STDIN` over the `pg` driver's submittable interface: the COPY
 * sub-protocol messages are sent and read directly, so no pg-copy-streams dependency is needed.
 */
import type pg from 'pg';

type Connection = {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
};

/** The methods pg's client calls on an active query; unused messages are ignored. */
abstract class CopyQuery {
  callback?: (error: Error | null) => void;
  protected error: Error | null = null;
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  submit(connection: Connection) {
    connection.query(this.text);
    return null;
  }
  handleError(error: Error) {
    // pg clears the active query on an error message, so this is the last call this query gets.
    this.callback?.(error);
    this.callback = undefined;
  }
  handleReadyForQuery() {
    this.callback?.(this.error);
    this.callback = undefined;
  }
  handleCommandComplete() {}
  handleRowDescription() {}
  handleDataRow() {}
  handleEmptyQuery() {}
  handlePortalSuspended() {}
  handleCopyInResponse(_connection: Connection) {}
  handleCopyData(_message: { chunk: Buffer }) {}
}

class CopyIn extends CopyQuery {
  private readonly chunks: Buffer[];
  constructor(text: string, chunks: Buffer[]) {
    super(text);
    this.chunks = chunks;
  }
  override handleCopyInResponse(connection: Connection) {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(chunk);
    connection.endCopyFrom();
  }
}

class CopyOut extends CopyQuery {
  readonly chunks: Buffer[] = [];
  override handleCopyData(message: { chunk: Buffer }) {
    // The parser reuses its buffer: keep a copy of each row.
    this.chunks.push(Buffer.from(message.chunk));
  }
}

function run(client: pg.PoolClient | pg.Client, query: CopyQuery): Promise<void> {
  return new Promise((resolve, reject) => {
    query.callback = (error) => (error ? reject(error) : resolve());
    void client.query(query as unknown as pg.QueryConfig);
  });
}

/** Runs `COPY (select …) TO STDOUT` and returns the text-format data, one Buffer per row. */
export async function copyOut(client: pg.PoolClient | pg.Client, select: string): Promise<Buffer[]> {
  const query = new CopyOut(`copy (${select}) to stdout`);
  await run(client, query);
  return query.chunks;
}

/** Sends text-format rows to `COPY table (columns) FROM STDIN`. */
export async function copyIn(client: pg.PoolClient | pg.Client, table: string, columns: string[], chunks: Buffer[]) {
  // One CopyData message per ~1 MiB instead of one per row: fewer writes, same bytes.
  const merged: Buffer[] = [];
  for (let start = 0; start < chunks.length;) {
    let end = start;
    let size = 0;
    while (end < chunks.length && size < 2 ** 20) size += chunks[end++]!.length;
    merged.push(Buffer.concat(chunks.slice(start, end), size));
    start = end;
  }
  await run(client, new CopyIn(`copy ${table} (${columns.join(', ')}) from stdin`, merged));
}

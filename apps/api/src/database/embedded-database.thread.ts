/**
 * The embedded database's thread, as source for `new Worker(…, { eval: true })` (a file of
 * its own would not load under the test runner's TypeScript transform): opens PGlite, serves
 * it on a loopback port, closes it on 'stop'.
 *
 * It speaks the wire protocol itself instead of through @electric-sql/pglite-socket, which
 * hands PGlite one protocol message at a time and writes each answer apart: a prepared
 * statement's Bind, Execute and Sync were three calls into PGlite and three socket writes.
 * Here every complete message of a read goes to PGlite in one call and its answer in one write.
 *
 * PGlite is one session, so one client is served at a time; a second waits (paused) until the
 * first hangs up, which is what a pool reconnecting does, instead of being refused. A client
 * that hangs up inside a transaction leaves it rolled back, as a server's backend would.
 */
export const DATABASE_THREAD = `
  const { parentPort, workerData } = require('node:worker_threads');
  const { createServer } = require('node:net');
  const { PGlite } = require(workerData.pglite);

  const PROTOCOL_3 = 196608;
  const SSL_REQUEST = 80877103;
  const GSSENC_REQUEST = 80877104;
  const CANCEL_REQUEST = 80877102;
  const TERMINATE = 0x58;

  /**
   * The complete messages at the start of buf (each a type byte, then its length): where they
   * end, and whether a Terminate follows them (the client hangs up; it is not PGlite's to read).
   */
  function completeMessages(buf) {
    let end = 0;
    while (end + 5 <= buf.length) {
      if (buf[end] === TERMINATE) return { end, terminated: true };
      const next = end + 1 + buf.readInt32BE(end + 1);
      if (next > buf.length) break;
      end = next;
    }
    return { end, terminated: false };
  }

  function serve(db) {
    let turn = Promise.resolve();
    const inTurn = (work) => (turn = turn.then(work, work));
    const exec = (socket, received) => {
      // A copy: what the socket handed over is not ours to keep until PGlite's turn comes.
      const messages = new Uint8Array(received);
      return inTurn(async () => {
        const answer = [];
        await db.execProtocolRawStream(messages, {
          onRawData: (chunk) => answer.push(Buffer.from(chunk)),
        });
        if (!answer.length || socket.destroyed) return;
        socket.cork();
        for (const chunk of answer) socket.write(chunk);
        socket.uncork();
      }).catch(() => socket.destroy());
    };

    let current = null;
    const waiting = [];
    const next = () => {
      current = waiting.shift() || null;
      if (current) current.resume();
    };

    const attach = (socket) => {
      socket.setNoDelay(true);
      let started = false;
      let pending = Buffer.alloc(0);
      socket.on('data', (chunk) => {
        pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
        while (!started && pending.length >= 8) {
          const length = pending.readInt32BE(0);
          const code = pending.readInt32BE(4);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            pending = pending.subarray(8);
            socket.write('N');
          } else if (code === CANCEL_REQUEST) {
            // Nothing to cancel: a statement here runs to its end before the next is read.
            socket.destroy();
            return;
          } else if (pending.length < length) {
            return;
          } else {
            const startup = pending.subarray(0, length);
            pending = pending.subarray(length);
            started = code === PROTOCOL_3;
            if (!started) {
              socket.destroy();
              return;
            }
            exec(socket, startup);
          }
        }
        if (!started) return;
        const { end, terminated } = completeMessages(pending);
        if (end > 0) exec(socket, pending.subarray(0, end));
        pending = pending.subarray(end);
        if (terminated) socket.end();
      });
      socket.on('error', () => socket.destroy());
      socket.once('close', () => {
        if (current !== socket) {
          const at = waiting.indexOf(socket);
          if (at >= 0) waiting.splice(at, 1);
          return;
        }
        inTurn(async () => {
          if (db.isInTransaction()) await db.exec('ROLLBACK');
        }).catch(() => undefined);
        next();
      });
    };

    return createServer((socket) => {
      attach(socket);
      if (current) {
        socket.pause();
        waiting.push(socket);
      } else {
        current = socket;
      }
    });
  }

  (async () => {
    const db = await PGlite.create(workerData.path, { postgresqlconf: workerData.settings });
    const server = serve(db);
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    parentPort.once('message', async () => {
      server.close();
      await db.close();
      process.exit(0);
    });
    const { address, port } = server.address();
    parentPort.postMessage({ address: address + ':' + port });
  })().catch((error) => parentPort.postMessage({ error: String(error && error.message || error) }));
`;

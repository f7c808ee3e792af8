// Fault injection for the sender: a minimal SMTP server on loopback that misbehaves at a chosen point
// of the transaction: drops the connection without the reply a real server would give there, answers
// "try again later", or takes its time before accepting the message.
import net from 'node:net';

export type Fault =
  /** The connection drops at RCPT TO: nothing was sent. */
  | 'at-recipient'
  /** The message arrives in full, the reply to the final dot never leaves. */
  | 'after-message'
  /** RCPT TO is answered 451, quoting the recipient (RFC 5321 §4.2.2: a temporary failure). */
  | 'busy-at-recipient'
  /** The first RCPT TO of a transaction is refused 550 (no such user); the others are accepted. */
  | 'refuses-first-recipient'
  /** The final dot is answered 250, but only after `delayMs`. */
  | 'slow-after-message';

export interface FaultySmtp {
  port: number;
  /** Messages received in full (up to and including the final dot). */
  messagesReceived: () => number;
  /** Messages whose final dot was answered 250: delivered. */
  messagesAccepted: () => number;
  close: () => Promise<void>;
}

export async function startFaultySmtp(fault: Fault, options: { delayMs?: number } = {}): Promise<FaultySmtp> {
  let received = 0;
  let accepted = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let inData = false;
    let buffer = '';
    let recipients = 0;
    socket.write('220 faulty.test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      if (inData) {
        const end = buffer.indexOf('\r\n.\r\n');
        if (end < 0) return;
        received++;
        inData = false;
        buffer = buffer.slice(end + 5);
        if (fault === 'after-message') return void socket.destroy();
        setTimeout(() => {
          accepted++;
          socket.write('250 queued as FAULTY1\r\n');
        }, options.delayMs ?? 0);
        return;
      }
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const original = buffer.slice(0, end);
        const line = original.toUpperCase();
        buffer = buffer.slice(end + 2);
        if (line.startsWith('EHLO') || line.startsWith('HELO')) socket.write('250 faulty.test\r\n');
        else if (line.startsWith('MAIL FROM')) {
          recipients = 0;
          socket.write('250 sender ok\r\n');
        } else if (line.startsWith('RCPT TO')) {
          if (fault === 'at-recipient') return void socket.destroy();
          // Like many servers, the reply quotes the recipient.
          const rcpt = /<[^>]*>/.exec(original)?.[0] ?? '<>';
          if (fault === 'busy-at-recipient') socket.write(`451 4.3.0 ${rcpt}: busy, try again later\r\n`);
          else if (fault === 'refuses-first-recipient' && recipients++ === 0)
            socket.write(`550 5.1.1 ${rcpt}: no such user\r\n`);
          else socket.write('250 recipient ok\r\n');
        } else if (line === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
          return;
        } else if (line === 'QUIT') return void socket.end('221 bye\r\n');
        else if (line === 'RSET') socket.write('250 reset\r\n');
        else socket.write('502 not implemented\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    messagesReceived: () => received,
    messagesAccepted: () => accepted,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

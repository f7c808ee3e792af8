// Fault injection for the sender: a minimal SMTP server on loopback that drops the connection at a
// chosen point of the transaction, without the reply a real server would give there.
import net from 'node:net';

export type DropPoint = 'at-recipient' | 'after-message';

export interface FaultySmtp {
  port: number;
  /** Messages received in full (up to and including the final dot). */
  messagesReceived: () => number;
  close: () => Promise<void>;
}

export async function startFaultySmtp(dropAt: DropPoint): Promise<FaultySmtp> {
  let received = 0;
  const server = net.createServer((socket) => {
    let inData = false;
    let buffer = '';
    socket.write('220 faulty.test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      if (inData) {
        if (!buffer.includes('\r\n.\r\n')) return;
        received++;
        socket.destroy(); // the message is here, the reply to the final dot never leaves
        return;
      }
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end).toUpperCase();
        buffer = buffer.slice(end + 2);
        if (line.startsWith('EHLO') || line.startsWith('HELO')) socket.write('250 faulty.test\r\n');
        else if (line.startsWith('MAIL FROM')) socket.write('250 sender ok\r\n');
        else if (line.startsWith('RCPT TO')) {
          if (dropAt === 'at-recipient') return void socket.destroy();
          socket.write('250 recipient ok\r\n');
        } else if (line === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
          return;
        } else if (line === 'QUIT') return void socket.end('221 bye\r\n');
        else socket.write('502 not implemented\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    messagesReceived: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

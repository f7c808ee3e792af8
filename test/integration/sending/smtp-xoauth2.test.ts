// SMTP_AUTH=xoauth2: the sender signs in with AUTH XOAUTH2 and the access token current at each
// connection, so a renewed token is used from the next reply on. A loopback server stands in for
// Gmail's or Microsoft 365's submission server and records what it was given.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpSender } from '../../../src/sending/smtp-transport.js';

interface OAuthSmtp {
  port: number;
  tokens: string[];
  close: () => Promise<void>;
}

async function startOAuthSmtp(): Promise<OAuthSmtp> {
  const tokens: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 oauth.test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            socket.write('250 queued\r\n');
          }
          continue;
        }
        if (/^EHLO/i.test(line)) socket.write('250-oauth.test\r\n250 AUTH XOAUTH2\r\n');
        else if (/^AUTH XOAUTH2 /i.test(line)) {
          // user=<user>^Aauth=Bearer <token>^A^A (RFC 7628 framing as Google and Microsoft use it).
          const fields = Buffer.from(line.slice(13), 'base64').toString().split(String.fromCharCode(1));
          const bearer = fields.find((f) => f.startsWith('auth=Bearer '))?.slice(12);
          tokens.push(bearer ?? '');
          socket.write(bearer ? '235 accepted\r\n' : '535 bad token\r\n');
        } else if (/^(MAIL|RCPT)/i.test(line)) socket.write('250 ok\r\n');
        else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    tokens,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('sending with SMTP_AUTH=xoauth2', () => {
  let smtp: OAuthSmtp;
  beforeAll(async () => {
    smtp = await startOAuthSmtp();
  });
  afterAll(async () => smtp?.close());

  it('signs in with the access token current at each connection', async () => {
    let token = 'first-token';
    const sender = createSmtpSender({
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: 'consult@example.test',
      auth: 'xoauth2',
      accessToken: () => token,
    });
    const raw = Buffer.from(
      'From: consult@example.test\r\nTo: asker@example.test\r\nSubject: t\r\n\r\nhello\r\n',
    );
    const envelope = { from: 'consult@example.test', to: ['asker@example.test'] };
    await sender.send(envelope, raw);
    token = 'renewed-token';
    await sender.send(envelope, raw);
    expect(smtp.tokens).toEqual(['first-token', 'renewed-token']);
  });
});

import pino from 'pino';

// Logs carry ids, never addresses, subjects or message text (patient details may hide in any of them).
// The redaction list is a second line of defence for fields that should never have been logged.
export function createLogger(level: string = 'info', name = 'codedesk') {
  return pino({
    name,
    level,
    redact: {
      paths: [
        'text',
        'html',
        'body',
        'subject',
        'from',
        'to',
        'address',
        'raw',
        '*.text',
        '*.html',
        '*.subject',
        '*.from',
        '*.to',
        '*.raw',
        'password',
        '*.password',
      ],
      censor: '[redacted]',
    },
  });
}

export type Logger = ReturnType<typeof createLogger>;

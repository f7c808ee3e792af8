// Generated coding questions for the benchmarks: realistic length and code mix, all different.
const PAIRS = [
  ['32555', '76942', '59'],
  ['32554', '32555', 'XS'],
  ['62328', '77003', ''],
  ['99214', '20610', '25'],
  ['64483', '64484', ''],
  ['32557', '75989', 'XU'],
  ['20611', '76942', ''],
  ['99204', '32555', '25'],
] as const;
const DX = ['J91.0', 'J90', 'C34.90', 'M17.11', 'M54.16', 'R06.02'];

export function generatedQuestion(
  i: number,
  messageId = `<bench.${i}.${process.pid}.${Date.now()}@clinic.example>`,
): string {
  const [a, b, mod] = PAIRS[i % PAIRS.length]!;
  const dx = DX[i % DX.length];
  const day = String((i % 27) + 1).padStart(2, '0');
  return [
    `From: Coder ${i % 7} <asker${i % 7}@clinic.example>`,
    'To: consult@example.test',
    `Subject: Question ${i}: ${a} with ${b}?`,
    `Message-ID: ${messageId}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hello,',
    `On DOS 03/${day}/2025 the physician performed ${a} and ${b}${mod ? `-${mod}` : ''} in the office, dx ${dx}.`,
    `Is ${b} separately payable with ${a}, and how many units of ${a} can we report?`,
    '',
    'Thanks,',
    `Coder ${i % 7}`,
    '',
  ].join('\r\n');
}

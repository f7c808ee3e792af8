// Whether a configured host is this machine: loopback servers may speak clear text (tests, a local
// relay); anything else must use TLS. IPv6 loopback is written bare or bracketed.
export const isLoopback = (host: string): boolean => /^(127\.|localhost$|::1$|\[::1\]$)/.test(host);

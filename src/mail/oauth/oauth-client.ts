// The OAuth 2.0 client that renews the mailbox's access token (RFC 6749 §6, refresh_token grant), with
// the token endpoints and scopes of Google and Microsoft 365 as defaults; OAUTH2_TOKEN_URL names any other.

export type OAuthProvider = 'google' | 'microsoft' | 'custom';

export interface OAuthClient {
  provider: OAuthProvider;
  tokenUrl: string;
  clientId: string;
  /** Absent for a public client (Microsoft's "mobile and desktop" registrations have none). */
  clientSecret?: string;
  refreshToken: string;
  /** Sent with each renewal when set; Microsoft needs it, Google keeps the scope first granted. */
  scope?: string;
}

/** Google: developers.google.com/identity/protocols/oauth2/web-server#offline, scope
 * https://mail.google.com/ for IMAP and SMTP. Microsoft: learn.microsoft.com, "Authenticate an IMAP, POP
 * or SMTP connection using OAuth" (the outlook.office365.com scopes, offline_access for a refresh token). */
export const PROVIDER_DEFAULTS = {
  google: { tokenUrl: () => 'https://oauth2.googleapis.com/token', scope: undefined },
  microsoft: {
    tokenUrl: (tenant: string) =>
      `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/oauth2/v2.0/token`,
    scope:
      'https://outlook.office365.com/IMAP.AccessAsUser.All https://outlook.office365.com/SMTP.Send offline_access',
  },
} as const;

/** The provider a mailbox host belongs to, when it is one of the two with defaults. */
export function providerOfHost(host: string): OAuthProvider {
  const h = host.toLowerCase();
  if (h === 'imap.gmail.com' || h === 'smtp.gmail.com') return 'google';
  if (/(^|\.)(office365\.com|outlook\.com)$/.test(h)) return 'microsoft';
  return 'custom';
}

export interface OAuthSettings {
  provider?: OAuthProvider;
  clientId?: string;
  clientSecret?: string;
  refreshToken?: string;
  tokenUrl?: string;
  scope?: string;
  tenant: string;
}

/** The client, or the list of what is missing for one. */
export function oauthClient(s: OAuthSettings, imapHost: string): OAuthClient | { missing: string[] } {
  const provider = s.provider ?? providerOfHost(imapHost);
  const defaults = provider === 'custom' ? undefined : PROVIDER_DEFAULTS[provider];
  const tokenUrl = s.tokenUrl ?? defaults?.tokenUrl(s.tenant);
  const missing = [
    ...(s.clientId ? [] : ['OAUTH2_CLIENT_ID']),
    ...(s.refreshToken ? [] : ['OAUTH2_REFRESH_TOKEN']),
    ...(tokenUrl ? [] : ['OAUTH2_TOKEN_URL']),
  ];
  if (missing.length) return { missing };
  return {
    provider,
    tokenUrl: tokenUrl!,
    clientId: s.clientId!,
    clientSecret: s.clientSecret,
    refreshToken: s.refreshToken!,
    scope: s.scope ?? defaults?.scope,
  };
}

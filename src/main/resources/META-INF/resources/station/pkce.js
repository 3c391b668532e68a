// OpenID Connect authorization code flow with PKCE (RFC 7636, S256) for a public client, on WebCrypto.
// WebCrypto exists only in secure contexts: serve the page over HTTPS (or from localhost).

const PENDING = 'yibao.station.pkce';

function base64url(bytes) {
  let text = '';
  for (const b of new Uint8Array(bytes)) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomToken(size) {
  return base64url(crypto.getRandomValues(new Uint8Array(size)));
}

async function challengeOf(verifier) {
  return base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
}

const discovered = new Map();

/** The provider's endpoints from its discovery document. */
export async function discover(issuer) {
  if (!discovered.has(issuer)) {
    const url = issuer.replace(/\/$/, '') + '/.well-known/openid-configuration';
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(`身份认证服务不可用（${res.status}）`);
    discovered.set(issuer, await res.json());
  }
  return discovered.get(issuer);
}

function redirectUri() {
  return location.origin + location.pathname;
}

/** Leaves for the provider's sign-in page; the verifier waits in sessionStorage for the way back. */
export async function beginSignIn(issuer, clientId) {
  const meta = await discover(issuer);
  const verifier = randomToken(48);
  const state = randomToken(16);
  const nonce = randomToken(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, redirectUri: redirectUri() }));
  const url = new URL(meta.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri(),
    scope: 'openid',
    state,
    nonce,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/** On the way back from the provider: exchanges the code for tokens; null when this is no such return. */
export async function completeSignIn(issuer, clientId) {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return null;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  // The code is single-use: keep it out of the address bar and the history.
  history.replaceState(null, '', location.pathname);
  if (params.has('error')) {
    throw new Error('登录未完成：' + (params.get('error_description') || params.get('error')));
  }
  if (!pending || params.get('state') !== pending.state) {
    throw new Error('登录状态不匹配，请重新登录');
  }
  return tokenRequest(issuer, {
    grant_type: 'authorization_code',
    code: params.get('code'),
    redirect_uri: pending.redirectUri,
    client_id: clientId,
    code_verifier: pending.verifier,
  });
}

/** A fresh access token from the refresh token, or an error when the sign-in session has ended. */
export function refresh(issuer, clientId, refreshToken) {
  return tokenRequest(issuer, { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId });
}

/** The provider's sign-out page, returning to the station page afterwards. */
export async function signOutUrl(issuer, clientId, idToken) {
  const meta = await discover(issuer);
  if (!meta.end_session_endpoint) return null;
  const url = new URL(meta.end_session_endpoint);
  const params = { client_id: clientId, post_logout_redirect_uri: redirectUri() };
  // With the ID token as a hint the provider signs out at once instead of asking for confirmation.
  if (idToken) params.id_token_hint = idToken;
  url.search = new URLSearchParams(params).toString();
  return url.toString();
}

async function tokenRequest(issuer, form) {
  const meta = await discover(issuer);
  const res = await fetch(meta.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams(form),
  });
  if (!res.ok) throw new Error(`身份认证服务拒绝了请求（${res.status}），请重新登录`);
  const body = await res.json();
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token || null,
    idToken: body.id_token || null,
    expiresAt: Date.now() + (body.expires_in || 300) * 1000,
  };
}

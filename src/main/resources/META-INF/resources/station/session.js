// Who is signed in: the tokens live in memory and, so that a reload keeps the station, in sessionStorage
// (cleared when the tab closes; never localStorage).
import * as pkce from './pkce.js';

const KEY = 'yibao.station.session';
const REFRESH_MARGIN_MS = 30_000;

export class Session {
  constructor(config) {
    this.config = config;
    this.tokens = JSON.parse(sessionStorage.getItem(KEY) || 'null');
  }

  get signedIn() {
    return !!this.tokens && (this.tokens.expiresAt > Date.now() || !!this.tokens.refreshToken);
  }

  /** The claims of the access token (for display and for choosing the station; the server decides access). */
  get claims() {
    if (!this.tokens) return {};
    const part = this.tokens.accessToken.split('.')[1] || '';
    const bytes = Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  store(tokens) {
    this.tokens = tokens;
    sessionStorage.setItem(KEY, JSON.stringify(tokens));
  }

  clear() {
    this.tokens = null;
    sessionStorage.removeItem(KEY);
  }

  /** Finishes an OIDC return if this page load is one. */
  async resume() {
    if (this.config.signIn !== 'oidc') return;
    const tokens = await pkce.completeSignIn(this.config.issuer, this.config.clientId);
    if (tokens) this.store(tokens);
  }

  async demoSignIn(user) {
    const res = await fetch('../api/v1/demo/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ user }),
    });
    if (!res.ok) throw new Error(`演示登录失败（${res.status}）`);
    const body = await res.json();
    this.store({ accessToken: body.accessToken, refreshToken: null, expiresAt: Date.now() + body.expiresIn * 1000 });
  }

  oidcSignIn() {
    return pkce.beginSignIn(this.config.issuer, this.config.clientId);
  }

  /** A token valid for at least a little while, refreshed when needed; throws when one must sign in again. */
  async accessToken() {
    const t = this.tokens;
    if (!t) throw new SignInRequired();
    if (t.expiresAt - REFRESH_MARGIN_MS > Date.now()) return t.accessToken;
    if (this.config.signIn === 'oidc' && t.refreshToken) {
      try {
        const fresh = await pkce.refresh(this.config.issuer, this.config.clientId, t.refreshToken);
        this.store({ ...fresh, idToken: fresh.idToken || t.idToken });
        return this.tokens.accessToken;
      } catch (e) {
        this.clear();
        throw new SignInRequired();
      }
    }
    this.clear();
    throw new SignInRequired();
  }

  /** Forgets the tokens; true when the browser is on its way to the provider's sign-out. */
  async signOut() {
    const idToken = this.tokens && this.tokens.idToken;
    const oidc = this.config.signIn === 'oidc';
    this.clear();
    if (!oidc) return false;
    const url = await pkce.signOutUrl(this.config.issuer, this.config.clientId, idToken).catch(() => null);
    if (!url) return false;
    location.assign(url);
    return true;
  }
}

export class SignInRequired extends Error {
  constructor() {
    super('登录已过期，请重新登录');
  }
}

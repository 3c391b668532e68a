// The station socket: connects with the bearer token in the subprotocol header (browsers cannot set
// Authorization on a WebSocket), reconnects by itself and asks for everything after the last alert it saw.

const MIN_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

export class StationSocket {
  /**
   * path: e.g. /ws/stations/nurse/W3; token(): a promise of a valid access token;
   * lastSeen(): the id of the newest alert shown (or null); on: {frame, status, signInRequired}.
   */
  constructor(path, token, lastSeen, on) {
    this.path = path;
    this.token = token;
    this.lastSeen = lastSeen;
    this.on = on;
    this.attempt = 0;
    this.closed = false;
    this.ws = null;
    this.timer = null;
    this.onOnline = () => this.reconnectNow();
    window.addEventListener('online', this.onOnline);
  }

  async open() {
    if (this.closed) return;
    this.on.status(this.attempt === 0 ? 'connecting' : 'retrying');
    let token;
    try {
      token = await this.token();
    } catch (e) {
      this.on.signInRequired(e);
      return;
    }
    const url = new URL(this.path, location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const since = this.lastSeen();
    if (since != null) url.searchParams.set('since', String(since));
    const carrier = encodeURIComponent('quarkus-http-upgrade#Authorization#Bearer ' + token);
    const ws = new WebSocket(url, ['bearer-token-carrier', carrier]);
    this.ws = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this.on.status('open');
    };
    ws.onmessage = (event) => {
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      this.on.frame(frame);
    };
    ws.onclose = () => {
      if (this.ws === ws) this.scheduleReconnect();
    };
  }

  scheduleReconnect() {
    this.ws = null;
    if (this.closed) return;
    this.attempt += 1;
    this.on.status('retrying', this.attempt);
    // Exponential back-off with jitter, so that a restarted server is not hit by every station at once.
    const ceiling = Math.min(MAX_DELAY_MS, MIN_DELAY_MS * 2 ** (this.attempt - 1));
    const delay = ceiling / 2 + Math.random() * ceiling / 2;
    this.timer = setTimeout(() => this.open(), delay);
  }

  reconnectNow() {
    if (this.closed || this.ws) return;
    clearTimeout(this.timer);
    this.open();
  }

  /** Sends a client frame; false when not connected. */
  send(frame) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  close() {
    this.closed = true;
    clearTimeout(this.timer);
    window.removeEventListener('online', this.onOnline);
    if (this.ws) {
      const ws = this.ws;
      this.ws = null;
      ws.close(1000);
    }
    this.on.status('offline');
  }
}

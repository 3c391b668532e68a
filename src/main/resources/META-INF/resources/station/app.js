// The station page: sign in, choose the station, show its alerts live and send feedback.
import { Session, SignInRequired } from './session.js';
import { StationSocket } from './socket.js';
import { alertCard, announcement, el, isUrgent } from './view.js';

const $ = (id) => document.getElementById(id);
const OFFICE_ROLES = ['insurance-officer', 'supervisor', 'admin'];
const STATION_KEY = 'yibao.station.chosen';
const RECENT = 100;
const CONNECTION = { offline: '未连接', connecting: '连接中…', open: '已连接', retrying: '连接中断，正在重连…' };

const state = {
  session: null,
  socket: null,
  station: null,
  alerts: new Map(),
  lastSeen: null,
  reasons: null,
};

// --- REST ------------------------------------------------------------------------------------------------

async function api(path, options = {}) {
  const token = await state.session.accessToken();
  const res = await fetch('..' + path, {
    ...options,
    headers: { Accept: 'application/json', Authorization: 'Bearer ' + token, ...(options.headers || {}) },
  });
  if (res.status === 401) {
    state.session.clear();
    throw new SignInRequired();
  }
  const body = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const detail = body && (body.errors && body.errors.length
      ? body.errors.map((e) => `${e.field}：${e.message}`).join('；') : body.detail || body.title);
    throw new Error(`请求失败（${res.status}）` + (detail ? '：' + detail : ''));
  }
  return body;
}

// --- messages to the user ----------------------------------------------------------------------------------

function showProblem(error) {
  if (error instanceof SignInRequired) {
    signedOut(error.message);
    return;
  }
  $('problem').textContent = error && error.message ? error.message : String(error);
  $('problem').hidden = false;
}

function clearProblem() {
  $('problem').hidden = true;
  $('problem').textContent = '';
}

function announce(text) {
  $('announcer').textContent = '';
  // A fresh text node makes screen readers read it even when the words repeat.
  setTimeout(() => { $('announcer').textContent = text; }, 50);
}

function connectionStatus(kind) {
  $('connection').dataset.state = kind;
  $('connection').textContent = CONNECTION[kind] || kind;
}

// --- sign-in -----------------------------------------------------------------------------------------------

async function showSignIn() {
  for (const id of ['station-picker', 'board', 'who', 'sign-out']) $(id).hidden = true;
  $('sign-in').hidden = false;
  if (state.session.config.signIn === 'demo') {
    $('demo-sign-in').hidden = false;
    const staff = await fetch('../api/v1/demo/staff', { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : []));
    $('demo-user').replaceChildren(...staff.map((m) =>
      el('option', { value: m.id }, `${m.name}（${m.description}）`)));
    $('demo-user').focus();
  } else {
    $('oidc-sign-in').hidden = false;
    $('oidc-button').focus();
  }
}

function signedOut(message) {
  closeStation();
  state.session.clear();
  if (message) {
    $('problem').textContent = message;
    $('problem').hidden = false;
  }
  showSignIn().catch(showProblem);
}

async function signedIn() {
  $('sign-in').hidden = true;
  const me = await api('/api/v1/me');
  const claims = state.session.claims;
  // A provider's subject is often an opaque id: show the name the person signs in with where the token has it.
  const chineseOrder = claims.family_name && claims.given_name ? claims.family_name + claims.given_name : null;
  const name = chineseOrder || claims.name || claims.preferred_username || claims.upn || me.id;
  $('who').textContent = [name, me.department, me.ward, me.doctorCode].filter(Boolean).join(' · ');
  $('who').hidden = false;
  $('sign-out').hidden = false;
  const stations = await stationsFor(me);
  if (stations.length === 0) {
    throw new Error('您的账号没有可用的工作站（医生需要工号，护士需要病区）');
  }
  const saved = sessionStorage.getItem(STATION_KEY);
  const chosen = stations.find((s) => s.path === saved) || (stations.length === 1 ? stations[0] : null);
  $('station').replaceChildren(...stations.map((s) =>
    el('option', { value: s.path, selected: chosen && s.path === chosen.path }, s.label)));
  $('station-form').onsubmit = (event) => {
    event.preventDefault();
    openStation(stations.find((s) => s.path === $('station').value));
  };
  $('change-station').hidden = stations.length < 2;
  if (chosen) {
    openStation(chosen);
  } else {
    $('station-picker').hidden = false;
    $('station').focus();
  }
}

/** The stations a user may watch: their own workstation or ward, or the office streams. */
async function stationsFor(me) {
  const roles = me.roles || [];
  const stations = [];
  if (roles.includes('physician') && me.doctorCode) {
    stations.push({ kind: 'physician', code: me.doctorCode, label: `医生工作站 · ${me.doctorCode}` });
  }
  if (roles.includes('nurse') && me.ward) {
    stations.push({ kind: 'nurse', code: me.ward, label: `护士站 · ${me.ward}` });
  }
  if (roles.some((r) => OFFICE_ROLES.includes(r))) {
    stations.push({ kind: 'office', code: 'hospital', label: '医保办 · 全院' });
    const hospital = await api('/api/v1/hospital').catch(() => ({ departments: [] }));
    for (const d of hospital.departments || []) {
      stations.push({ kind: 'office', code: d.code, label: `医保办 · ${d.name || d.code}` });
    }
  }
  return stations.map((s) => ({ ...s, path: `/ws/stations/${s.kind}/${encodeURIComponent(s.code)}` }));
}

// --- the board ---------------------------------------------------------------------------------------------

function closeStation() {
  if (state.socket) state.socket.close();
  state.socket = null;
  state.station = null;
  state.alerts.clear();
  state.lastSeen = null;
  $('alerts').replaceChildren();
}

function openStation(station) {
  closeStation();
  clearProblem();
  state.station = station;
  sessionStorage.setItem(STATION_KEY, station.path);
  $('station-picker').hidden = true;
  $('board').hidden = false;
  $('station-name').textContent = station.label;
  renderEmpty();
  loadRecent(station)
    .catch((e) => {
      // The socket replays from the start of the station's history instead; the page still fills up.
      showProblem(e);
    })
    .finally(() => connect(station));
}

/** The station's most recent alerts; the socket then asks for everything after the newest of them. */
async function loadRecent(station) {
  const page = await api(`/api/v1/alerts?station=${encodeURIComponent(station.kind + '/' + station.code)}`
    + `&size=${RECENT}`);
  if (state.station !== station) return;
  for (const alert of page.items || []) receive(alert, { quietly: true });
}

/**
 * After a reconnect the socket replays only alerts newer than the last one seen: the states of those already
 * shown (acknowledged elsewhere, resolved by a withdrawal) are read again over REST.
 */
function onStatus(kind) {
  const wasInterrupted = $('connection').dataset.state === 'retrying';
  connectionStatus(kind);
  if (kind === 'open' && wasInterrupted && state.station) {
    loadRecent(state.station).catch(showProblem);
  }
}

function connect(station) {
  if (state.station !== station) return;
  // Without any alert seen, since=0 asks for every alert of the station: none is lost between load and connect.
  if (state.lastSeen === null) state.lastSeen = 0;
  state.socket = new StationSocket(station.path, () => state.session.accessToken(), () => state.lastSeen, {
    frame: onFrame,
    status: onStatus,
    signInRequired: (e) => signedOut(e.message),
  });
  state.socket.open();
}

function onFrame(frame) {
  if (frame.type === 'alert' || frame.type === 'update') {
    const { type, ...record } = frame.alert || frame;
    receive(record);
  } else if (frame.type === 'error') {
    showProblem(new Error('工作站消息：' + (frame.message || '未知错误')));
    for (const card of $('alerts').querySelectorAll('[aria-busy="true"]')) setBusy(card, false);
  }
}

/** A new alert, or the current state of one (update frames and replay carry the whole record). */
function receive(record, { quietly = false } = {}) {
  const id = record.id ?? record.alertId;
  const known = state.alerts.get(id);
  // Frames may cross on their way from several instances: an older revision than the one shown is stale.
  if (known && (known.revision ?? 0) > (record.revision ?? 0)) return;
  const alert = { ...(known || {}), ...record, id };
  upsert(alert, !known && !quietly);
  if (!known && !quietly && alert.state === 'OPEN' && isUrgent(alert)) announce(announcement(alert));
}

function upsert(alert, fresh) {
  state.alerts.set(alert.id, alert);
  if (typeof alert.id === 'number' && (state.lastSeen === null || alert.id > state.lastSeen)) {
    state.lastSeen = alert.id;
  }
  const card = alertCard(alert, { onAck: acknowledge, onOverride: openOverride });
  if (fresh) card.classList.add('fresh');
  const list = $('alerts');
  card.tabIndex = -1;
  const old = list.querySelector(`[data-alert-id="${CSS.escape(String(alert.id))}"]`);
  if (old) {
    // Keep the keyboard user where they were: on the card's first button, or on the card itself.
    const hadFocus = old.contains(document.activeElement);
    old.replaceWith(card);
    if (hadFocus) (card.querySelector('button') || card).focus();
  } else {
    // Newest first: before the first card with a smaller id.
    const after = [...list.children].find((c) => Number(c.dataset.alertId) < alert.id);
    list.insertBefore(card, after || null);
  }
  applyFilter(card);
  renderEmpty();
}

function applyFilter(card) {
  card.hidden = $('open-only').checked && card.dataset.state !== 'OPEN';
}

function renderEmpty() {
  const visible = [...$('alerts').children].some((c) => !c.hidden);
  $('empty').hidden = visible;
}

// --- feedback ----------------------------------------------------------------------------------------------

function setBusy(card, busy) {
  // A disabled button drops the focus to the page: hold it on the card until the answer redraws it.
  if (busy && card.contains(document.activeElement)) card.focus();
  card.setAttribute('aria-busy', busy ? 'true' : 'false');
  for (const b of card.querySelectorAll('button')) b.disabled = busy;
}

async function sendFeedback(card, frame) {
  clearProblem();
  setBusy(card, true);
  // The socket answers with an update frame; without a connection the same feedback goes over REST.
  if (state.socket && state.socket.send(frame)) return;
  try {
    const updated = await api(`/api/v1/alerts/${encodeURIComponent(frame.alertId)}/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(frame),
    });
    if (updated && updated.id !== undefined) upsert({ ...state.alerts.get(updated.id), ...updated }, false);
  } catch (e) {
    setBusy(card, false);
    showProblem(e);
  }
}

function acknowledge(alert, card) {
  sendFeedback(card, { type: 'ack', alertId: alert.id });
}

async function overrideReasons() {
  if (!state.reasons) {
    state.reasons = await api('/api/v1/orders/override-reasons');
  }
  return state.reasons;
}

async function openOverride(alert, card) {
  if (card.querySelector('form.override')) {
    card.querySelector('form.override select').focus();
    return;
  }
  let reasons;
  try {
    reasons = await overrideReasons();
  } catch (e) {
    showProblem(e);
    return;
  }
  const form = $('override-template').content.firstElementChild.cloneNode(true);
  const select = form.querySelector('select');
  const comment = form.querySelector('textarea');
  select.id = `reason-${alert.id}`;
  comment.id = `comment-${alert.id}`;
  select.replaceChildren(el('option', { value: '' }, '请选择原因'),
    ...reasons.map((r) => el('option', { value: r.code, 'data-requires-comment': r.requiresComment }, r.label)));
  const close = () => {
    form.remove();
    const back = card.querySelector('.actions button.quiet');
    if (back) back.focus();
  };
  select.addEventListener('change', () => {
    comment.required = !!select.selectedOptions[0].dataset.requiresComment;
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  form.querySelector('[data-action="cancel"]').addEventListener('click', close);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sendFeedback(card, {
      type: 'override', alertId: alert.id, reasonCode: select.value, comment: comment.value.trim() || null,
    });
  });
  card.append(form);
  select.focus();
}

// --- start -------------------------------------------------------------------------------------------------

async function start() {
  const config = await fetch('config.json', { headers: { Accept: 'application/json' } }).then((r) => r.json());
  state.session = new Session(config);
  $('demo-sign-in').addEventListener('submit', (event) => {
    event.preventDefault();
    state.session.demoSignIn($('demo-user').value).then(signedIn).catch(showProblem);
  });
  $('oidc-button').addEventListener('click', () => state.session.oidcSignIn().catch(showProblem));
  $('sign-out').addEventListener('click', () => {
    closeStation();
    sessionStorage.removeItem(STATION_KEY);
    state.session.signOut().then((leaving) => leaving || showSignIn()).catch(showProblem);
  });
  $('change-station').addEventListener('click', () => {
    closeStation();
    $('board').hidden = true;
    $('station-picker').hidden = false;
    $('station').focus();
  });
  $('open-only').addEventListener('change', () => {
    for (const card of $('alerts').children) applyFilter(card);
    renderEmpty();
  });
  await state.session.resume();
  if (state.session.signedIn) {
    await signedIn();
  } else {
    await showSignIn();
  }
}

start().catch(showProblem);

// Renders alerts as DOM nodes. Text from the server only ever goes through textContent or attributes,
// never through innerHTML, so a message cannot inject markup.

export const SEVERITY = { INFO: '提示', WARNING: '警告', CRITICAL: '严重' };
export const STATE = { OPEN: '待处理', ACKNOWLEDGED: '已确认', OVERRIDDEN: '已忽略', RESOLVED: '已解除' };
const SEVERITY_RANK = { INFO: 0, WARNING: 1, CRITICAL: 2 };

/** el('p', {class: 'x'}, 'text', child…): an element with attributes and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function time(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleString('zh-CN', { hour12: false });
}

function fact(label, value) {
  return value ? el('div', {}, el('dt', {}, label), el('dd', {}, value)) : null;
}

/** The order lines concerned: full lines when the alert carries them, else the line ids. */
function lines(alert) {
  if (Array.isArray(alert.lines) && alert.lines.length) {
    return el('ul', { class: 'lines', 'aria-label': '相关医嘱' }, alert.lines.map((l) =>
      el('li', {}, [l.lineId, l.name, l.itemCode].filter(Boolean).join(' · '))));
  }
  const ids = Array.isArray(alert.lineIds) ? alert.lineIds : [];
  if (!ids.length) return null;
  const withdrawn = new Set(alert.withdrawnLineIds || []);
  return el('p', { class: 'lines-ids' }, '相关医嘱：',
    ids.map((id, i) => [i ? '、' : '', withdrawn.has(id) ? el('del', { title: '已撤销' }, id) : id]),
    alert.itemCode ? `（项目 ${alert.itemCode}）` : '');
}

function feedback(alert) {
  const f = alert.feedback || alert.lastFeedback;
  if (!f) return null;
  const who = f.by || f.userId || f.user || '';
  const parts = [who, f.reasonLabel || f.reasonCode, f.comment].filter(Boolean);
  return parts.length ? el('p', { class: 'feedback' }, '处理：' + parts.join(' · ')) : null;
}

/** A card for one alert; onAck(alert) and onOverride(alert, card) wire the buttons. */
export function alertCard(alert, { onAck, onOverride }) {
  const severity = SEVERITY[alert.severity] ? alert.severity : 'INFO';
  const state = STATE[alert.state] ? alert.state : 'OPEN';
  const count = Number(alert.count) || 1;
  const titleId = `alert-${alert.id}-title`;
  const card = el('li', {
    class: 'alert', 'data-alert-id': alert.id, 'data-severity': severity, 'data-state': state,
    'aria-labelledby': titleId,
  });
  const head = el('div', { class: 'alert-head' },
    el('span', { class: 'badge severity', 'data-severity': severity }, SEVERITY[severity]),
    el('span', { class: 'rule', id: titleId }, alert.ruleName || alert.ruleId || '规则',
      alert.ruleVersion ? ` v${alert.ruleVersion}` : ''),
    count > 1 ? el('span', { class: 'badge count', title: '同一规则、同一患者、同一项目的重复次数' }, `重复 ${count} 次`) : null,
    el('span', { class: 'badge state', 'data-state': state }, STATE[state]),
    el('time', { class: 'time', datetime: alert.createdAt }, time(alert.createdAt)));
  const facts = el('dl', { class: 'facts' },
    fact('患者', alert.patientName || alert.patientId),
    fact('就诊', alert.encounterId),
    fact('科室', alert.department),
    fact('病区', alert.ward),
    fact('医生', alert.doctorCode),
    fact('编号', String(alert.id)));
  card.append(head, el('p', { class: 'message' }, alert.message || ''), facts);
  const concerned = lines(alert);
  if (concerned) card.append(concerned);
  const done = feedback(alert);
  if (done) card.append(done);
  if (state === 'OPEN') {
    const ack = el('button', { type: 'button' }, '确认');
    ack.setAttribute('aria-describedby', titleId);
    ack.addEventListener('click', () => onAck(alert, card));
    const override = el('button', { type: 'button', class: 'quiet' }, '忽略并说明');
    override.setAttribute('aria-describedby', titleId);
    override.addEventListener('click', () => onOverride(alert, card));
    card.append(el('div', { class: 'actions' }, ack, override));
  }
  return card;
}

/** A sentence for screen readers announcing a new alert. */
export function announcement(alert) {
  return `新${SEVERITY[alert.severity] || ''}提醒：${alert.message || ''}`;
}

export function isUrgent(alert) {
  return (SEVERITY_RANK[alert.severity] || 0) >= SEVERITY_RANK.WARNING;
}

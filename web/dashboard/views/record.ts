import type { Loaded } from '../data/circulars';
import { type RecordAnswer, type RecordKind, recordQuery } from '../data/records';
import { el } from './dom';
import { sectionProblem } from './office-lists';

/** Nested records the answer names, by field: each opens in the record view too. */
const NESTED: Record<string, { kind: string; key: string }> = {
  applicant: { kind: 'Person', key: 'id' },
  holder: { kind: 'Person', key: 'id' },
  person: { kind: 'Person', key: 'id' },
  owner: { kind: 'Person', key: 'id' },
  certificate: { kind: 'ReemploymentCertificate', key: 'number' },
  enterprise: { kind: 'Enterprise', key: 'creditCode' },
  employer: { kind: 'Enterprise', key: 'creditCode' },
};

type RecordLink = (kind: string, key: string) => string;

/** A value of the answer as a definition list: nested records nest (and link), lists number their items. */
function describe(value: unknown, link: RecordLink, field = ''): HTMLElement | string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return '（无）';
    return el('ol', {}, ...value.map((item) => el('li', {}, describe(item, link))));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const nested = NESTED[field];
    const key = nested && (value as Record<string, unknown>)[nested.key];
    return el(
      'dl',
      {},
      ...entries.flatMap(([name, inner]) => [
        el('dt', {}, name),
        el(
          'dd',
          { 'data-key': name },
          nested && name === nested.key && typeof key === 'string'
            ? el('a', { href: link(nested.kind, key), 'data-record': `${nested.kind}/${key}` }, key)
            : describe(inner, link, name),
        ),
      ]),
    );
  }
  return String(value);
}

/** GraphiQL (same gateway, same signed-in token) with the record's query in its editor. */
function graphiqlLink(kind: RecordKind, variables: string): string {
  return `/graphiql#${new URLSearchParams({ query: recordQuery(kind), variables }).toString()}`;
}

/**
 * A record a consistency finding names, as the graph gives it to the signed-in token. The
 * query is shown beside it, and opens in GraphiQL where the gateway serves it.
 */
export function recordView(
  kindName: string,
  kind: RecordKind | undefined,
  key: string,
  answer: Promise<Loaded<RecordAnswer>> | null,
  back: string,
  graphiql: boolean,
  link: RecordLink,
): HTMLElement {
  const head = [el('p', {}, el('a', { href: back }, '← 返回县区页面')), el('h2', {}, `${kind?.label ?? kindName} ${key}`)];
  if (!kind || !answer) {
    return el(
      'section',
      { class: 'record-view', 'data-view': 'record', 'data-loaded': 'true' },
      ...head,
      el(
        'p',
        { 'data-problem': 'no-view' },
        `图谱没有按编号读取 ${kindName} 的查询：请从同一发现所涉的其他记录查看（收费减免记在其优惠证上），或向主管部门查询编号为 ${key} 的记录。`,
      ),
    );
  }
  const variables = JSON.stringify({ key });
  const body = el('div', { class: 'record-body' }, el('p', { class: 'loading' }, '正在读取…'));
  const view = el(
    'section',
    { class: 'record-view', 'data-view': 'record', 'data-kind': kindName },
    ...head,
    body,
    el(
      'details',
      {},
      el('summary', {}, '查询 (GraphQL)'),
      el('pre', {}, `${recordQuery(kind)}\n\n${variables}`),
      graphiql ? el('a', { href: graphiqlLink(kind, variables), target: '_blank', 'data-link': 'graphiql' }, '在 GraphiQL 中打开') : null,
    ),
  );
  void answer.then((loaded) => {
    body.replaceChildren(
      !loaded.ok
        ? sectionProblem('这条记录', loaded.problem, '该部门的读取权限')
        : loaded.value.record === null
          ? el('p', { 'data-problem': 'not-found' }, '没有这条记录，或它不在当前令牌可查看的县区内。')
          : describe(loaded.value.record, link),
      ...(loaded.ok ? loaded.value.notes.map((note) => el('p', { class: 'note' }, '部分字段暂缺：', note)) : []),
    );
    view.setAttribute('data-loaded', 'true');
  });
  return view;
}

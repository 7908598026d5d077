import { beginIssuerSignIn, signIn } from '../../common/session';
import { el, on } from './dom';

/** What the dashboard asks of a token (the aggregate-only scope of the access matrix). */
export const DASHBOARD_SCOPE = 'report:read';

const DEV_COMMAND = `npm run --silent token -- --dept joint-office --scope "${DASHBOARD_SCOPE}"`;

const PROBLEMS: Record<string, string> = {
  'not-a-token': '这不是一个令牌（JWT 应由三段以 “.” 分隔的字符组成）。',
  expired: '令牌已过期，请重新获取。',
  'bad-state': '签发服务的回复与本次登录不符，已忽略；请重新获取。',
  unauthenticated: '网关拒绝了这个令牌（无效、过期或签发方不符），请重新获取。',
};

export function signInView(issuerUrl: string | null, problem: string | null, onSignedIn: () => void): HTMLElement {
  const input = el('textarea', {
    id: 'token',
    rows: 5,
    spellcheck: 'false',
    autocomplete: 'off',
    placeholder: 'eyJhbGciOi…',
    'aria-describedby': 'token-help',
  });
  const message = el(
    'p',
    { class: 'problem', role: 'alert', 'data-problem': problem ?? undefined },
    problem ? (PROBLEMS[problem] ?? problem) : '',
  );
  const submit = el('button', { type: 'submit' }, '登录 Sign in');
  const form = el(
    'form',
    { class: 'signin' },
    el('h2', {}, '登录 · 淮安市就业再就业工作联席会议报表'),
    el('label', { for: 'token' }, '粘贴访问令牌 (bearer token)'),
    input,
    el(
      'p',
      { id: 'token-help', class: 'help' },
      '令牌只保存在本浏览器中，退出即删除。查看报表需要 ',
      el('code', {}, DASHBOARD_SCOPE),
      ' 权限。开发环境可在项目目录运行：',
      el('code', { class: 'block' }, DEV_COMMAND),
    ),
    message,
    submit,
  );
  on(form, 'submit', (event) => {
    event.preventDefault();
    const result = signIn(input.value);
    if (typeof result === 'string') {
      message.textContent = PROBLEMS[result] ?? result;
      return;
    }
    onSignedIn();
  });
  if (issuerUrl) {
    const button = el('button', { type: 'button', class: 'issuer-button' }, '通过统一身份认证获取令牌');
    on(button, 'click', () => beginIssuerSignIn(issuerUrl, DASHBOARD_SCOPE));
    form.append(el('p', { class: 'or' }, '或'), button);
  }
  return form;
}

export function refusalView(who: string, message: string, onSwitch: () => void): HTMLElement {
  const button = el('button', { type: 'button' }, '换一个令牌');
  on(button, 'click', onSwitch);
  return el(
    'section',
    { class: 'refusal', role: 'alert', 'data-refusal': 'forbidden' },
    el('h2', {}, '无权查看联席会议报表'),
    el('p', {}, `当前令牌（${who}）没有读取报表的权限。报表需要含 `, el('code', {}, DASHBOARD_SCOPE), ' 的令牌，请向联席会议办公室申请。'),
    el('p', { class: 'detail' }, '网关的答复：', message),
    button,
  );
}

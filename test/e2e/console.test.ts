import type { Page } from 'playwright-core';
import { chooseOption, startE2E, type E2E } from './support';

jest.setTimeout(180000);

/**
 * The office console end to end, in chromium against the real server: the office sets up a
 * plan, an indicator with its targets and who answers for it; the agency reports; the office
 * returns, the agency resubmits, the office approves; the dashboard shows it.
 */
describe('office console (browser)', () => {
  let e2e: E2E;
  const year = new Date().getFullYear();
  let planId = '';
  let indicatorId = '';

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  const go = (page: Page, hash: string) => page.goto(`${e2e.base}/#${hash}`);
  const notified = (page: Page, text: string | RegExp) => page.locator('.MuiSnackbar-root').filter({ hasText: text }).first().waitFor();

  it('runs the reporting cycle from plan to dashboard', async () => {
    // ---- the office administrator sets up the plan, the indicator and its targets
    const admin = await e2e.signIn('admin@demo.local');
    const a = admin.page;
    await a.waitForSelector('[data-testid="dashboard"]');
    await e2e.shot(a, '01-dashboard-admin');

    await go(a, '/plans/create');
    await a.fill('input[name="code"]', 'KH-E2E-2026');
    await a.fill('input[name="title"]', 'Kế hoạch chuyển đổi số thử nghiệm E2E');
    await a.fill('textarea[name="summary"]', 'Kế hoạch tạo bởi kiểm thử đầu-cuối.');
    await e2e.shot(a, '02-plan-create');
    await a.click('button[type="submit"]');
    await a.waitForURL(/#\/plans\/\d+\/show/);
    planId = a.url().match(/plans\/(\d+)\/show/)![1];

    await go(a, '/indicators/create');
    await a.fill('input[name="code"]', 'E2E-DVCTT');
    await a.fill('input[name="name"]', 'Tỷ lệ hồ sơ trực tuyến toàn trình (thử nghiệm)');
    await a.click('button[type="submit"]');
    await a.waitForURL(/#\/indicators\/\d+\/show/);
    indicatorId = a.url().match(/indicators\/(\d+)\/show/)![1];

    // target series for two years, set by the new plan
    await chooseOption(a, '[data-testid="target-series-editor"] [role="combobox"] >> nth=0', /KH-E2E-2026/);
    await a.fill('input[name="series-year-0"]', String(year));
    await a.fill('input[name="series-value-0"]', '80');
    await a.click('[data-testid="series-add-year"]');
    await a.fill('input[name="series-value-1"]', '90');
    await a.click('[data-testid="series-save"]');
    await a.locator('[data-testid="targets-table"]').filter({ hasText: String(year + 1) }).waitFor();

    // the office opens reporting for this year
    await a.fill('input[name="period-year"]', String(year));
    await a.click('[data-testid="open-period"]');
    await a.locator('[data-testid="reporting-periods"] .MuiChip-root').filter({ hasText: String(year) }).waitFor();
    await e2e.shot(a, '03-indicator-show');

    // accountability: Sở TT&TT leads, Sở GTVT cooperates, set in the matrix
    await go(a, `/matrix?planId=${planId}`);
    await a.waitForSelector('[data-testid="matrix"]');
    for (const code of ['SO-TTTT', 'SO-GTVT']) {
      await a.fill('input[name="agency-picker"]', code);
      await a.getByRole('option', { name: new RegExp(`\\(${code}\\)`) }).first().click();
      await a.waitForSelector(`[data-agency="${code}"]`);
    }
    await chooseOption(a, '[data-testid="cell-E2E-DVCTT-SO-TTTT"]', 'Chủ trì');
    await a.locator('[data-testid="cell-E2E-DVCTT-SO-TTTT"]').filter({ hasText: 'Chủ trì' }).waitFor();
    await chooseOption(a, '[data-testid="cell-E2E-DVCTT-SO-GTVT"]', 'Phối hợp');
    await a.locator('[data-testid="cell-E2E-DVCTT-SO-GTVT"]').filter({ hasText: 'Phối hợp' }).waitFor();
    await e2e.shot(a, '04-matrix');
    const assigned = await e2e.api(`query($id: ID) { indicator(id: $id) { assignments { role agency { code } } } }`, { id: indicatorId });
    expect(assigned.indicator.assignments.map((x: any) => `${x.agency.code}:${x.role}`).sort()).toEqual(['SO-GTVT:COOPERATING', 'SO-TTTT:LEAD']);

    // ---- the agency editor finds the assignment and reports a value with evidence
    const agency = await e2e.signIn('agency@demo.local');
    const g = agency.page;
    await g.waitForSelector('[data-testid="my-assignments"]');
    // menus follow the role: the agency editor has no user or token management
    await g.locator('a[href="#/my-assignments"]').first().waitFor();
    expect(await g.locator('a[href="#/users"], a[href="#/apiTokens"], a[href="#/auditEvents"]').count()).toBe(0);
    const row = g.locator('[data-testid="my-assignments"] tr[data-subject="E2E-DVCTT"]');
    await row.waitFor();
    await e2e.shot(g, '05-my-assignments');
    await row.locator('[data-testid="report-E2E-DVCTT"]').click();
    await g.waitForSelector('[data-testid="report-form"]');
    await g.fill('input[name="numerator"]', '7500');
    await g.fill('input[name="denominator"]', '10000');
    await g.fill('input[name="reportedText"]', '75%');
    await g.fill('input[name="evidenceUrl"]', 'https://sotttt.hochiminhcity.gov.vn/bao-cao/e2e.pdf');
    await g.fill('textarea[name="comment"]', 'Số liệu từ hệ thống giải quyết TTHC.');
    await e2e.shot(g, '06-report-form');
    await g.click('[data-testid="report-submit"]');
    await g.locator('[data-testid="my-reports"] tr[data-status="SUBMITTED"]').waitFor();

    // ---- the office editor returns it with a reason
    const editor = await e2e.signIn('editor@demo.local');
    const ed = editor.page;
    await go(ed, `/measurements?filter=${encodeURIComponent(JSON.stringify({ statuses: ['SUBMITTED'] }))}`);
    const queued = ed.locator('tr').filter({ hasText: 'E2E-DVCTT' }).first();
    await queued.waitFor();
    await e2e.shot(ed, '07-review-queue');
    await queued.locator('[data-testid="wf-return"]').click();
    await ed.fill('textarea[name="reason"]', 'Thiếu bảng tổng hợp theo quận, huyện.');
    await ed.click('[data-testid="reason-confirm"]');
    await notified(ed, 'Đã trả lại');

    // ---- the agency sees the reason, corrects and resubmits
    await g.reload();
    await g.locator('[data-testid="my-reports"] tr[data-status="RETURNED"]').filter({ hasText: 'Thiếu bảng tổng hợp' }).waitFor();
    await g.fill('input[name="numerator"]', '7600');
    await g.fill('input[name="evidenceUrl"]', 'https://sotttt.hochiminhcity.gov.vn/bao-cao/e2e-theo-quan.xlsx');
    await g.click('[data-testid="report-submit"]');
    await g.locator('[data-testid="my-reports"] tr[data-status="SUBMITTED"]').waitFor();
    await e2e.shot(g, '08-resubmitted');

    // ---- the office editor approves the resubmitted value
    await ed.reload();
    const again = ed.locator('tr').filter({ hasText: 'E2E-DVCTT' }).first();
    await again.locator('[data-testid="wf-approve"]').click();
    await notified(ed, 'Đã phê duyệt');

    const m = await e2e.api(`query($id: ID!) { measurements(filter: { indicatorIds: [$id] }) { nodes { status value evidenceUrl agency { code } } } }`, { id: indicatorId });
    expect(m.measurements.nodes).toEqual([{ status: 'APPROVED', value: 76, evidenceUrl: 'https://sotttt.hochiminhcity.gov.vn/bao-cao/e2e-theo-quan.xlsx', agency: { code: 'SO-TTTT' } }]);

    // ---- the dashboard reflects it
    await go(ed, '/');
    await ed.locator('[data-testid="dash-recent"]').filter({ hasText: 'E2E-DVCTT' }).waitFor();
    await ed.locator('[data-testid="dash-plans"]').waitFor();
    await e2e.shot(ed, '09-dashboard-after');

    await go(ed, `/indicators/${indicatorId}`);
    await go(ed, `/indicators/${indicatorId}/show`);
    await ed.locator('[data-testid="measurements-table"]').filter({ hasText: 'Đã duyệt' }).waitFor();
    await e2e.shot(ed, '10-indicator-actual-vs-target');

    // the language switch: English labels, numbers and menu
    await ed.getByRole('button', { name: /Ngôn ngữ|Language|Tiếng Việt/ }).first().click().catch(() => undefined);
    for (const ctx of [admin.context, agency.context, editor.context]) await ctx.close();
  });

  it('a stale edit in a second tab shows the conflict message and loses nothing', async () => {
    const { context, page: tab1 } = await e2e.signIn('admin@demo.local');
    const tab2 = await context.newPage();
    await go(tab1, `/plans/${planId}`);
    await go(tab2, `/plans/${planId}`);
    await tab1.waitForSelector('input[name="title"]');
    await tab2.waitForSelector('input[name="title"]');

    await tab1.fill('input[name="title"]', 'Kế hoạch E2E (sửa ở tab 1)');
    await tab1.click('button[type="submit"]');
    await tab1.waitForURL(/#\/plans\/\d+\/show/);

    await tab2.fill('textarea[name="summary"]', 'Tóm tắt sửa ở tab 2.');
    await tab2.click('button[type="submit"]');
    await notified(tab2, 'người khác');
    await e2e.shot(tab2, '11-conflict');
    // what tab 2 typed is still in the form, and the record reloaded underneath it
    await expect(tab2.inputValue('textarea[name="summary"]')).resolves.toBe('Tóm tắt sửa ở tab 2.');
    await tab2.waitForFunction(() => (globalThis as any).document.querySelector('input[name="title"]')?.value.includes('tab 1'));
    await tab2.click('button[type="submit"]');
    await tab2.waitForURL(/#\/plans\/\d+\/show/);

    const plan = await e2e.api(`query($id: ID) { plan(id: $id) { title summary } }`, { id: planId });
    expect(plan.plan).toEqual({ title: 'Kế hoạch E2E (sửa ở tab 1)', summary: 'Tóm tắt sửa ở tab 2.' });
    await context.close();
  });
});

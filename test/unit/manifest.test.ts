import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DIAGNOSTICS_MODE, DIAGNOSTICS_MODES } from '../../src/view';

const root = join(__dirname, '..', '..');
const pkgText = readFileSync(join(root, 'package.json'), 'utf8');
const pkg = JSON.parse(pkgText) as { contributes: Record<string, unknown> };
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const contributes = pkg.contributes as {
  commands: { command: string }[];
  menus: Record<string, { command?: string; when?: string }[]>;
  views: Record<string, { id: string }[]>;
  viewsWelcome: { view: string; contents: string }[];
  walkthroughs: { steps: { description: string; completionEvents: string[]; media: { image?: string; markdown?: string } }[] }[];
  configuration: { properties: Record<string, { enum?: string[]; default?: unknown }> };
};
const declared = new Set(contributes.commands.map((c) => c.command));
const views = new Set(Object.values(contributes.views).flat().map((v) => v.id));

/** Commands in `command:` links of a localised string. */
function linkedCommands(text: string): string[] {
  const resolved = text.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? '');
  return [...resolved.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
}

describe('manifest (package.json contributes)', () => {
  it('has a string in package.nls.json for every %placeholder%', () => {
    const missing = [...pkgText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]).filter((k) => !(k in nls));
    assert.deepEqual(missing, []);
  });

  it('declares every Policy Lens command that menus, welcome texts and the walkthrough use', () => {
    const used = [
      ...Object.values(contributes.menus).flat().flatMap((m) => (m.command ? [m.command] : [])),
      ...contributes.viewsWelcome.flatMap((w) => linkedCommands(w.contents)),
      ...contributes.walkthroughs.flatMap((w) => w.steps.flatMap((s) => [
        ...linkedCommands(s.description),
        ...s.completionEvents.filter((e) => e.startsWith('onCommand:')).map((e) => e.slice('onCommand:'.length)),
      ])),
    ];
    assert.deepEqual(used.filter((c) => c.startsWith('policyLens.') && !declared.has(c)), []);
  });

  it('names only contributed views in menus, welcome texts and completion events', () => {
    const named = [
      ...Object.values(contributes.menus).flat().flatMap((m) => [...(m.when ?? '').matchAll(/view == ([\w.]+)/g)].map((x) => x[1])),
      ...contributes.viewsWelcome.map((w) => w.view),
      ...contributes.walkthroughs.flatMap((w) => w.steps.flatMap((s) => s.completionEvents.filter((e) => e.startsWith('onView:')).map((e) => e.slice('onView:'.length)))),
    ];
    assert.deepEqual(named.filter((v) => !views.has(v)), []);
  });

  it('points walkthrough media at files that exist', () => {
    for (const step of contributes.walkthroughs.flatMap((w) => w.steps)) {
      const file = step.media.image ?? step.media.markdown;
      assert.ok(file, 'a step has media');
      assert.doesNotThrow(() => readFileSync(join(root, file)), file);
    }
  });

  it('offers the diagnostics modes the extension reads, with the same default', () => {
    const setting = contributes.configuration.properties['policyLens.diagnostics'];
    assert.deepEqual(setting.enum, [...DIAGNOSTICS_MODES]);
    assert.equal(setting.default, DEFAULT_DIAGNOSTICS_MODE);
  });
});

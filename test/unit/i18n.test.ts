import { describe, expect, it } from 'vitest';
import { english } from '../../admin/src/i18n/en.ts';
import { indonesian } from '../../admin/src/i18n/id.ts';
import { messages } from '../../admin/src/i18n/i18nProvider.ts';
import { raIndonesian } from '../../admin/src/i18n/raIndonesian.ts';
import { resources } from '../../admin/src/resources/index.ts';
import { indonesianHelp } from '../../admin/src/i18n/helpTexts.id.ts';
import { fieldHelp } from '../../admin/src/schema/docs.ts';
import { printedGrammar } from '../support/schema.ts';

/** Every key path of a nested message object, e.g. `ra.action.save`. */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it("has an Indonesian text for every one of react-admin's own messages", () => {
    expect(keys(raIndonesian).sort()).toEqual(keys({ ra: messages.en.ra }).sort());
  });

  it('has the same domain messages in Indonesian and English', () => {
    expect(keys(indonesian).sort()).toEqual(keys(english).sort());
  });

  it('labels every field of every resource in the panel', () => {
    for (const { name: resource } of resources) {
      // Screens outside the CRUD grammar (API tokens) are labelled by the type checker.
      const entity = printedGrammar.entities.get(resource);
      if (!entity) continue;
      const labels = indonesian.resources[resource as keyof typeof indonesian.resources]?.fields ?? {};
      const scalars = entity.type.fields.filter((f) => f.args.length === 0 && !['OBJECT', 'LIST'].includes(
        f.type.kind === 'NON_NULL' ? f.type.ofType.kind : f.type.kind,
      ));
      expect(scalars.map((f) => f.name).filter((name) => !(name in labels)), resource).toEqual([]);
    }
  });

  it('has an Indonesian help text for every help text a form or page shows, and none the API no longer has', () => {
    const needed = new Map<string, string>();
    for (const { name: resource } of resources) {
      const entity = printedGrammar.entities.get(resource);
      if (!entity) continue;
      if (entity.type.description) needed.set(entity.type.name, entity.type.description);
      const inputFields = [entity.createInput, entity.updateInput].flatMap((input) => input?.inputFields ?? []).map((f) => f.name);
      for (const field of new Set(inputFields)) {
        const english = fieldHelp(printedGrammar, resource, field, 'en');
        if (english) needed.set(`${entity.type.name}.${field}`, english);
      }
    }
    expect([...needed.keys()].filter((key) => !(key in indonesianHelp)), 'help texts without an Indonesian one').toEqual([]);
    expect(Object.keys(indonesianHelp).filter((key) => !needed.has(key)), 'Indonesian help texts the API no longer has').toEqual([]);
    // The forms read them by locale.
    expect(fieldHelp(printedGrammar, 'beneficiaries', 'nik', 'id')).toBe(indonesianHelp['Beneficiary.nik']);
    expect(fieldHelp(printedGrammar, 'beneficiaries', 'nik', 'en')).toBe(needed.get('Beneficiary.nik'));
  });
});

import { fieldLocation, TOP } from '../scope/locate.js';
import { defineMessageRule } from '../model/rule.js';

export default defineMessageRule({
  id: 'duplicate-slug',
  scope: 'message',
  dependsOn: 'messages',
  description: 'No two messages are written to the same page URL (`/<yyyy>/<slug>/`).',
  defaultSeverity: 'error',
  rationale: 'Two messages with the same year and slug would overwrite each other in the site; one of them would silently disappear.',
  example: {
    fail: '# content/2026/roosterapp.md and content/2026/nieuw/roosterapp.md, both dated 2026\nslug: roosterapp',
    pass: 'slug: roosterapp-vragenuur',
  },
  check({ message, facts, report }) {
    if (!message.url) return;
    const same = facts.byUrl.get(message.url);
    if (!same || same.length < 2) return;
    const others = same.filter((m) => m.file !== message.file).map((m) => m.file);
    report({
      at: message.presentKeys.has('slug') ? fieldLocation(message, ['slug']) : message.presentKeys.has('date') ? fieldLocation(message, ['date']) : TOP,
      message: `This message would be published at ${message.url}, like ${others.join(', ')}; give one of them a different "slug".`,
    });
  },
});

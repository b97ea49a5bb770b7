import { campaignMessages } from '../facts/plan-metrics.js';
import { definePlanRule } from '../model/rule.js';
import { ymdOfDay } from '../validate/moment.js';

export default definePlanRule({
  id: 'campaign-no-dialogue',
  scope: 'plan',
  defaultSeverity: 'warning',
  messages: { 'no-dialogue-message': ['campaign'] },
  check({ plan, facts, report }) {
    const period = facts.period;
    if (!period) return;
    const first = ymdOfDay(period.first);
    const last = ymdOfDay(period.last);
    for (const campaign of plan.campaigns) {
      if (!campaign.requireFeedback || campaign.from > last || campaign.until < first) continue;
      if (campaignMessages(facts, campaign.id).some((m) => m.fields.kind === 'dialogue')) continue;
      report({
        at: plan.locateItem('campaigns', campaign.id),
        messageId: 'no-dialogue-message',
        data: { campaign: campaign.id },
      });
    }
  },
});

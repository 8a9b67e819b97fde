import { describeAction } from './audit-entry';

describe('describeAction', () => {
  it('says what a post action did to what', () => {
    expect(describeAction('APPROVE', 'claim', '{}')).toBe('approved a claim');
    expect(describeAction('HIDE', 'comment', '{}')).toBe('hid a reply');
    expect(describeAction('FLAG_DISMISSED', 'flag', '{}')).toBe('dismissed a flag');
  });

  it('reads the new setting of a debate from the details', () => {
    expect(
      describeAction('DEBATE_SET_SLOW_MODE', 'debate', JSON.stringify({ before: {}, after: { slowModeSeconds: 60 } })),
    ).toBe('set slow mode to one claim every 1 min');
    expect(describeAction('DEBATE_SET_SLOW_MODE', 'debate', JSON.stringify({ after: { slowModeSeconds: 0 } }))).toBe(
      'turned slow mode off',
    );
    expect(
      describeAction(
        'DEBATE_SET_MODERATION_MODE',
        'debate',
        JSON.stringify({ after: { moderationMode: 'PRE_MODERATED' } }),
      ),
    ).toBe('turned on pre-moderation');
  });

  it('falls back to the action name for an action it does not know', () => {
    expect(describeAction('SHADOW_BAN', 'claim', 'not json')).toBe('shadow ban a claim');
  });
});

import { DemoAnnotation } from './demo-discussion';

/** Gilder, section 4: UN peace operations (MINUSMA, MINUSCA) as the test case. */
export const GILDER_PEACE_OPERATIONS: DemoAnnotation[] = [
  {
    key: 'g-mandates-language',
    by: 'ruth',
    passage: 'while peace operation mandates do not use the language of human security they are impacted by the UN',
    kind: 'comment',
    body: 'The case study begins. Read it against the five principles: where does each mission actually meet one?',
    tags: ['peace-operations', 'principles'],
    color: 'purple',
    replies: [
      {
        key: 'g-mandates-1',
        by: 'ben',
        body: 'Honestly this whole section is padding, and so is half this reading list. Skip to the Ebola paragraph and save yourselves an hour.',
      },
      {
        key: 'g-mandates-2',
        by: 'ama',
        to: 'g-mandates-1',
        body: 'It is the evidence for the whole argument, though. Without it the framework is just a list.',
      },
    ],
  },
  {
    key: 'g-reconciliation',
    by: 'ben',
    passage:
      "'long-term reconciliation will not be possible without the promotion and defence of the human rights of all communities in the north.'",
    kind: 'highlight',
    tags: ['minusma', 'human-rights'],
    color: 'green',
  },
  {
    key: 'g-clas',
    by: 'ama',
    passage: 'community liaison assistants (CLAs)',
    kind: 'comment',
    body: 'As promised, @malik: the CLAs are the concrete “bottom-up” mechanism. They are also local staff, paid far less than international staff, which nobody mentions.',
    tags: ['bottom-up', 'participation', 'minusca'],
    color: 'yellow',
    reactions: [
      ['malik', 'INSIGHTFUL'],
      ['ruth', 'INSIGHTFUL'],
    ],
    replies: [
      {
        key: 'g-clas-1',
        by: 'malik',
        body: 'Yes, and they carry the risk. There is DPO guidance on CLAs worth a look if anyone writes on this.',
      },
      {
        key: 'g-clas-2',
        by: 'ben',
        body: 'Off topic, sorry: is anyone selling a second-hand copy of the Shaw textbook? Mine has lost its index.',
      },
    ],
  },
  {
    key: 'g-unclear',
    by: 'ben',
    passage:
      "it is unclear to what extent local views on security in actuality inform the Security Council's decisions on mandate priorities",
    kind: 'comment',
    body: 'The admission that matters. If local views do not reach the Council, the “framework” changes nothing about who decides.',
    tags: ['security-council', 'participation', 'critique'],
    color: 'orange',
    reactions: [
      ['ruth', 'AGREE'],
      ['malik', 'AGREE'],
    ],
    replies: [
      {
        key: 'g-unclear-1',
        by: 'ruth',
        body: 'Strongest point in the article, I think, and he makes it against himself. Note it for your essays.',
      },
      {
        key: 'g-unclear-2',
        by: 'ama',
        to: 'g-unclear-1',
        body: 'Agreed. Though “unclear” is not “no”: nobody has studied it, which is an argument for the framework.',
      },
    ],
  },
  {
    key: 'g-unclear-ama',
    by: 'ama',
    passage: 'it is unclear to what extent local views on security in actuality inform',
    kind: 'highlight',
    tags: ['participation'],
    color: 'yellow',
  },
  {
    key: 'g-imminent-threat',
    by: 'malik',
    passage: "'under imminent threat of physical violence'",
    kind: 'comment',
    body: 'The standard PoC formula. Gilder’s point: “imminent” and “physical” are exactly what human security wants to go beyond.',
    tags: ['protection-of-civilians', 'mandates'],
    color: 'purple',
  },
  {
    key: 'g-robust',
    by: 'ben',
    passage: "The missions have utilised so-called 'robust' force",
    kind: 'question',
    body: 'Does robust force *advance* human security or undermine it? MINUSCA had serious abuse scandals of its own.',
    tags: ['protection-of-civilians', 'use-of-force'],
    color: 'blue',
    reactions: [['ama', 'SAME_QUESTION']],
  },
  {
    key: 'g-peace-committees',
    by: 'ama',
    passage: "'are expected to solve local conflicts and promote peace through mediation and dialogue.'",
    kind: 'highlight',
    tags: ['empowerment', 'minusca'],
    color: 'yellow',
    reactions: [['ruth', 'AGREE']],
  },
  {
    key: 'g-ebola',
    by: 'ruth',
    passage: 'The Security Council declared the Ebola outbreak in 2014 a threat to international peace and security',
    kind: 'comment',
    body: 'Resolution 2177. Written before COVID-19 reached the Council (Resolution 2532 came out the same month as this article). Does the pandemic prove Gilder’s point or the opposite?',
    tags: ['health-security', 'security-council'],
    color: 'purple',
    reactions: [
      ['ama', 'INSIGHTFUL'],
      ['ben', 'INSIGHTFUL'],
    ],
    replies: [
      {
        key: 'g-ebola-1',
        by: 'ben',
        body: 'The opposite: 2532 took months because of US–China rows over the WHO. The veto politics did not move for a pandemic.',
      },
      {
        key: 'g-ebola-2',
        by: 'ama',
        to: 'g-ebola-1',
        body: 'But it passed. @ben is a late resolution a failure of the Council, or of the framing?',
      },
      { key: 'g-ebola-3', by: 'ben', to: 'g-ebola-2', body: 'Of the Council. Which is the veto debate again.' },
    ],
  },
  {
    key: 'g-no-pandemic',
    by: 'malik',
    passage: 'there would not need to be a global pandemic to result in UN attention on health threats',
    kind: 'highlight',
    tags: ['health-security'],
    color: 'green',
  },
  {
    key: 'g-social-media',
    by: 'ben',
    passage: 'as opposed to relying on social media traction to garner attention for their concerns',
    kind: 'comment',
    body: 'Nice callback to the WhatsApp passage: social media is both the threat and, today, the only channel.',
    tags: ['misinformation', 'participation'],
    color: 'orange',
    private: true,
  },
];

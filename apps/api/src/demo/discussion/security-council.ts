import { DemoReadingDiscussion } from './demo-discussion';

/** "The Security Council, the Veto and Civil Society" (1999). */
export const SECURITY_COUNCIL: DemoReadingDiscussion = {
  file: 'security-council-and-civil-society.txt',
  annotations: [
    {
      key: 's-marginalized',
      by: 'malik',
      passage:
        'The Security Council has been marginalized on new security issues by a lack of political will to be involved and by an already over-committed capacity.',
      kind: 'highlight',
      tags: ['security-council'],
      color: 'green',
    },
    {
      key: 's-unsettling',
      by: 'ama',
      passage: "This vacuum, has been filled by 'coalitions of the willing' and regional actors",
      kind: 'comment',
      body: 'Vacuum is the right word: when the Council cannot act, someone else does, with less accountability.',
      tags: ['coalitions-of-the-willing', 'security-council'],
      color: 'yellow',
      replies: [
        {
          key: 's-unsettling-1',
          by: 'ben',
          body: 'Or with more: NATO’s members answer to parliaments. The Council answers to five capitals.',
        },
      ],
    },
    {
      key: 's-veto-obstacle',
      by: 'ama',
      passage: 'the great power veto is a serious obstacle to the practise of human security',
      kind: 'comment',
      body: 'My main evidence for limiting the veto. “Serious obstacle” is mild, honestly: Syria had sixteen Russian vetoes.',
      tags: ['veto'],
      color: 'yellow',
      reactions: [
        ['ben', 'DISAGREE'],
        ['ruth', 'INSIGHTFUL'],
      ],
      replies: [
        {
          key: 's-veto-1',
          by: 'ben',
          body: 'And the next sentence is mine: the veto was the condition for the great powers joining at all.',
        },
        {
          key: 's-veto-2',
          by: 'ama',
          to: 's-veto-1',
          body: 'In 1945. Does a bargain made then bind the people of Aleppo now?',
        },
        {
          key: 's-veto-3',
          by: 'malik',
          to: 's-veto-2',
          body: 'Keep it civil and keep it to the text, both: this is exactly the debate on the second motion. @ama @ben take it there.',
        },
      ],
    },
    {
      key: 's-veto-condition',
      by: 'ben',
      passage: 'the veto was a condition for the Great Powers accepting the UN system',
      kind: 'highlight',
      tags: ['veto', 'great-powers'],
      color: 'orange',
      reactions: [['malik', 'AGREE']],
    },
    {
      key: 's-evolving',
      by: 'ruth',
      passage:
        'Since negotiated reform of the Security Council is seemingly impossible, change will need to come through evolving practices.',
      kind: 'question',
      body: 'What counts as an “evolving practice”? The ACT code of conduct (2015) and the French–Mexican initiative are candidates. Can anyone find a third?',
      tags: ['veto', 'reform'],
      color: 'purple',
      reactions: [['ama', 'SAME_QUESTION']],
      replies: [
        {
          key: 's-evolving-1',
          by: 'ben',
          body: 'The General Assembly’s “veto initiative” of 2022: a debate in the Assembly after every veto.',
        },
        {
          key: 's-evolving-2',
          by: 'ruth',
          to: 's-evolving-1',
          body: 'Yes, and very much a practice rather than a Charter amendment. Thank you @ben. @oskar, one for your colleagues in international law.',
        },
      ],
    },
    {
      key: 's-norm-entrepreneur',
      by: 'ama',
      passage: "who is a 'norm entrepreneur' and an energetic proponent of the idea of human security within the UN",
      kind: 'highlight',
      tags: ['annan', 'secretary-general'],
      color: 'yellow',
    },
  ],
};

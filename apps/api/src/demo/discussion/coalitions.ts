import { DemoReadingDiscussion } from './demo-discussion';

/** "Coalitions of the Willing and International Law" (1999). */
export const COALITIONS: DemoReadingDiscussion = {
  file: 'coalitions-and-international-law.txt',
  annotations: [
    {
      key: 'c-bypassing',
      by: 'ben',
      passage: 'which they consider bypassing the legitimate actors and processes',
      kind: 'comment',
      body: 'The sovereignty objection to civil society, stated fairly for once.',
      tags: ['civil-society', 'sovereignty'],
      color: 'orange',
      private: true,
    },
    {
      key: 'c-useful',
      by: 'malik',
      passage: 'they are both useful and necessary',
      kind: 'highlight',
      tags: ['coalitions-of-the-willing'],
      color: 'green',
    },
    {
      key: 'c-depends',
      by: 'ben',
      passage:
        "When and how successful 'coalitions of the willing' are depends on the issue, area and state-to-state interests.",
      kind: 'comment',
      body: 'In other words: coalitions act where their members have interests. That is not a human security principle, it is ordinary foreign policy.',
      tags: ['coalitions-of-the-willing', 'realism'],
      color: 'orange',
      reactions: [
        ['ama', 'AGREE'],
        ['malik', 'INSIGHTFUL'],
      ],
    },
    {
      key: 'c-network',
      by: 'ama',
      passage:
        "'Human Security Network, involving eleven countries and nine prominent NGOs and international organizations'",
      kind: 'question',
      body: 'Does the Human Security Network still exist? I can only find mentions up to about 2010.',
      tags: ['human-security-network', 'civil-society'],
      color: 'blue',
      replies: [
        {
          key: 'c-network-1',
          by: 'ruth',
          body: 'It does, but quietly: it meets in Geneva and New York. A good example of a coalition outliving its moment.',
        },
        { key: 'c-network-2', by: 'ama', to: 'c-network-1', body: 'Thanks! That might be my essay topic.' },
      ],
    },
    {
      key: 'c-limited',
      by: 'ruth',
      passage:
        'the possibilities for advancing human security within the Security Council were considered somewhat limited',
      kind: 'highlight',
      tags: ['security-council'],
      color: 'purple',
    },
    {
      key: 'c-legal-framework',
      by: 'ben',
      passage:
        'has laid down a strong legal framework within which the political agenda of human security may find important lessons and develop',
      kind: 'highlight',
      tags: ['international-law'],
      color: 'green',
    },
    {
      key: 'c-tension',
      by: 'ama',
      passage:
        'a fundamental tension of the UN Charter was the conflict between the rights of territorial integrity, sovereignty and non-intervention',
      kind: 'comment',
      body: 'And the text stops mid-sentence, on the other hand of the tension! Article 2(4) and 2(7) against the Preamble and Article 55, I suppose.',
      tags: ['charter', 'sovereignty', 'intervention'],
      color: 'yellow',
      reactions: [
        ['ben', 'AGREE'],
        ['ruth', 'INSIGHTFUL'],
      ],
      replies: [
        {
          key: 'c-tension-1',
          by: 'ben',
          body: 'And Chapter VII, which is the only place the Charter itself lets the Council override 2(7).',
        },
        {
          key: 'c-tension-2',
          by: 'ruth',
          to: 'c-tension-1',
          body: 'Right, and that is the hinge between our two motions. @ama @ben good exchange.',
        },
      ],
    },
  ],
};

import { DemoReadingDiscussion } from './demo-discussion';

/** Heinbecker, "Peace Theme: Human Security" (1999): the Canadian policy statement. */
export const HEINBECKER: DemoReadingDiscussion = {
  file: 'heinbecker-peace-theme-human-security.txt',
  annotations: [
    {
      key: 'h-civilians',
      by: 'ama',
      passage: 'Ninety percent of the casualties are civilians, predominantly women and children.',
      kind: 'question',
      body: 'Where does the ninety percent come from? It is quoted everywhere in the 1990s and I cannot find the source.',
      tags: ['evidence', 'civilians'],
      color: 'blue',
      reactions: [['ben', 'SAME_QUESTION']],
      replies: [
        {
          key: 'h-civilians-1',
          by: 'malik',
          body: 'It is contested. Roberts (2010) traces it to a misreading of refugee figures. Good catch, @ama.',
        },
        { key: 'h-civilians-2', by: 'ama', to: 'h-civilians-1', body: 'Thank you, I will find the Roberts article.' },
      ],
    },
    {
      key: 'h-measure',
      by: 'ruth',
      passage: 'takes individual human beings and their communities, rather than states, as the measure of security',
      kind: 'comment',
      body: 'The definition we keep returning to: compare Gilder’s “referent object”.',
      tags: ['definitions', 'referent-object'],
      color: 'purple',
      reactions: [
        ['ama', 'AGREE'],
        ['ben', 'AGREE'],
      ],
    },
    {
      key: 'h-not-sufficient',
      by: 'ben',
      passage:
        'recognizes that the security of states is essential, but not sufficient, to ensure individual well-being',
      kind: 'highlight',
      tags: ['sovereignty'],
      color: 'orange',
    },
    {
      key: 'h-complements',
      by: 'ben',
      passage: 'complements, but does not substitute for, national security',
      kind: 'comment',
      body: 'Same move as Thakur’s “coexisting”. Canada wanted the concept without the fight over sovereignty.',
      tags: ['sovereignty', 'thakur'],
      color: 'orange',
      reactions: [['malik', 'AGREE']],
    },
    {
      key: 'h-from-their-states',
      by: 'ama',
      passage: 'It may even require protecting people from their states.',
      kind: 'comment',
      body: 'The sentence the sovereignty side has to deal with. Heinbecker says it in passing, as if it were obvious.',
      tags: ['intervention', 'sovereignty'],
      color: 'yellow',
      reactions: [
        ['ruth', 'INSIGHTFUL'],
        ['ben', 'DISAGREE'],
      ],
      replies: [
        { key: 'h-from-1', by: 'ben', body: 'And two paragraphs on: “States are not passé.” He wants it both ways.' },
        {
          key: 'h-from-2',
          by: 'ama',
          to: 'h-from-1',
          body: 'Or he means both: states are needed *and* sometimes the threat. Kosovo was the year this was written.',
        },
        {
          key: 'h-from-3',
          by: 'ruth',
          to: 'h-from-2',
          body: 'Keep the date in mind, everyone: 1999, months after Kosovo. @oskar you asked about context last week, this is it.',
        },
      ],
    },
    {
      key: 'h-not-passe',
      by: 'malik',
      passage:
        'Order requires rules, rules require authority, and authority is exercised on behalf of people by states.',
      kind: 'highlight',
      tags: ['sovereignty', 'authority'],
      color: 'green',
    },
    {
      key: 'h-richest',
      by: 'malik',
      passage:
        'The greatest conflicts in this bloodiest of centuries have been waged between some of its richest people.',
      kind: 'highlight',
      tags: ['causes-of-conflict'],
      color: 'green',
    },
    {
      key: 'h-ottawa',
      by: 'ama',
      passage:
        'The success of the Ottawa Treaty in banning anti-personnel mines was based on this two-pronged approach.',
      kind: 'comment',
      body: 'The land mines campaign again: the consultation report asks whether its lessons transfer. Heinbecker assumes they do.',
      tags: ['ottawa-treaty', 'civil-society'],
      color: 'yellow',
      private: true,
    },
  ],
};

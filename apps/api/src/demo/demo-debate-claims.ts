/**
 * Claims for the demo seminar's two motions, each citing a real passage of the demo readings, so a
 * new seminar opens on an argument already under way. `by` indexes DEMO_ACCOUNTS; `answers` the
 * index of the claim a claim responds to (in the same debate).
 */
export interface DemoClaim {
  by: number;
  stance: 'PRO' | 'CON';
  body: string;
  answers?: number;
  cites: { reading: string; passage: string; tags: string[] };
}

export const DEMO_DEBATE_CLAIMS: DemoClaim[][] = [
  [
    {
      by: 2,
      stance: 'PRO',
      body: 'When a government turns on its own people, sovereignty stops being a shield: the Council can draw legal authority from the **Genocide Convention**.',
      cites: {
        reading: 'coalitions-and-international-law.txt',
        passage: 'the Security Council might draw legal authority to intervene in cases of genocide',
        tags: ['genocide-convention', 'authority'],
      },
    },
    {
      by: 3,
      stance: 'CON',
      body: 'Thakur’s point: national security and human security are not rivals. We can protect people without discarding sovereignty.',
      cites: {
        reading: 'un-system-and-initiatives.txt',
        passage: 'the two should be seen as coexisting',
        tags: ['thakur', 'sovereignty'],
      },
    },
    {
      by: 1,
      stance: 'CON',
      answers: 1,
      body: 'Coexistence holds in ordinary times; mass atrocities are exactly where the two collide and one must give way.',
      cites: {
        reading: 'security-council-and-civil-society.txt',
        passage:
          'those who wish to preserve the ascendance of sovereignty, non-use of force and non-intervention in the internal affairs of states',
        tags: ['sovereignty'],
      },
    },
    {
      by: 3,
      stance: 'CON',
      body: 'Support for human security depends on it *not* adding legal obligations or eroding sovereignty — overriding sovereignty would cost that support.',
      cites: {
        reading: 'gilder-2020-kaleidoscopic-world.txt',
        passage:
          'scepticism that human security should not entail additional legal obligations or erode state sovereignty',
        tags: ['legitimacy'],
      },
    },
  ],
  [
    {
      by: 2,
      stance: 'PRO',
      body: 'The veto is the single largest obstacle to acting on human security in the Council.',
      cites: {
        reading: 'security-council-and-civil-society.txt',
        passage: 'the great power veto is a serious obstacle to the practise of human security',
        tags: ['veto'],
      },
    },
    {
      by: 3,
      stance: 'CON',
      body: 'The veto is the price of the great powers’ participation: without it they would not have accepted the UN at all.',
      cites: {
        reading: 'security-council-and-civil-society.txt',
        passage: 'the veto was a condition for the Great Powers accepting the UN system as a means to avoid conflict',
        tags: ['veto', 'great-powers'],
      },
    },
    {
      by: 1,
      stance: 'CON',
      answers: 1,
      body: 'The Council already has under-used tools, the Genocide Convention among them, that could restrain the veto on atrocities without abolishing it.',
      cites: {
        reading: 'security-council-and-civil-society.txt',
        passage: 'several underutilized tools available to the Security Council, such as the Genocide Convention',
        tags: ['genocide-convention'],
      },
    },
  ],
];

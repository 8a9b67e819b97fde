import { DemoPerson } from './discussion/demo-discussion';

/**
 * Claims for the demo seminar's motions (in the order of data/demo-seminar.json), each citing a real
 * passage: either a new highlight of `passage` in `reading`, or an annotation of the discussion by its
 * key. `answers` is the key of the claim a claim responds to. In a pre-moderated debate a member's
 * claim waits for a moderator (the desk shows it); moderators' and the owner's are published.
 */
export type DemoCitation =
  { reading: string; passage: string; tags: string[] } | { reading: string; annotation: string };

export interface DemoClaim {
  key: string;
  by: DemoPerson;
  stance: 'PRO' | 'CON';
  body: string;
  answers?: string;
  cites: DemoCitation;
  /** Impact votes (0–4) by members. */
  votes: Array<[DemoPerson, number]>;
}

const COALITIONS = 'coalitions-and-international-law.txt';
const UN_SYSTEM = 'un-system-and-initiatives.txt';
const COUNCIL = 'security-council-and-civil-society.txt';
const GILDER = 'gilder-2020-kaleidoscopic-world.txt';
const HEINBECKER = 'heinbecker-peace-theme-human-security.txt';

const INTERVENTION: DemoClaim[] = [
  {
    key: 'i-genocide',
    by: 'ama',
    stance: 'PRO',
    body: 'When a government turns on its own people, sovereignty stops being a shield: the Council can draw legal authority from the **Genocide Convention**.',
    cites: {
      reading: COALITIONS,
      passage: 'the Security Council might draw legal authority to intervene in cases of genocide',
      tags: ['genocide-convention', 'authority'],
    },
    votes: [
      ['ruth', 3],
      ['ben', 1],
      ['malik', 2],
    ],
  },
  {
    key: 'i-thakur',
    by: 'ben',
    stance: 'CON',
    body: 'Thakur’s point: national security and human security are not rivals. We can protect people without discarding sovereignty.',
    cites: { reading: UN_SYSTEM, passage: 'the two should be seen as coexisting', tags: ['thakur', 'sovereignty'] },
    votes: [
      ['ruth', 2],
      ['ama', 1],
    ],
  },
  {
    key: 'i-collide',
    by: 'malik',
    stance: 'CON',
    answers: 'i-thakur',
    body: 'Coexistence holds in ordinary times; mass atrocities are exactly where the two collide and one must give way.',
    cites: {
      reading: COUNCIL,
      passage:
        'those who wish to preserve the ascendance of sovereignty, non-use of force and non-intervention in the internal affairs of states',
      tags: ['sovereignty'],
    },
    votes: [
      ['ruth', 4],
      ['ama', 3],
      ['ben', 2],
    ],
  },
  {
    key: 'i-support',
    by: 'ben',
    stance: 'CON',
    body: 'Support for human security depends on it *not* adding legal obligations or eroding sovereignty — overriding sovereignty would cost that support.',
    cites: {
      reading: GILDER,
      passage:
        'scepticism that human security should not entail additional legal obligations or erode state sovereignty',
      tags: ['legitimacy'],
    },
    votes: [
      ['ruth', 2],
      ['malik', 3],
    ],
  },
  {
    key: 'i-from-states',
    by: 'ama',
    stance: 'PRO',
    body: 'Canada’s own definition concedes it: protecting people “may even require protecting people from their states”.',
    cites: { reading: HEINBECKER, annotation: 'h-from-their-states' },
    votes: [
      ['ruth', 3],
      ['ben', 1],
    ],
  },
  {
    key: 'i-acceptable',
    by: 'ben',
    stance: 'CON',
    answers: 'i-genocide',
    body: 'Whatever authority the Council finds, an approach that overrides states will not be used: it “would necessarily need to be acceptable to states”.',
    cites: { reading: GILDER, annotation: 'g-states-necessary' },
    votes: [
      ['malik', 2],
      ['ama', 1],
    ],
  },
];

const VETO: DemoClaim[] = [
  {
    key: 'v-obstacle',
    by: 'ama',
    stance: 'PRO',
    body: 'The veto is the single largest obstacle to acting on human security in the Council.',
    cites: {
      reading: COUNCIL,
      passage: 'the great power veto is a serious obstacle to the practise of human security',
      tags: ['veto'],
    },
    votes: [
      ['ruth', 3],
      ['malik', 2],
      ['ben', 1],
    ],
  },
  {
    key: 'v-price',
    by: 'ben',
    stance: 'CON',
    body: 'The veto is the price of the great powers’ participation: without it they would not have accepted the UN at all.',
    cites: {
      reading: COUNCIL,
      passage: 'the veto was a condition for the Great Powers accepting the UN system as a means to avoid conflict',
      tags: ['veto', 'great-powers'],
    },
    votes: [
      ['ruth', 3],
      ['ama', 2],
    ],
  },
  {
    key: 'v-tools',
    by: 'malik',
    stance: 'CON',
    answers: 'v-price',
    body: 'The Council already has under-used tools, the Genocide Convention among them, that could restrain the veto on atrocities without abolishing it.',
    cites: {
      reading: COUNCIL,
      passage: 'several underutilized tools available to the Security Council, such as the Genocide Convention',
      tags: ['genocide-convention'],
    },
    votes: [
      ['ruth', 2],
      ['ben', 3],
    ],
  },
  {
    key: 'v-brake',
    by: 'ben',
    stance: 'CON',
    body: 'Take away the veto on atrocities and a human-security Council could stretch Chapter VII without limit: the veto is the last brake.',
    cites: { reading: GILDER, annotation: 'g-chapter-vii' },
    votes: [
      ['malik', 2],
      ['ama', 1],
    ],
  },
  {
    key: 'v-practice',
    by: 'ama',
    stance: 'PRO',
    answers: 'v-brake',
    body: 'Nobody needs to amend the Charter: the report expects change “through evolving practices”, and a pledge not to veto on atrocities is one.',
    cites: { reading: COUNCIL, annotation: 's-evolving' },
    votes: [
      ['ruth', 3],
      ['malik', 2],
    ],
  },
];

const PEACE_OPERATIONS: DemoClaim[] = [
  {
    key: 'p-local-views',
    by: 'malik',
    stance: 'PRO',
    body: 'Missions already talk to communities through liaison assistants; what is missing is that what they hear reaches the mandate.',
    cites: { reading: GILDER, annotation: 'g-unclear-ama' },
    votes: [
      ['ruth', 3],
      ['ama', 3],
    ],
  },
  {
    key: 'p-protection',
    by: 'ruth',
    stance: 'CON',
    body: 'Protection from imminent violence is what a mission can actually deliver; a broader mandate spreads thin troops thinner.',
    cites: { reading: GILDER, annotation: 'g-imminent-threat' },
    votes: [
      ['ben', 3],
      ['malik', 1],
    ],
  },
  {
    key: 'p-ebola',
    by: 'ben',
    stance: 'PRO',
    body: 'Ebola showed the cost of fixed mandates: missions in the affected areas kept mandates that said nothing about health.',
    cites: { reading: GILDER, annotation: 'g-ebola' },
    votes: [],
  },
];

export const DEMO_DEBATE_CLAIMS: DemoClaim[][] = [INTERVENTION, VETO, PEACE_OPERATIONS];

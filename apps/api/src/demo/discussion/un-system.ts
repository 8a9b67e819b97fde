import { DemoReadingDiscussion } from './demo-discussion';

/**
 * "Human Security, the UN System and Initiatives" (1999), revised once: the convenor cuts the stray
 * lines from the previous section (the question on them is orphaned) and applies the report's house
 * style (two passages move fuzzily). Thakur's "coexisting", which a claim cites, stays as it was.
 */
export const UN_SYSTEM: DemoReadingDiscussion = {
  file: 'un-system-and-initiatives.txt',
  annotations: [
    {
      key: 'u-singularity',
      by: 'ben',
      passage: 'its relative singularity or independence from other socio-economic, cultural and political issues',
      kind: 'question',
      body: 'Why does this sentence start mid-way? And is the land mines issue really “singular”? Mines are about development as much as war.',
      tags: ['land-mines', 'ottawa-treaty'],
      color: 'blue',
    },
    {
      key: 'u-coexisting',
      by: 'ama',
      passage:
        'instead of perceiving the realist concept of national security as dichotomous to the emerging concept of human security',
      kind: 'highlight',
      tags: ['thakur', 'realism'],
      color: 'yellow',
    },
    {
      key: 'u-pragmatic',
      by: 'ben',
      passage: 'national interests and values can be pragmatically married in the post Cold War environment',
      kind: 'comment',
      body: '“Pragmatically married” is the realist’s concession. Whose interests, whose values?',
      tags: ['thakur', 'realism'],
      color: 'orange',
      reactions: [['ama', 'INSIGHTFUL']],
      replies: [
        {
          key: 'u-pragmatic-1',
          by: 'ama',
          body: 'Canada’s and Norway’s, in 1999. Middle powers could afford the marriage.',
        },
        {
          key: 'u-pragmatic-2',
          by: 'ruth',
          to: 'u-pragmatic-1',
          body: 'Exactly the middle-power point. Gilder lists Canada, Norway and Japan too.',
        },
      ],
    },
    {
      key: 'u-credibility',
      by: 'ruth',
      passage: 'to narrow the credibility gap between aspiration and performance',
      kind: 'highlight',
      tags: ['legitimacy'],
      color: 'purple',
      reactions: [['malik', 'AGREE']],
    },
    {
      key: 'u-state-centric',
      by: 'malik',
      passage: 'the UN remains state-centric',
      kind: 'highlight',
      tags: ['sovereignty', 'civil-society'],
      color: 'green',
    },
    {
      key: 'u-risk-averse',
      by: 'ama',
      passage: "the risk-averse nature of the Secretary General's position",
      kind: 'question',
      body: 'Risk-averse how? Annan is called a “norm entrepreneur” in the next reading. @ruth which is it?',
      tags: ['secretary-general', 'annan'],
      color: 'blue',
      replies: [
        {
          key: 'u-risk-averse-1',
          by: 'ruth',
          body: 'Both: the office is risk-averse by design (it serves the members); Annan pushed against it. That tension is worth an essay.',
        },
      ],
    },
    {
      key: 'u-speak-for-all',
      by: 'ruth',
      passage:
        '"Only the UN through its authenticated procedures can lay claim to speak on behalf of the entire international community."',
      kind: 'highlight',
      tags: ['legitimacy', 'authority'],
      color: 'green',
    },
    {
      key: 'u-kosovo',
      by: 'ben',
      passage: 'The necessity to endorse, even retroactively, the NATO aggression in Kosovo by the UN Security Council',
      kind: 'comment',
      body: '“Aggression” is a strong word for a report by Canada’s own foreign-policy centre. Canada flew in that campaign.',
      tags: ['kosovo', 'intervention'],
      color: 'orange',
      reactions: [
        ['malik', 'INSIGHTFUL'],
        ['ama', 'AGREE'],
      ],
    },
  ],
  revision: {
    by: 'ruth',
    note: 'Cut the stray lines from the previous section; the report’s own style for “post-Cold War” and “Secretary-General”.',
    edits: [
      {
        find: 'there lessons to be learned from the land mines process for furthering other humanitarian causes? One of the reasons for selecting the land mines issue was attributed to its relative singularity or independence from other socio-economic, cultural and political issues (i.e., structural contexts).\n\n',
        replace: '',
      },
      { find: 'in the post Cold War environment', replace: 'in the post-Cold War environment' },
      { find: "the Secretary General's position", replace: "the Secretary-General's position" },
    ],
    moves: { fuzzy: ['u-pragmatic', 'u-risk-averse'], orphaned: ['u-singularity'] },
  },
};

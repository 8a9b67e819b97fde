import { matchReadings } from './reading-matcher';

const readings = [
  { id: 'aaaaaaaa-0000-4000-8000-000000000001', title: 'Peace Theme: Human Security', source: '' },
  { id: 'aaaaaaaa-0000-4000-8000-000000000002', title: 'Coalitions', source: 'https://example.org/coalitions' },
  { id: 'aaaaaaaa-0000-4000-8000-000000000003', title: 'Twice', source: '' },
  { id: 'aaaaaaaa-0000-4000-8000-000000000004', title: 'twice', source: '' },
];

describe('matchReadings', () => {
  it('matches by Glossa IRI, by address, then by a title only one reading has', () => {
    const matched = matchReadings(
      [
        { iri: 'urn:glossa:reading:aaaaaaaa-0000-4000-8000-000000000002', title: null, author: null, source: null },
        { iri: 'https://example.org/coalitions', title: null, author: null, source: null },
        {
          iri: 'urn:glossa:reading:ffffffff-0000-4000-8000-000000000000',
          title: ' peace theme:  human security',
          author: null,
          source: null,
        },
        { iri: 'urn:other', title: 'Twice', author: null, source: null },
      ],
      readings,
      null,
    );
    expect([...matched].map(([iri, r]) => [iri, r.title])).toEqual([
      ['urn:glossa:reading:aaaaaaaa-0000-4000-8000-000000000002', 'Coalitions'],
      ['https://example.org/coalitions', 'Coalitions'],
      ['urn:glossa:reading:ffffffff-0000-4000-8000-000000000000', 'Peace Theme: Human Security'],
    ]);
  });

  it('puts everything in the reading the importer chose', () => {
    const matched = matchReadings(
      [{ iri: 'urn:other', title: null, author: null, source: null }],
      readings,
      readings[2],
    );
    expect(matched.get('urn:other')).toBe(readings[2]);
  });
});

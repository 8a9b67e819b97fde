import { csvCell, participationCsv } from './participation-csv';
import { nextOrder, ParticipationRow, sortRows } from './participation-columns';

const row = (name: string, annotations: number): ParticipationRow => ({
  memberId: name,
  name,
  role: 'MEMBER',
  annotations,
  questions: 0,
  repliesGiven: 0,
  repliesReceived: 0,
  reactionsReceived: 0,
  claims: 0,
  evidenceCited: 0,
  votes: 0,
});

describe('participationCsv', () => {
  it('writes a header and one line per member', () => {
    expect(participationCsv([row('Ada', 3)])).toBe(
      'Member,Role,Annotations,Questions,Replies given,Replies received,Reactions received,Claims,Evidence cited,Votes\r\nAda,MEMBER,3,0,0,0,0,0,0,0\r\n',
    );
  });

  it('disarms names a spreadsheet would run as formulas', () => {
    for (const name of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)']) expect(csvCell(name).replace(/^"|"$/g, '')).toMatch(/^'/);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(-3)).toBe('-3');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Lee, "Ann"')).toBe('"Lee, ""Ann"""');
  });
});

describe('sortRows', () => {
  it('sorts by a figure, most first, ties by name, and flips on a second click', () => {
    const rows = [row('Cy', 1), row('Ada', 5), row('Bo', 1)];
    const order = nextOrder({ key: 'name', direction: 'ascending' }, 'annotations');
    expect(sortRows(rows, order).map((r) => r.name)).toEqual(['Ada', 'Bo', 'Cy']);
    expect(sortRows(rows, nextOrder(order, 'annotations')).map((r) => r.name)).toEqual(['Bo', 'Cy', 'Ada']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Deposit } from '../../schemas/participation.ts';
import { depositLines, predecessorOf, summarizeDeposits, YEARS_APART_DAYS } from './deposits.ts';

// Rows exactly as data/unoda/actions.csv gives them (treaty, state, action, depositary, date, source, note).
const row = (action: Deposit['action'], depositary: string | undefined, date: string, note?: string): Deposit => ({
  action,
  date,
  ...(depositary ? { depositary } : {}),
  source: 'ohnemax-2018',
  ...(note ? { note } : {}),
});

describe('the earliest deposit sets the consent date', () => {
  it('NPT Kazakhstan: Washington 14 Feb, London 21 Mar, Moscow 20 May 1994 → 14 Feb 1994 (Washington)', () => {
    const s = summarizeDeposits([
      row('accession', 'London', '1994-03-21'),
      row('accession', 'Moscow', '1994-05-20'),
      row('accession', 'Washington', '1994-02-14'),
    ]);
    expect(s.consent).toEqual({ type: 'accession', date: '1994-02-14', depositary: 'Washington' });
    expect(s.review).toBeUndefined();
  });

  it('keeps the signature and the withdrawal (notice and effect) beside it', () => {
    const s = summarizeDeposits([
      row('signature', 'Budapest', '1992-03-24'),
      row('signature', 'Ottawa', '1992-03-24'),
      row('ratification', 'Budapest', '1993-12-03'),
      { action: 'withdrawal-notice', date: '2020-05-22', source: 'verdragenbank-open-skies-parties' },
      { action: 'withdrawal-effective', date: '2020-11-22', source: 'verdragenbank-open-skies-parties' },
    ]);
    expect(s.signature).toEqual({ date: '1992-03-24', depositary: 'Budapest' });
    expect(s.withdrawal).toEqual({ deposited: '2020-05-22', effective: '2020-11-22' });
  });

  it('on one day, prefers the deposit that names its depositary (Open Skies, Czech Republic, 21 Dec 1992)', () => {
    const s = summarizeDeposits([
      { action: 'succession', date: '1992-12-21', source: 'verdragenbank-open-skies-parties' },
      row('ratification', 'Ottawa', '1992-12-21', 'action of Czechoslovakia; the source lists it under the successor'),
      row(
        'ratification',
        'Budapest',
        '1992-12-21',
        'action of Czechoslovakia; the source lists it under the successor',
      ),
    ]);
    expect(s.consent).toEqual({ type: 'ratification', date: '1992-12-21', depositary: 'Budapest' });
  });
});

describe('disputed consent dates are shown and listed for review, never settled silently', () => {
  it('NPT Andorra: London 1986, Washington and Moscow 1996 — years apart', () => {
    const s = summarizeDeposits([
      row('accession', 'London', '1986-06-07'),
      row('accession', 'Washington', '1996-06-25'),
      row('accession', 'Moscow', '1996-07-02'),
    ]);
    expect(s.consent?.date).toBe('1986-06-07');
    expect(s.review?.reasons).toEqual(['years-apart']);
    expect(s.review?.note).toContain('3678 days apart');
    expect(s.review?.note).toContain('1996-06-25 accession (Washington)');
  });

  it('draws the line at two years (730 days)', () => {
    expect(YEARS_APART_DAYS).toBe(730);
    const twoYears = summarizeDeposits([
      row('accession', 'London', '2000-01-01'),
      row('accession', 'Moscow', '2001-12-31'),
    ]);
    expect(twoYears.review?.reasons).toEqual(['years-apart']);
    const lessThanTwo = summarizeDeposits([
      row('accession', 'London', '2000-01-01'),
      row('accession', 'Moscow', '2001-12-30'),
    ]);
    expect(lessThanTwo.review).toBeUndefined();
  });

  it('a predecessor state’s deposit is disputed (Serbia, FR Yugoslavia), a continuing state’s is not (Russia, USSR)', () => {
    const serbia = summarizeDeposits([
      row(
        'succession',
        'Moscow',
        '1992-04-27',
        'action of the FR Yugoslavia / Serbia and Montenegro; UNODA lists it under Serbia',
      ),
      row('succession', 'London', '2006-06-03'),
    ]);
    expect(serbia.review?.reasons).toEqual(['predecessor', 'years-apart']);
    expect(serbia.review?.note).toMatch(
      /^Deposited by the FR Yugoslavia \/ Serbia and Montenegro, a predecessor state/,
    );
    const russia = summarizeDeposits([
      row(
        'ratification',
        'London',
        '1970-03-05',
        'action of the USSR; UNODA lists it under the Russian Federation (continuing State)',
      ),
    ]);
    expect(russia.consent?.date).toBe('1970-03-05');
    expect(russia.review).toBeUndefined();
  });

  it('sources that disagree about one deposit (OST Cuba: 3 Jun vs 30 Jun 1977)', () => {
    const s = summarizeDeposits(
      [
        row('accession', 'Moscow', '1977-06-03'),
        { action: 'accession', date: '1977-06-30', source: 'verdragenbank-outer-space-parties' },
      ],
      true,
    );
    expect(s.consent?.date).toBe('1977-06-03');
    expect(s.review?.reasons).toEqual(['sources-disagree']);
    expect(s.review?.note).toContain('1977-06-30 accession (depositary not stated)');
  });
});

describe('predecessorOf', () => {
  it.each([
    ['action of the USSR; UNODA lists it under the Russian Federation (continuing State)', 'the USSR', true],
    ['action of the Byelorussian SSR (a separate UN member)', 'the Byelorussian SSR', true],
    ['action of the Federal Republic of Germany (inferred from the dates', 'the Federal Republic of Germany', true],
    ['action of the German Reich', 'the German Reich', false],
    ['action of Tanganyika or Zanzibar (before union)', 'Tanganyika or Zanzibar', false],
    [
      'this page calls it succession; in force for it 2002-01-01; action of Czechoslovakia; the source lists it',
      'Czechoslovakia',
      false,
    ],
  ])('%s', (note, name, continuing) => {
    expect(predecessorOf(note)).toEqual({ name, continuing });
  });

  it('finds none in an ordinary note', () => {
    expect(predecessorOf('same date on https://verdragen.nl/en/Treaty/Details/004285.html')).toBeUndefined();
    expect(predecessorOf(undefined)).toBeUndefined();
  });
});

describe('depositLines: what a participants table lists under the date it counts', () => {
  // NPT Afghanistan: signed in all three capitals the same day, ratified on three different days.
  const afghanistan = [
    row('signature', 'Washington', '1968-07-01'),
    row('signature', 'London', '1968-07-01'),
    row('signature', 'Moscow', '1968-07-01'),
    row('ratification', 'London', '1970-03-05'),
    row('ratification', 'Washington', '1970-02-04'),
    row('ratification', 'Moscow', '1970-02-05'),
  ];

  it('puts the depositaries of one day together', () => {
    expect(depositLines(afghanistan, 'signature')).toEqual([
      { date: '1968-07-01', depositaries: ['London', 'Moscow', 'Washington'] },
    ]);
  });

  it('lists instruments of consent oldest first, one line per day', () => {
    expect(depositLines(afghanistan, 'consent')).toEqual([
      { date: '1970-02-04', depositaries: ['Washington'] },
      { date: '1970-02-05', depositaries: ['Moscow'] },
      { date: '1970-03-05', depositaries: ['London'] },
    ]);
  });

  it('says when the source does not name the depositary, and keeps withdrawal notices apart', () => {
    const rows = [row('accession', undefined, '2024-06-28'), row('withdrawal-notice', 'The Hague', '2023-06-09')];
    expect(depositLines(rows, 'consent')).toEqual([{ date: '2024-06-28', depositaries: ['depositary not stated'] }]);
    expect(depositLines(rows, 'withdrawal')).toEqual([{ date: '2023-06-09', depositaries: ['The Hague'] }]);
    expect(depositLines(rows, 'signature')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { groupByTopic, topicAnchor } from './treaty-topics.ts';
import { realLedger } from '../../../tests/support/ledger.ts';

describe('the treaties index by topic', () => {
  const ledger = realLedger();
  const groups = groupByTopic(ledger.sorted.treaties);
  const ids = (topic: string) => groups.find((g) => g.topic === topic)?.treaties.map((t) => t.id);

  it('puts a treaty under each of its topics (INF: nuclear weapons and bilateral)', () => {
    expect(ids('bilateral')).toEqual(['inf-treaty', 'new-start']);
    expect(ids('nuclear-weapons')).toContain('inf-treaty');
    expect(ids('confidence-building')).toContain('open-skies-treaty');
    expect(ids('nuclear-weapon-free-zone')).toHaveLength(5);
  });

  it('lists every treaty at least once, in the schema’s topic order, with no empty group', () => {
    const listed = new Set(groups.flatMap((g) => g.treaties.map((t) => t.id)));
    expect(listed.size).toBe(ledger.treaties.size);
    expect(groups.every((g) => g.treaties.length > 0)).toBe(true);
    expect(groups[0]?.topic).toBe('landmines');
  });

  it('anchors each group', () => {
    expect(topicAnchor('nuclear-weapon-free-zone')).toBe('topic-nuclear-weapon-free-zone');
  });
});

/**
 * The treaties index by topic: one group per topic (in the schema's order, src/schemas/treaties.ts),
 * each treaty under every topic it carries (INF: nuclear weapons and bilateral), groups without a
 * treaty left out.
 */
import { topics, type Topic } from '../../schemas/treaties.ts';

export interface TopicGroup<T> {
  topic: Topic;
  treaties: T[];
}

export function groupByTopic<T extends { data: { topics: readonly Topic[] } }>(
  treaties: readonly T[],
): TopicGroup<T>[] {
  return topics
    .map((topic) => ({ topic, treaties: treaties.filter((t) => t.data.topics.includes(topic)) }))
    .filter((g) => g.treaties.length > 0);
}

/** The anchor of a topic on the treaties index ("topic-nuclear-weapons"). */
export function topicAnchor(topic: Topic): string {
  return `topic-${topic}`;
}

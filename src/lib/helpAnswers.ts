// The help answers the search page ships: each topic of content/help-topics.yaml with its helplines
// (emergency number first for a cry for help) and its links resolved to URLs and labels, so the
// page renders them at build time and the browser only chooses which to show (helpTopics.ts).
import type { HelpTopic } from '../schemas/helpTopic.ts';
import type { Helpline } from '../schemas/helpline.ts';
import type { NeedId } from '../schemas/need.ts';
import { orderedHelplines } from './help.ts';
import { helpNeedUrl, institutionUrl } from './urls.ts';
import type { TopicPhrases } from './helpTopics.ts';

export interface HelpAnswer {
  id: string;
  title: string;
  answer: string;
  urgent: boolean;
  helplines: Helpline[];
  links: { href: string; label: string }[];
  /** What to search the documents for when the resident's words find nothing. */
  search: string;
}

export function helpAnswers(
  topics: readonly HelpTopic[],
  helplines: readonly Helpline[],
  names: { need: (id: NeedId) => string; institution: (id: string) => string | undefined },
): HelpAnswer[] {
  const byId = new Map(helplines.map((h) => [h.id, h]));
  const emergency = helplines.filter((h) => h.emergency);
  return topics.map((topic) => {
    const listed = topic.helplines.map((id) => byId.get(id)).filter((h): h is Helpline => h !== undefined);
    // A cry for help always shows the emergency number, first.
    const numbers = orderedHelplines(topic.urgent ? [...emergency.filter((e) => !listed.includes(e)), ...listed] : listed);
    const links = topic.links.flatMap((link) => {
      if (link.need) return [{ href: helpNeedUrl(link.need), label: names.need(link.need) }];
      const name = link.institution ? names.institution(link.institution) : undefined;
      return link.institution && name ? [{ href: institutionUrl(link.institution), label: name }] : [];
    });
    return {
      id: topic.id,
      title: topic.title,
      answer: topic.answer,
      urgent: topic.urgent,
      helplines: numbers,
      links,
      search: topic.search,
    };
  });
}

/** What the browser needs to choose answers: ids, urgency, phrases and the fallback query. */
export const topicPhrases = (topics: readonly HelpTopic[]): (TopicPhrases & { search: string })[] =>
  topics.map((t) => ({ id: t.id, urgent: t.urgent, phrases: t.phrases, search: t.search }));

/**
 * A note at the head of a section saying that the section, or the page it stands on, is a draft or a plan not yet in effect
 * (a wiki's note panel `Note: this page is a draft of the Q4 plan. Nothing in this section is live yet.`, `※本節は来期の計画
 * 案です`): what follows is what the vendor means to do, not what it does, so none of it is read as a fact. Only the first
 * lines of the section count: a plan mentioned further down a section (`we plan to add …`) is read sentence by sentence.
 */
import type { Section } from './sections.js';

const planNote = new RegExp(
  [
    String.raw`(?<![A-Za-z])(?:this|the following)\s+(?:page|section|part|chapter)\s+(?:is|contains|describes|sets out)\s+(?:(?:a|an|the|our)\s+)?(?:(?:working|early|first)\s+)?(?:draft|proposal|proposed|planned|plan|future)(?![A-Za-z])`,
    String.raw`(?<![A-Za-z])nothing\s+(?:in|on|of)\s+this\s+(?:page|section|part)\s+is\s+(?:live|in\s+(?:place|effect|production|force))`,
    String.raw`(?:本|この|以下の)(?:節|章|項|ページ|セクション)(?:の内容)?は[^。\n]{0,30}?(?:計画|予定|構想|草案|ドラフト|案)(?:です|であり|であって|を|として)`,
  ].join('|'),
  'iu',
);

/** Whether the section opens with a note marking it (or its page) a draft or plan. */
export function markedAsPlan(section: Section): boolean {
  const head = section.body.text
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 2)
    .join('\n');
  return planNote.test(head);
}

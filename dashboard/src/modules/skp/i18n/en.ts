import type { qualitativeId } from './id';

// English texts of KUALITATIF indicators: narrative target and realisations, judged per period.
export const qualitativeEn: Record<keyof typeof qualitativeId, string> = {
  'qualitative.kind': 'Indicator type',
  'qualitative.kind.KUANTITATIF': 'Quantitative (a number)',
  'qualitative.kind.KUALITATIF': 'Qualitative (narrative)',
  'qualitative.tag': 'Qualitative',
  'qualitative.narrativeTarget': 'Narrative target',
  'qualitative.narrativeTargetHint':
    'Describe the expected result in words; no number or percentage. The supervisor judges it each period.',
  'qualitative.actionPlans': 'Action plan per quarter',
  'qualitative.narrative': 'Narrative realisation',
  'qualitative.narrativeHint': 'Describe what was achieved in this period.',
  'qualitative.judgedBySupervisor': 'Judged by the supervisor',
  'qualitative.awaitingJudgement': 'Awaiting the supervisor’s judgement',
  'qualitative.judgement': 'Supervisor’s judgement: {rating}',
  'qualitative.noPercentage': 'A qualitative indicator has no achievement percentage.',
  'qualitative.judge': 'Judgement of the indicator {name}',
  'qualitative.judgementsTitle': 'Qualitative indicators',
  'qualitative.judgementsHint':
    'Judge each qualitative indicator from its target and narrative realisation. The judgements count in the suggested result rating.',
  'qualitative.unjudged': 'not judged yet',
  'qualitative.suggestionCounts':
    'The suggestion combines the achievement of {numeric} quantitative indicators and {judged} judgements of qualitative indicators ({unjudged} not judged yet, left out).',
  'qualitative.savedSuggestion': 'Saved suggestion: {rating}.',
  'qualitative.error.noValue': 'a qualitative indicator is reported in words, not a number',
  'qualitative.error.noNarrative':
    'a narrative is for qualitative indicators only; enter the value',
  'qualitative.error.notJudgeable': 'is not a qualitative indicator of this SKP',
  'qualitative.error.quarterOnce': 'each quarter may be named once only',
};

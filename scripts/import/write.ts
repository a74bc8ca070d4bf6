// The goal file (goals/<id>.mdx) for one imported goal, in the key order and layout editors know:
// values, budget lines and the schedule on one line each, their wording in double quotes.
import { Document, isMap, isScalar, isSeq, Scalar, visit, type YAMLMap } from 'yaml';
import { PLACEHOLDER } from '../check/warnings.ts';
import type { ImportedAction, ImportedGoal } from './table.ts';

const actionData = (a: ImportedAction) => ({
  ...(a.id ? { id: a.id } : {}),
  title: a.title,
  ...(a.implementers.length > 0 ? { implementers: a.implementers } : {}),
  indicators: a.indicators,
  ...(a.budget && a.budget.length > 0 ? { budget: a.budget } : {}),
  ...(a.schedule ? { schedule: a.schedule } : {}),
  ...(a.funding ? { funding: a.funding } : {}),
});

/** One line, with its `text` in double quotes: { year: 2017, kind: target, value: 4, text: "…" }. */
function oneLine(map: YAMLMap) {
  map.flow = true;
  const text = map.items.find((p) => isScalar(p.key) && p.key.value === 'text')?.value;
  if (isScalar(text)) text.type = Scalar.QUOTE_DOUBLE;
}

export function goalFile(goal: ImportedGoal, order: number, sourceNote: string): string {
  const tasks = goal.tasks ?? [];
  const data = {
    id: goal.id,
    order,
    title: goal.title,
    summary: `${PLACEHOLDER}: streszczenie celu prostym językiem dla mieszkańców`,
    section: `${PLACEHOLDER}: miejsce w dokumencie (np. „Załącznik, Cel ${goal.id}.”)`,
    ...(tasks.length > 0
      ? { tasks: tasks.map((t) => ({ ...(t.id ? { id: t.id } : {}), title: t.title, actions: t.actions.map(actionData) })) }
      : {}),
    ...(goal.actions.length > 0 || tasks.length === 0 ? { actions: goal.actions.map(actionData) } : {}),
  };
  const doc = new Document(data);
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      if ((pair.key.value === 'values' || pair.key.value === 'budget') && isSeq(pair.value))
        pair.value.items.forEach((item) => isMap(item) && oneLine(item));
      if (pair.key.value === 'schedule' && isMap(pair.value)) oneLine(pair.value);
    },
  });
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  const position = goal.idByPosition
    ? `# dokument nie numeruje celów: id „${goal.id}” to miejsce celu w tabeli — zmień je, jeśli trzeba (przed publikacją)\n`
    : '';
  return `---\n# ${sourceNote}\n${position}${yaml}---\n${PLACEHOLDER}: opis, jak działania są realizowane.\n`;
}

/**
 * GitHub Actions annotations (workflow commands), shared by `--format github`
 * and the CI wrapper (scripts/ci/run-generate.ts) so both follow the same rules:
 *
 * - escaping per the runner (actions/toolkit command.ts): data escapes % CR LF;
 *   property values also `:` and `,`;
 * - `file=` relative to the repository root and `line=` where the change is, when known;
 * - GitHub shows at most 10 annotations per level per step: past 10, the first 9
 *   are kept and one more says how many were left out and where to read them.
 */

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  file?: string;
  line?: number;
}

/** GitHub's per-level, per-step display limit. */
export const ANNOTATIONS_PER_LEVEL = 10;

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** `::warning file=…,line=…,title=…::message` */
export function formatAnnotation(annotation: Annotation): string {
  const properties = [
    ...(annotation.file ? [`file=${escapeProperty(annotation.file)}`] : []),
    ...(annotation.file && annotation.line ? [`line=${annotation.line}`] : []),
    `title=${escapeProperty(annotation.title)}`,
  ].join(",");
  return `::${annotation.level} ${properties}::${escapeData(annotation.message)}`;
}

const PLURAL: Record<AnnotationLevel, string> = { error: "errors", warning: "warnings", notice: "notices" };

/**
 * At most `max` per level, in the given order: past it, the first max-1 and one
 * annotation counting the rest (never a silent loss).
 */
export function capAnnotations(annotations: readonly Annotation[], where: string, max = ANNOTATIONS_PER_LEVEL): Annotation[] {
  const byLevel = new Map<AnnotationLevel, Annotation[]>();
  for (const annotation of annotations) byLevel.set(annotation.level, [...(byLevel.get(annotation.level) ?? []), annotation]);
  const out: Annotation[] = [];
  for (const annotation of annotations) {
    const list = byLevel.get(annotation.level)!;
    if (list.length <= max) out.push(annotation);
    else if (list.indexOf(annotation) < max - 1) out.push(annotation);
    else if (list.indexOf(annotation) === max - 1) {
      const left = list.length - (max - 1);
      out.push({
        level: annotation.level,
        title: `${left} more ${PLURAL[annotation.level]} not shown`,
        message: `GitHub shows ${max} annotations per level; ${left} more ${PLURAL[annotation.level]} were left out here. ${where}`,
      });
    }
  }
  return out;
}

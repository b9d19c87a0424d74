/** RFC 9457 problem details, as the Baton services, the gateway and Camunda's REST API answer errors. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: { field?: string; message?: string }[];
}

/** Camunda's rejection when a task listener denies a completion: "... Reason to deny: 'Pick a reason'". */
const DENIAL = /Reason to deny: '([\s\S]*)'\s*$/;

/**
 * What to tell the user about a failed request: a task listener's own reason, the field errors,
 * the problem's detail or title, or, without a problem body, the HTTP status.
 */
export function problemMessage(problem: Problem | undefined, status: number): string {
  const detail = problem?.detail?.trim();
  const denial = detail ? DENIAL.exec(detail) : null;
  if (denial && denial[1].trim()) {
    return denial[1].trim();
  }
  const fieldErrors = (problem?.errors ?? [])
    .filter((error) => error.field || error.message)
    .map((error) => [error.field, error.message].filter(Boolean).join(' '));
  if (fieldErrors.length > 0) {
    return fieldErrors.join('; ');
  }
  if (detail) {
    return detail;
  }
  if (problem?.title?.trim()) {
    return problem.title.trim();
  }
  return status === 0 ? 'The gateway could not be reached.' : `The request failed with HTTP ${status}.`;
}

/** Reads a problem from a response body; anything that is not a JSON object is no problem. */
export function parseProblem(text: string): Problem | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Problem) : undefined;
  } catch {
    return undefined;
  }
}

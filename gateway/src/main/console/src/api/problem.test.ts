import { describe, expect, it } from 'vitest';
import { parseProblem, problemMessage } from './problem';

describe('problemMessage', () => {
  it("shows a task listener's own reason when it denied a completion", () => {
    const denial = {
      title: 'INVALID_STATE',
      status: 409,
      detail:
        "Command 'COMPLETE' rejected with code 'INVALID_STATE': Completion of the User Task with key '2251799813685279'" +
        " was denied by Task Listener. Reason to deny: 'Pick the reason marketing should hear about'",
    };
    expect(problemMessage(denial, 409)).toBe('Pick the reason marketing should hear about');
  });

  it('names each wrong field of an invalid input', () => {
    const invalid = {
      title: 'Invalid input',
      detail: 'reason must not be blank; triggeredBy must not be blank',
      errors: [
        { field: 'reason', message: 'must not be blank' },
        { field: 'triggeredBy', message: 'must not be blank' },
      ],
    };
    expect(problemMessage(invalid, 400)).toBe('reason must not be blank; triggeredBy must not be blank');
  });

  it('uses the detail, else the title, else the status', () => {
    expect(problemMessage({ title: 'Not found', detail: 'No customer D-404' }, 404)).toBe('No customer D-404');
    expect(problemMessage({ title: 'Service unavailable' }, 503)).toBe('Service unavailable');
    expect(problemMessage(undefined, 502)).toBe('The request failed with HTTP 502.');
    expect(problemMessage(undefined, 0)).toBe('The gateway could not be reached.');
  });

  it('keeps the whole detail when a denial gives no reason', () => {
    const detail = "Completion was denied by Task Listener. Reason to deny: ''";
    expect(problemMessage({ detail }, 409)).toBe(detail);
  });
});

describe('parseProblem', () => {
  it('reads JSON objects only', () => {
    expect(parseProblem('{"title":"Conflict","status":409}')).toEqual({ title: 'Conflict', status: 409 });
    expect(parseProblem('<html>Bad gateway</html>')).toBeUndefined();
    expect(parseProblem('[1,2]')).toBeUndefined();
    expect(parseProblem('')).toBeUndefined();
  });
});

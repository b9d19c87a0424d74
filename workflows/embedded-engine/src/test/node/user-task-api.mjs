// One call of the Camunda 8.8 user-task REST API, made with Camunda's own Node client
// (@camunda8/orchestration-cluster-api) against the embedded engine, as one user. NodeSdkUserTaskIT
// runs it once per call to prove that a client built from Camunda's OpenAPI spec accepts what the
// engine answers.
//
//   BATON_ENGINE_REST_ADDRESS=http://localhost:8088 BATON_BEARER_TOKEN=<jwt> \
//     node user-task-api.mjs searchUserTasks '{"filter":{"state":"CREATED"}}'
//
// The input is the SDK method's input: the request body with the path parameters beside it, e.g.
// {"userTaskKey":"2251799813685255","assignee":"sam"} for assignUserTask.
//
// Prints one line of JSON: {"result": ...} and exit code 0 when the call succeeded and its
// response passed validation; {"error": {...}} and exit code 1 when the SDK threw (an HTTP error
// with its problem detail, or a validation error with its issues); exit code 2 for a bad command.
//
// Validation is forced to req:strict,res:fanatical, whatever CAMUNDA_SDK_VALIDATION says: requests
// must match Camunda's schema, and responses must match it with no property the schema does not
// declare (the SDK saves such a response in CAMUNDA_SDK_VALIDATION_CAPTURE_DIR, by default
// .camunda-sdk-captures in the working directory).
//
// The SDK has no setting for a token obtained elsewhere (its strategies are NONE, BASIC and OAuth
// client credentials, which would need an identity provider), and its auth header hook is not
// called with strategy NONE; so it runs with strategy NONE and a fetch that adds the user's bearer
// token to every request.

import { createCamundaClient } from '@camunda8/orchestration-cluster-api';

/** The user-task operations, and whether the SDK treats them as eventually consistent reads. */
const OPERATIONS = {
  searchUserTasks: { read: true },
  getUserTask: { read: true },
  getUserTaskForm: { read: true },
  searchUserTaskVariables: { read: true },
  assignUserTask: { read: false },
  unassignUserTask: { read: false },
  completeUserTask: { read: false },
  updateUserTask: { read: false },
};

const [operation, inputJson = '{}'] = process.argv.slice(2);
const restAddress = process.env.BATON_ENGINE_REST_ADDRESS;
const token = process.env.BATON_BEARER_TOKEN;
if (!Object.hasOwn(OPERATIONS, operation) || !restAddress || !token) {
  process.stderr.write(
    `usage: BATON_ENGINE_REST_ADDRESS=<url> BATON_BEARER_TOKEN=<jwt> node user-task-api.mjs ` +
      `<${Object.keys(OPERATIONS).join('|')}> [<input JSON>]\n`,
  );
  process.exit(2);
}

const camunda = createCamundaClient({
  config: {
    CAMUNDA_REST_ADDRESS: restAddress,
    CAMUNDA_AUTH_STRATEGY: 'NONE',
    CAMUNDA_SDK_VALIDATION: 'req:strict,res:fanatical',
    // One attempt: a test of the API must see its first answer, not a retried one.
    CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: 1,
  },
  fetch: (input, init) => {
    const request = new Request(input, init);
    request.headers.set('Authorization', `Bearer ${token}`);
    return fetch(request);
  },
});

const input = JSON.parse(inputJson);
try {
  // Reads are answered at once: the test waits for the engine itself, on the Java side.
  const result = await (OPERATIONS[operation].read
    ? camunda[operation](input, { consistency: { waitUpToMs: 0 } })
    : camunda[operation](input));
  process.stdout.write(`${JSON.stringify({ result: result ?? null })}\n`);
} catch (error) {
  const { name, message, status, title, detail, side, issues } = error;
  const cause = error.cause?.message;
  process.stdout.write(
    `${JSON.stringify({ error: { name, message, status, title, detail, side, issues, cause } })}\n`,
  );
  process.exitCode = 1;
}

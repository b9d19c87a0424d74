import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-viewer/dist/assets/flatpickr/light.css';

/** A Camunda Form rendered with form-js (the viewer Tasklist renders forms with). */
export interface TaskForm {
  /** The values of the form's fields, or the errors that keep it from being submitted. */
  submit(): { data: Record<string, unknown>; valid: boolean };
  destroy(): void;
}

export async function renderTaskForm(
  container: HTMLElement,
  schema: Record<string, unknown>,
  data: Record<string, unknown>,
): Promise<TaskForm> {
  const form = new Form({ container });
  await form.importSchema(schema, data);
  return {
    submit: () => {
      const { data: values, errors } = form.submit();
      return { data: values, valid: Object.keys(errors).length === 0 };
    },
    destroy: () => form.destroy(),
  };
}

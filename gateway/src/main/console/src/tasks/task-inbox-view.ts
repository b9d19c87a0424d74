import type { ConsoleSettings } from '../api/settings';
import type { Session } from '../auth/session';
import { emptyState, facts, loading, problemBox, time } from '../ui/components';
import { h, replace } from '../ui/dom';
import type { TaskForm } from './task-form';
import { assign, complete, findForm, findInbox, findVariables } from './user-task-api';
import { isAssignedTo, offeredTo, type UserTask } from './user-tasks';

/**
 * Local mode: the signed-in user's Camunda user tasks, each with its Camunda Form, completed through
 * the same user-task API Tasklist uses. In production the inbox is off and links to Tasklist.
 */
export function renderTaskInbox(
  main: HTMLElement,
  settings: ConsoleSettings,
  session: Session | undefined,
  signIn: () => void,
): void {
  document.title = 'Tasks · Baton console';
  if (!settings.taskInboxEnabled) {
    replace(
      main,
      h('h1', {}, 'Tasks'),
      settings.tasklistUrl
        ? h(
            'p',
            {},
            'Your tasks are in Camunda Tasklist: ',
            h('a', { href: settings.tasklistUrl, rel: 'noopener' }, 'open Tasklist'),
            '.',
          )
        : emptyState('The task inbox is off here, and no Tasklist address is configured.'),
    );
    return;
  }
  if (!session) {
    replace(
      main,
      h('h1', {}, 'Tasks'),
      h('p', {}, 'Sign in to see the tasks for you and your groups. '),
      h('button', { type: 'button', onclick: signIn }, 'Sign in'),
    );
    return;
  }
  new TaskInbox(main, session).show();
}

class TaskInbox {
  private readonly list = h('div', { class: 'task-list' });
  private readonly notice = h('div', { class: 'notice', 'aria-live': 'polite' });
  private readonly detail = h('section', { class: 'task-detail card', 'aria-label': 'Selected task' });
  private form: TaskForm | undefined;
  private selectedKey: string | undefined;

  constructor(
    private readonly main: HTMLElement,
    private readonly session: Session,
  ) {}

  show(): void {
    replace(
      this.main,
      h(
        'div',
        { class: 'page-header' },
        h('h1', {}, 'Tasks'),
        h('button', { type: 'button', class: 'secondary', onclick: () => void this.loadList() }, 'Refresh'),
      ),
      h(
        'p',
        {},
        `Open tasks for ${this.session.username}${this.session.groups.length ? ` and ${this.session.groups.join(', ')}` : ''}.`,
      ),
      this.notice,
      h('div', { class: 'inbox' }, h('nav', { 'aria-label': 'Your tasks' }, this.list), this.detail),
    );
    replace(this.detail, emptyState('Choose a task to see its form.'));
    void this.loadList();
  }

  private async loadList(): Promise<void> {
    replace(this.list, loading('Loading your tasks…'));
    try {
      const tasks = await findInbox(this.session);
      replace(
        this.list,
        tasks.length
          ? h(
              'ul',
              { class: 'tasks' },
              tasks.map((task) => h('li', {}, this.taskButton(task))),
            )
          : emptyState('No open tasks for you or your groups.'),
      );
    } catch (error) {
      replace(this.list, problemBox(error, 'Your tasks could not be loaded'));
    }
  }

  private taskButton(task: UserTask): HTMLButtonElement {
    return h(
      'button',
      {
        type: 'button',
        class: 'task',
        'aria-current': task.userTaskKey === this.selectedKey ? 'true' : false,
        onclick: (event: Event) => {
          this.list.querySelectorAll('[aria-current]').forEach((other) => other.removeAttribute('aria-current'));
          (event.currentTarget as HTMLElement).setAttribute('aria-current', 'true');
          void this.open(task);
        },
      },
      h('strong', {}, task.name ?? task.elementId ?? task.userTaskKey),
      h('span', { class: 'muted' }, task.processName ?? task.processDefinitionId ?? ''),
      h('small', {}, `for ${offeredTo(task, this.session.username)} · `, time(task.creationDate)),
    );
  }

  private async open(task: UserTask): Promise<void> {
    this.selectedKey = task.userTaskKey;
    this.form?.destroy();
    this.form = undefined;
    replace(this.notice);
    const title = h('h2', { tabindex: -1 }, task.name ?? task.elementId ?? task.userTaskKey);
    const alert = h('div', { class: 'task-alert' });
    const formContainer = h('div', { class: 'task-form' }, loading('Loading the form…'));
    const actions = h('div', { class: 'actions' });
    replace(
      this.detail,
      title,
      facts([
        ['Process', task.processName ?? task.processDefinitionId],
        ['For', offeredTo(task, this.session.username)],
        ['Created', time(task.creationDate)],
        ['Due', task.dueDate ? time(task.dueDate) : undefined],
        ['Priority', task.priority === undefined ? undefined : String(task.priority)],
      ]),
      alert,
      formContainer,
      actions,
    );
    title.focus();
    try {
      const [schema, data, { renderTaskForm }] = await Promise.all([
        findForm(task),
        findVariables(task),
        import('./task-form'),
      ]);
      if (this.selectedKey !== task.userTaskKey) {
        return;
      }
      replace(formContainer);
      if (schema) {
        this.form = await renderTaskForm(formContainer, schema, data);
      } else {
        replace(formContainer, emptyState('This task has no form: complete it when it is done.'));
      }
      this.renderActions(task, actions, alert);
    } catch (error) {
      replace(formContainer, problemBox(error, 'The task could not be opened'));
    }
  }

  private renderActions(task: UserTask, actions: HTMLElement, alert: HTMLElement): void {
    const mine = isAssignedTo(task, this.session.username);
    const completeButton = h('button', { type: 'button', disabled: !mine }, 'Complete task');
    completeButton.addEventListener('click', () => void this.complete(task, completeButton, alert));
    replace(
      actions,
      mine
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              onclick: async () => {
                replace(alert);
                try {
                  await assign(task, this.session.username);
                  task.assignee = this.session.username;
                  this.renderActions(task, actions, alert);
                  completeButton.focus();
                } catch (error) {
                  replace(alert, problemBox(error, 'The task was not assigned to you'));
                }
              },
            },
            'Assign to me',
          ),
      completeButton,
      mine ? null : h('small', { class: 'muted' }, ' Assign the task to yourself to complete it.'),
    );
  }

  private async complete(task: UserTask, button: HTMLButtonElement, alert: HTMLElement): Promise<void> {
    replace(alert);
    const submission = this.form?.submit() ?? { data: {}, valid: true };
    if (!submission.valid) {
      replace(alert, h('p', { class: 'problem', role: 'alert' }, 'Check the highlighted fields.'));
      return;
    }
    button.disabled = true;
    try {
      await complete(task, submission.data);
      this.form?.destroy();
      this.form = undefined;
      this.selectedKey = undefined;
      replace(this.detail, emptyState('Choose a task to see its form.'));
      replace(
        this.notice,
        h('p', { class: 'success', role: 'status' }, `Completed “${task.name ?? task.userTaskKey}”.`),
      );
      await this.loadList();
    } catch (error) {
      replace(alert, problemBox(error, 'The task was not completed'));
      button.disabled = false;
    }
  }
}

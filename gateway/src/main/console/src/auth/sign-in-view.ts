import { problemBox } from '../ui/components';
import { h, replace } from '../ui/dom';
import { parseNames, type Identity, type Session } from './session';
import { signIn } from './sign-in';

/** The people of the local suite, one per team: their Camunda group and their role for the API. */
const PEOPLE: Identity[] = [
  { username: 'sam', groups: ['sales'], roles: ['sales'] },
  { username: 'amy', groups: ['account-managers'], roles: ['account-manager'] },
  { username: 'sue', groups: ['service-agents'], roles: ['service-agent'] },
  { username: 'cleo', groups: ['cs-leaders'], roles: ['cs-leader'] },
];

/** Local mode: the user says who they are (user id, groups and roles). */
export function renderSignIn(container: HTMLElement, signedIn: (session: Session) => void): void {
  document.title = 'Sign in · Baton console';
  const username = h('input', {
    id: 'sign-in-username',
    name: 'username',
    required: true,
    autocomplete: 'username',
    maxlength: 100,
  });
  const groups = h('input', { id: 'sign-in-groups', name: 'groups', 'aria-describedby': 'sign-in-groups-hint' });
  const roles = h('input', { id: 'sign-in-roles', name: 'roles', 'aria-describedby': 'sign-in-roles-hint' });
  const problem = h('div', { class: 'sign-in-problem' });
  const submit = async (identity: Identity): Promise<void> => {
    replace(problem);
    try {
      signedIn(await signIn(identity));
    } catch (error) {
      replace(problem, problemBox(error, 'Not signed in'));
    }
  };
  replace(
    container,
    h(
      'main',
      { id: 'main', class: 'sign-in', tabindex: -1 },
      h('h1', {}, 'Sign in to the Baton console'),
      h('p', {}, 'Local mode: choose who you are. The task inbox shows your tasks and the tasks of your groups.'),
      problem,
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'sign-in-people' },
        h('h2', { id: 'sign-in-people' }, 'Sign in as'),
        h(
          'ul',
          { class: 'people' },
          PEOPLE.map((person) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', class: 'secondary', onclick: () => void submit(person) },
                h('strong', {}, person.username),
                ` in ${person.groups.join(', ')}`,
              ),
            ),
          ),
        ),
      ),
      h(
        'form',
        {
          class: 'card form',
          'aria-labelledby': 'sign-in-other',
          onsubmit: (event: Event) => {
            event.preventDefault();
            void submit({
              username: username.value.trim(),
              groups: parseNames(groups.value),
              roles: parseNames(roles.value),
            });
          },
        },
        h('h2', { id: 'sign-in-other' }, 'Someone else'),
        h('div', { class: 'field' }, h('label', { for: 'sign-in-username' }, 'User id'), username),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'sign-in-groups' }, 'Groups'),
          groups,
          h('small', { id: 'sign-in-groups-hint', class: 'muted' }, 'Camunda candidate groups, e.g. sales-managers'),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'sign-in-roles' }, 'Roles'),
          roles,
          h('small', { id: 'sign-in-roles-hint', class: 'muted' }, 'Roles for the API, e.g. sales, cs-leader'),
        ),
        h('button', { type: 'submit' }, 'Sign in'),
      ),
    ),
  );
}

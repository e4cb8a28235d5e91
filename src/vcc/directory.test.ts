import { VccDirectory } from './directory';
import type { VccUser } from './types';

const user = (userId: string, username: string, agentId: string | null, active = true): VccUser => ({
  userId,
  username,
  name: username,
  email: username,
  active,
  locked: false,
  ssoExternalId: null,
  userAccountConfiguration: agentId
    ? { role: 'Agent', actAsAgent: true, agentConfiguration: { agentDisplayId: agentId } }
    : { role: 'Supervisor', actAsAgent: false }
});

describe('VccDirectory', () => {
  it('finds users by username (any case) and by agent ID (by number), archived users included', () => {
    const directory = VccDirectory.fromUsers([
      user('u1', 'Ann@Example.com', '0042'),
      user('u2', 'bob@example.com', null, false)
    ]);
    expect(directory.byUsername(' ann@example.COM ')).toEqual({
      userId: 'u1',
      username: 'Ann@Example.com',
      agentId: '0042',
      active: true
    });
    expect(directory.byAgentId('42')?.userId).toBe('u1');
    expect(directory.byUsername('bob@example.com')).toMatchObject({ agentId: null, active: false });
    expect(directory.byUsername('nobody@example.com')).toBeNull();
    expect(directory.byAgentId('')).toBeNull();
    expect([...directory.agentIdsInUse()]).toEqual(['0042']);
    expect(directory.size).toBe(2);
  });

  it('learns a user created during the job', () => {
    const directory = new VccDirectory();
    directory.add({ userId: 'u3', username: 'new@example.com', agentId: '7', active: true });
    expect(directory.byAgentId('007')?.username).toBe('new@example.com');
    expect([...directory.entries()].map((entry) => entry.userId)).toEqual(['u3']);
  });

  it('never crashes on an unexpected shape: no agent ID is read from it', () => {
    const odd = {
      ...user('u4', 'odd@example.com', null),
      userAccountConfiguration: { role: 'Agent', actAsAgent: { agentConfiguration: { agentDisplayId: '9' } } }
    };
    const directory = VccDirectory.fromUsers([odd as unknown as VccUser]);
    expect(directory.byUsername('odd@example.com')?.agentId).toBeNull();
  });
});

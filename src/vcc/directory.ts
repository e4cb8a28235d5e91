/**
 * The tenant's users as keys only: username, user ID, agent ID and whether the user is active. Read once per job
 * (archived users included: they keep their username and agent ID), then kept up to date with what the job
 * creates. Memory grows with the number of keys, never with whole user objects.
 */
import { agentIdKey, usernameKey } from '../core';
import { agentDisplayIdOf, type VccUser } from './types';

export interface VccDirectoryEntry {
  userId: string;
  username: string;
  agentId: string | null;
  active: boolean;
}

export class VccDirectory {
  private readonly usernames = new Map<string, VccDirectoryEntry>();
  private readonly agentIds = new Map<string, VccDirectoryEntry>();

  /** A directory of the given users (e.g. a list already read). */
  static fromUsers(users: Iterable<VccUser>): VccDirectory {
    const directory = new VccDirectory();
    for (const user of users) {
      directory.addUser(user);
    }
    return directory;
  }

  /** The entry of a VCC user: its keys only. */
  static entryOf(user: VccUser): VccDirectoryEntry {
    return {
      userId: user.userId,
      username: user.username,
      agentId: agentDisplayIdOf(user),
      active: user.active !== false
    };
  }

  /** Adds (or replaces) a user, e.g. after a create. */
  add(entry: VccDirectoryEntry): void {
    // One copy, held by both indexes.
    const held: VccDirectoryEntry = {
      userId: entry.userId,
      username: entry.username,
      agentId: entry.agentId,
      active: entry.active
    };
    const key = usernameKey(held.username);
    if (key !== null) {
      this.usernames.set(key, held);
    }
    const agentKey = agentIdKey(held.agentId);
    if (agentKey !== null) {
      this.agentIds.set(agentKey, held);
    }
  }

  addUser(user: VccUser): void {
    this.add(VccDirectory.entryOf(user));
  }

  /** The user with this username (case-insensitive), or null. */
  byUsername(username: string | null | undefined): VccDirectoryEntry | null {
    const key = usernameKey(username);
    return key === null ? null : (this.usernames.get(key) ?? null);
  }

  /** The user holding this agent ID (compared by number: "0042" is 42), or null. */
  byAgentId(agentId: string | null | undefined): VccDirectoryEntry | null {
    const key = agentIdKey(agentId);
    return key === null ? null : (this.agentIds.get(key) ?? null);
  }

  /** Every agent ID held by a VCC user, archived users included, as VCC spells it. */
  *agentIdsInUse(): Iterable<string> {
    for (const entry of this.agentIds.values()) {
      if (entry.agentId !== null) {
        yield entry.agentId;
      }
    }
  }

  /** Every entry, by username. */
  entries(): Iterable<VccDirectoryEntry> {
    return this.usernames.values();
  }

  /** The number of users. */
  get size(): number {
    return this.usernames.size;
  }
}

/**
 * The VccCompletion gate: a small copy of the classes that follows the rules passes; a permission step named by its
 * bare kind (a second 'groups' step) or a missing-list name that differs from the TypeScript twin fails.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { completionStepProblems, fakeWriteProblems } from './completionSteps';

const CLIENT = `public with sharing class VccAdminClient {
  public static final List<String> PERMISSION_KINDS = new List<String>{
    'groups',
    'queues'
  };
}
`;

const COMPLETION = `public with sharing class VccCompletion {
  private static final Map<String, String> PERMISSION_NAMES = new Map<String, String>{
    'groups' => 'group permissions',
    'queues' => 'queue permissions'
  };
  private static final String PERMISSION_STEP = 'permissions/';

  public List<String> steps() {
    List<String> names = new List<String>();
    // names.add('comment');
    names.add('skills');
    names.add('groups');
    for (String kind : template.permissionKinds()) {
      names.add(PERMISSION_STEP + kind);
    }
    return names;
  }
}
`;

const TYPESCRIPT = `const PERMISSION_LABELS: Readonly<Record<VccPermissionKind, readonly [string, string]>> = {
  groups: ['group permission', 'group permissions'],
  queues: ['queue permission', 'queue permissions']
};
`;

const FAKE = `@IsTest
public class VccFakeApi implements HttpCalloutMock {
  private static final Map<String, String> ARRAY_NAMES = new Map<String, String>{
    'skills' => 'agentSkills',
    'groups' => 'agentGroups',
    'permissions/queues' => 'queues'
  };
}
`;

const CREATOR_TESTS = `@IsTest
private class VccUserCreator_Tests {
  @IsTest
  static void namesTheStepThatFailed() {
    VccFakeApi api = VccFakeApi.withTemplates();
    // api.failingWrites.put('commented', 500);
    api.failingWrites.put('groups', 500);
    api.failingWrites.put('permissions/queues', 500);
  }
}
`;

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vcc-completion-'));
  writeFileSync(path.join(dir, 'VccAdminClient.cls'), CLIENT);
  writeFileSync(path.join(dir, 'VccCompletion.cls'), COMPLETION);
  writeFileSync(path.join(dir, 'completion.ts'), TYPESCRIPT);
  writeFileSync(path.join(dir, 'VccFakeApi.cls'), FAKE);
  writeFileSync(path.join(dir, 'VccUserCreator_Tests.cls'), CREATOR_TESTS);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function plant(file: string, from: string, to: string): void {
  const full = path.join(dir, file);
  const before = readFileSync(full, 'utf8');
  expect(before).toContain(from);
  writeFileSync(full, before.replace(from, to));
}

const problems = (): string[] => completionStepProblems(dir, path.join(dir, 'completion.ts'));

describe('the VccCompletion steps gate', () => {
  it('passes on distinct steps and the TypeScript names', () => {
    expect(problems()).toEqual([]);
  });

  it('passes on a literal prefix too', () => {
    plant('VccCompletion.cls', 'names.add(PERMISSION_STEP + kind)', "names.add('permissions/' + kind)");
    expect(problems()).toEqual([]);
  });

  it('fails on a permission step named by its bare kind, which clashes with the groups step', () => {
    plant('VccCompletion.cls', 'names.add(PERMISSION_STEP + kind)', 'names.add(kind)');
    expect(problems()).toEqual([
      expect.stringMatching(
        /^VccCompletion\.cls:8 steps\(\) names two steps 'groups': writeStep and mergeStep/
      )
    ]);
  });

  it('fails on a step built from something it cannot read', () => {
    plant('VccCompletion.cls', 'names.add(PERMISSION_STEP + kind)', 'names.add(prefixOf(kind))');
    expect(problems()).toEqual([
      'VccCompletion.cls:8 steps() adds prefixOf(kind): write a permission step as PREFIX + kind'
    ]);
  });

  it('fails on a missing-list name that differs from src/vcc/completion.ts', () => {
    plant('VccCompletion.cls', "'queues' => 'queue permissions'", "'queues' => 'queues'");
    expect(problems()).toEqual([
      "VccCompletion.cls: PERMISSION_NAMES names queues 'queues', src/vcc/completion.ts 'queue permissions'"
    ]);
  });
});

describe('the VccFakeApi failing-writes gate', () => {
  it('passes on lists the fake routes', () => {
    expect(fakeWriteProblems(dir)).toEqual([]);
  });

  it('fails on a list the fake does not route, such as a bare permission kind', () => {
    plant('VccUserCreator_Tests.cls', "put('permissions/queues'", "put('queues'");
    expect(fakeWriteProblems(dir)).toEqual([
      "VccUserCreator_Tests.cls:8 failingWrites.put('queues'): the fake has no list queues (skills, groups, permissions/queues)"
    ]);
  });
});

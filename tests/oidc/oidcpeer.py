# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The peers of the OpenID Connect tests (standard library only).

Provider: panva's oidc-provider (tools/oidc-provider/provider.mjs) on 127.0.0.1 over TLS,
with a fresh self-signed certificate, keys and users in a temporary directory.
RelyingParty: a small OpenID Connect client (PKCE S256, state, nonce, code exchange,
refresh, revocation, end session) that logs in through browser.py, as the app does.
Server: careportal-server with the OIDC flags, started like tests/support/serverprocess.cpp.
"""

import base64
import hashlib
import http.client
import http.server
import json
import os
import secrets
import shutil
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.path.dirname(os.path.dirname(HERE))
PROVIDER_DIR = os.path.join(SOURCE_DIR, "tools", "oidc-provider")
BROWSER = os.path.join(HERE, "browser.py")

SUBSTANTIAL = "http://eidas.europa.eu/LoA/substantial"
LOW = "http://eidas.europa.eu/LoA/low"
PASSWORD = "Geheim!2026"
SCOPES = "openid email profile offline_access"
START_TIMEOUT = 30


def provider_installed():
    return os.path.isdir(os.path.join(PROVIDER_DIR, "node_modules", "oidc-provider"))


def user(sub, email, acr=SUBSTANTIAL, email_verified=True, name=None):
    return {"sub": sub, "email": email, "email_verified": email_verified,
            "name": name or email.split("@")[0], "password": PASSWORD, "acr": acr}


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def decode_jwt(token):
    """Header and payload of a compact JWS, unverified (the server verifies)."""
    def part(text):
        return json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    header, payload, _ = token.split(".")
    return part(header), part(payload)


def wait_for_line(process, prefix, timeout=START_TIMEOUT):
    """Reads stdout lines until one starts with prefix; returns the rest of that line."""
    result = {}

    def read():
        for line in process.stdout:
            if line.startswith(prefix):
                result["line"] = line[len(prefix):].strip()
                return
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    return result.get("line")


def stop_process(process):
    if process and process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


class Provider:
    """oidc-provider on 127.0.0.1. Restarts keep the port, so the issuer stays the same."""

    def __init__(self, users, id_token_ttl=None):
        self.dir = tempfile.mkdtemp(prefix="oidc-provider-")
        self.cert = os.path.join(self.dir, "cert.pem")
        self.key = os.path.join(self.dir, "key.pem")
        self.users = os.path.join(self.dir, "users.json")
        self.keys = os.path.join(self.dir, "keys.json")
        self.id_token_ttl = id_token_ttl
        self.process = None
        self.port = 0
        self.issuer = None
        with open(self.users, "w", encoding="utf-8") as f:
            json.dump(users, f)
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                        "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", self.key, "-out", self.cert],
                       check=True, capture_output=True)
        self.generate_keys(self.keys, "key-1")

    def generate_keys(self, path, kid):
        subprocess.run(["node", os.path.join(PROVIDER_DIR, "provider.mjs"), "--generate-keys", path,
                        "--kid", kid], check=True, capture_output=True)
        return path

    def key_file(self, name):
        return os.path.join(self.dir, name)

    def write_keys(self, path, *key_files):
        """Writes a JWKS of the keys of key_files, in that order (the first signs)."""
        keys = []
        for key_file in key_files:
            with open(key_file, encoding="utf-8") as f:
                keys += json.load(f)["keys"]
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"keys": keys}, f)
        return path

    def start(self, keys=None):
        if keys:
            self.keys = keys
        args = ["node", os.path.join(PROVIDER_DIR, "provider.mjs"), "--port", str(self.port),
                "--cert", self.cert, "--key", self.key, "--keys", self.keys, "--users", self.users]
        if self.id_token_ttl:
            args += ["--id-token-ttl", str(self.id_token_ttl)]
        self.log = open(os.path.join(self.dir, "provider.log"), "a", encoding="utf-8")
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self.log, text=True)
        url = wait_for_line(self.process, "listening ")
        if not url:
            self.stop()
            raise RuntimeError("the provider did not start:\n" + self.log_text())
        self.issuer = url
        self.port = urllib.parse.urlsplit(url).port
        return self

    def log_text(self):
        with open(os.path.join(self.dir, "provider.log"), encoding="utf-8") as f:
            return f.read()

    def stop(self):
        stop_process(self.process)
        if self.process:
            self.process.stdout.close()
        self.process = None
        if getattr(self, "log", None):
            self.log.close()

    def restart(self, keys=None):
        self.stop()
        # The port was just freed; another process could take it, but on loopback in a
        # test run that has not been seen.
        for _ in range(20):
            try:
                return self.start(keys)
            except RuntimeError:
                time.sleep(0.25)
        return self.start(keys)

    def close(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def discovery(self):
        return https_json(self, "GET", "/.well-known/openid-configuration")[1]


def https_json(provider, method, path, form=None):
    """(status, JSON body) of a request to the provider."""
    context = ssl.create_default_context(cafile=provider.cert)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}),
                                         urllib.request.HTTPSHandler(context=context))
    url = path if path.startswith("https://") else provider.issuer + path
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    try:
        with opener.open(urllib.request.Request(url, data=data, method=method), timeout=30) as r:
            body = r.read()
            return r.status, json.loads(body) if body else {}
    except urllib.error.HTTPError as error:
        body = error.read()
        try:
            return error.code, json.loads(body)
        except ValueError:
            return error.code, {"raw": body.decode("utf-8", "replace")}


class LoopbackListener:
    """The app's loopback redirect listener: answers the browser, keeps the query."""

    def __init__(self):
        listener = self
        self.queries = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                listener.queries.append(self.path)
                body = "U kunt terug naar de app.".encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class BrowserResult:
    def __init__(self, code, output):
        self.code = code
        self.output = output
        self.redirect = None
        for line in output.splitlines():
            if line.startswith("redirected "):
                self.redirect = line[len("redirected "):]
                break
        self.params = {}
        if self.redirect:
            query = urllib.parse.urlsplit(self.redirect).query
            self.params = dict(urllib.parse.parse_qsl(query))


def run_browser(provider, url, user=None, password=PASSWORD, deny=False, cookies=None,
                expect=None):
    """Runs browser.py; expect is None, "login" or "no-login"."""
    args = [sys.executable, BROWSER, url, "--ca", provider.cert]
    if user:
        args += ["--user", user, "--password", password]
    if deny:
        args.append("--deny")
    if cookies:
        args += ["--cookies", cookies]
    if expect:
        args.append("--expect-" + expect)
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    return BrowserResult(done.returncode, done.stdout + done.stderr)


class RelyingParty:
    """A small native OpenID Connect client, as the app is."""

    def __init__(self, provider, client_id="careportal-app", cookies=None):
        self.provider = provider
        self.client_id = client_id
        self.cookies = cookies or os.path.join(provider.dir, f"cookies-{secrets.token_hex(4)}.txt")
        self.listener = LoopbackListener()
        self.redirect_uri = f"http://127.0.0.1:{self.listener.port}/callback"

    def close(self):
        self.listener.close()

    def authorization_url(self, scope=SCOPES, acr_values=SUBSTANTIAL, **extra):
        """A fresh authorization request: (url, state, nonce, code_verifier)."""
        state = secrets.token_urlsafe(16)
        nonce = secrets.token_urlsafe(16)
        verifier = secrets.token_urlsafe(48)
        challenge = b64url(hashlib.sha256(verifier.encode()).digest())
        params = {"response_type": "code", "client_id": self.client_id,
                  "redirect_uri": self.redirect_uri, "scope": scope, "state": state,
                  "nonce": nonce, "code_challenge": challenge, "code_challenge_method": "S256",
                  "acr_values": acr_values}
        params.update({k: str(v) for k, v in extra.items()})
        params = {k: v for k, v in params.items() if v is not None}
        endpoint = self.provider.discovery()["authorization_endpoint"]
        return endpoint + "?" + urllib.parse.urlencode(params), state, nonce, verifier

    def authorize(self, user=None, deny=False, expect=None, **extra):
        """Runs the browser through an authorization request. Returns
        (BrowserResult, state, nonce, verifier); the result's params hold code/error."""
        url, state, nonce, verifier = self.authorization_url(**extra)
        result = run_browser(self.provider, url, user=user, deny=deny, cookies=self.cookies,
                             expect=expect)
        return result, state, nonce, verifier

    def exchange(self, code, verifier):
        return self.token({"grant_type": "authorization_code", "code": code,
                           "redirect_uri": self.redirect_uri, "code_verifier": verifier})

    def login(self, user, **extra):
        """The whole code flow for this user; returns (token response, nonce). Fails loudly.
        prompt=login, so a provider session of another user in the cookie jar is not used."""
        extra.setdefault("prompt", "login")
        result, state, nonce, verifier = self.authorize(user=user, **extra)
        if result.code != 0 or result.params.get("state") != state or "code" not in result.params:
            raise AssertionError(f"login of {user} failed:\n{result.output}")
        status, tokens = self.exchange(result.params["code"], verifier)
        if status != 200:
            raise AssertionError(f"code exchange failed: {status} {tokens}")
        return tokens, nonce

    def refresh(self, refresh_token):
        return self.token({"grant_type": "refresh_token", "refresh_token": refresh_token})

    def revoke(self, token, hint="refresh_token"):
        endpoint = self.provider.discovery()["revocation_endpoint"]
        return https_json(self.provider, "POST", endpoint,
                          {"token": token, "token_type_hint": hint, "client_id": self.client_id})

    def token(self, form):
        endpoint = self.provider.discovery()["token_endpoint"]
        return https_json(self.provider, "POST", endpoint, dict(form, client_id=self.client_id))

    def end_session(self, id_token):
        """Logout at the provider through the browser; returns the BrowserResult."""
        endpoint = self.provider.discovery()["end_session_endpoint"]
        params = {"id_token_hint": id_token, "client_id": self.client_id, "state": "uit",
                  "post_logout_redirect_uri": f"http://127.0.0.1:{self.listener.port}/logged-out"}
        return run_browser(self.provider, endpoint + "?" + urllib.parse.urlencode(params),
                           cookies=self.cookies)


class Server:
    """careportal-server with the demo data and the OIDC flags."""

    def __init__(self, binary, provider, client_id="careportal-app", acr=SUBSTANTIAL,
                 extra=()):
        self.binary = binary
        self.dir = tempfile.mkdtemp(prefix="careportal-server-")
        self.data_dir = os.path.join(self.dir, "data")
        self.log_path = os.path.join(self.dir, "server.log")
        args = [binary, "--data-dir", self.data_dir, "--port", "0", "--demo",
                "--oidc-issuer", provider.issuer, "--oidc-client-id", client_id,
                "--oidc-provider-name", "Testprovider", "--oidc-scopes", SCOPES,
                "--oidc-ca-file", provider.cert]
        if acr:
            args += ["--oidc-acr", acr]
        args += list(extra)
        self.log = open(self.log_path, "w", encoding="utf-8")
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self.log, text=True)
        lines = {}

        def read():
            for line in self.process.stdout:
                for key, prefix in (("url", "CarePortal server listening on "),
                                    ("fingerprint", "TLS certificate SHA-256 fingerprint: ")):
                    if line.startswith(prefix):
                        lines[key] = line[len(prefix):].strip()
                if len(lines) == 2:
                    return
        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(START_TIMEOUT)
        if len(lines) != 2:
            self.stop()
            raise RuntimeError("careportal-server did not start:\n" + self.log_text())
        # Keep reading stdout so the server never blocks on a full pipe.
        threading.Thread(target=lambda: [None for _ in self.process.stdout], daemon=True).start()
        parts = urllib.parse.urlsplit(lines["url"])
        self.port = parts.port
        self.base = parts.path
        self.fingerprint = lines["fingerprint"].replace(":", "").lower()

    def log_text(self):
        with open(self.log_path, encoding="utf-8") as f:
            return f.read()

    def stop(self):
        stop_process(self.process)
        self.process.stdout.close()
        self.log.close()

    def close(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def request(self, method, path, body=None, token=None):
        """(status, JSON body) of an API request; the server's certificate is pinned."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        connection = http.client.HTTPSConnection("127.0.0.1", self.port, context=context,
                                                 timeout=30)
        try:
            connection.connect()
            seen = hashlib.sha256(connection.sock.getpeercert(binary_form=True)).hexdigest()
            if seen != self.fingerprint:
                raise RuntimeError("the server's certificate is not the one it announced")
            headers = {"Accept": "application/json"}
            data = None
            if body is not None:
                data = json.dumps(body).encode()
                headers["Content-Type"] = "application/json"
            if token:
                headers["Authorization"] = "Bearer " + token
            connection.request(method, self.base + path, body=data, headers=headers)
            response = connection.getresponse()
            raw = response.read()
            try:
                return response.status, json.loads(raw) if raw else {}
            except ValueError:
                return response.status, {"raw": raw.decode("utf-8", "replace")}
        finally:
            connection.close()

    def oidc_login(self, id_token, nonce):
        return self.request("POST", "/auth/oidc", {"idToken": id_token, "nonce": nonce})

    def admin(self, *args):
        """Runs `careportal-server admin ...` on this server's data; (exit code, output)."""
        done = subprocess.run([self.binary, "admin", "--data-dir", self.data_dir, *args],
                              capture_output=True, text=True, timeout=60)
        return done.returncode, done.stdout + done.stderr


def main():
    """A test file's entry point: exit 77 (ctest's skip) when the provider is not installed."""
    if not provider_installed():
        print("SKIP: tools/oidc-provider/node_modules is missing "
              "(cd tools/oidc-provider && npm ci --no-audit --no-fund)")
        sys.exit(77)
    import unittest
    unittest.main(module="__main__", verbosity=2)

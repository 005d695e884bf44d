# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""careportal-server as resource server (issue 21) against the real provider: the ID token
the relying party got through the browser is sent to POST /auth/oidc, as the app does.
The server binary comes from ctest (CAREPORTAL_SERVER)."""

import json
import os
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oidcpeer  # noqa: E402
from oidcpeer import LOW, SUBSTANTIAL, decode_jwt, user  # noqa: E402

SERVER = os.environ.get("CAREPORTAL_SERVER", "")
# The server refetches the JWKS for an unknown kid at most once in 10 s (the contract).
JWKS_REFETCH_INTERVAL = 10.5

LINKED = user("sub-linked", "linked@idp.example.nl")          # linked by the admin command
LOW_USER = user("sub-low", "low@idp.example.nl", acr=LOW)      # linked too, logs in low
UNLINKED = user("sub-unlinked", "t.havenaar@example.nl")       # an account's e-mail, no link
BY_EMAIL = user("sub-cora", "C.Test@example.nl")               # links by e-mail (any case)
UNVERIFIED = user("sub-unverified", "r.vertegenwoordiger@example.nl", email_verified=False)
NOBODY = user("sub-nobody", "niemand@example.nl")
USERS = [LINKED, LOW_USER, UNLINKED, BY_EMAIL, UNVERIFIED, NOBODY]


def refused(test, answer, reason):
    status, body = answer
    test.assertEqual(status, 401, body)
    test.assertEqual(body.get("code"), "oidc-token-refused", body)
    test.assertEqual(body.get("reason"), reason, body)


class ServerTestCase(unittest.TestCase):
    def start(self, provider, **server_options):
        server = oidcpeer.Server(SERVER, provider, **server_options)
        self.addCleanup(server.close)
        self.addCleanup(lambda: self._print_logs_on_failure(server, provider))
        return server

    def _print_logs_on_failure(self, server, provider):
        outcome = getattr(self, "_outcome", None)
        result = getattr(outcome, "result", None)
        if result is not None and any(test is self for test, _ in result.failures + result.errors):
            print(f"--- server log ---\n{server.log_text()[-4000:]}")
            print(f"--- provider log ---\n{provider.log_text()[-2000:]}")

    def relying_party(self, provider, client_id="careportal-app"):
        rp = oidcpeer.RelyingParty(provider, client_id=client_id)
        self.addCleanup(rp.close)
        return rp


@unittest.skipUnless(oidcpeer.provider_installed(), "tools/oidc-provider/node_modules missing")
class ServerOidcTest(ServerTestCase):
    @classmethod
    def setUpClass(cls):
        cls.provider = oidcpeer.Provider(USERS).start()

    @classmethod
    def tearDownClass(cls):
        cls.provider.close()

    def setUp(self):
        self.server = self.start(self.provider)
        for account, subject in (("j.voorbeeld@example.nl", LINKED["sub"]),
                                 ("c.test@example.nl", LOW_USER["sub"])):
            code, output = self.server.admin("link-oidc", "--username", account,
                                             "--subject", subject, "--issuer", self.provider.issuer)
            self.assertEqual(code, 0, output)
        self.rp = self.relying_party(self.provider)

    def test_organisation_offers_the_provider(self):
        status, body = self.server.request("GET", "/organisation")
        self.assertEqual(status, 200, body)
        login = body["login"]
        self.assertTrue(login["password"])
        oidc = login["openIdConnect"]
        self.assertEqual(oidc["issuer"], self.provider.issuer)
        self.assertEqual(oidc["clientId"], "careportal-app")
        self.assertEqual(oidc["providerName"], "Testprovider")
        self.assertEqual(oidc["scopes"], ["openid", "email", "profile", "offline_access"])
        self.assertEqual(oidc["acrValues"], [SUBSTANTIAL])

    def test_linked_account_gets_a_session(self):
        tokens, nonce = self.rp.login(LINKED["email"])
        status, session = self.server.oidc_login(tokens["id_token"], nonce)
        self.assertEqual(status, 200, session)
        self.assertEqual(session["tokenType"], "Bearer")
        self.assertIn("refreshToken", session)
        self.assertNotIn("secondFactorRequired", session)
        status, me = self.server.request("GET", "/me", token=session["token"])
        self.assertEqual(status, 200, me)
        self.assertEqual(me["username"], "j.voorbeeld@example.nl")

    def test_token_for_another_audience(self):
        other = self.relying_party(self.provider, client_id="other-app")
        tokens, nonce = other.login(LINKED["email"])
        self.assertEqual(decode_jwt(tokens["id_token"])[1]["aud"], "other-app")
        refused(self, self.server.oidc_login(tokens["id_token"], nonce), "audience")

    def test_wrong_acr(self):
        tokens, nonce = self.rp.login(LOW_USER["email"])
        self.assertEqual(decode_jwt(tokens["id_token"])[1]["acr"], LOW)
        refused(self, self.server.oidc_login(tokens["id_token"], nonce), "acr")

    def test_the_same_token_twice_is_a_replay(self):
        tokens, nonce = self.rp.login(LINKED["email"])
        self.assertEqual(self.server.oidc_login(tokens["id_token"], nonce)[0], 200)
        refused(self, self.server.oidc_login(tokens["id_token"], nonce), "replayed")

    def test_wrong_nonce(self):
        tokens, nonce = self.rp.login(LINKED["email"])
        refused(self, self.server.oidc_login(tokens["id_token"], nonce + "x"), "nonce")
        # Another login's nonce is just as wrong.
        _, other_nonce = self.rp.login(LINKED["email"])
        refused(self, self.server.oidc_login(tokens["id_token"], other_nonce), "nonce")

    def test_tampered_token(self):
        tokens, nonce = self.rp.login(UNLINKED["email"])
        header, payload, signature = tokens["id_token"].split(".")
        claims = decode_jwt(tokens["id_token"])[1]
        claims["sub"] = LINKED["sub"]  # pretend to be the linked user
        forged = oidcpeer.b64url(json.dumps(claims).encode())
        refused(self, self.server.oidc_login(f"{header}.{forged}.{signature}", nonce), "signature")
        refused(self, self.server.oidc_login("not-a-jwt", nonce), "malformed")

    def test_refreshed_id_token_keeps_the_nonce(self):
        tokens, nonce = self.rp.login(LINKED["email"])
        status, refreshed = self.rp.refresh(tokens["refresh_token"])
        self.assertEqual(status, 200, refreshed)
        self.assertEqual(self.server.oidc_login(refreshed["id_token"], nonce)[0], 200)

    def test_not_linked_without_link_by_email(self):
        tokens, nonce = self.rp.login(UNLINKED["email"])
        status, body = self.server.oidc_login(tokens["id_token"], nonce)
        self.assertEqual(status, 403, body)
        self.assertEqual(body.get("code"), "account-not-linked", body)

    def test_admin_unlink(self):
        code, output = self.server.admin("unlink-oidc", "--username", "j.voorbeeld@example.nl")
        self.assertEqual(code, 0, output)
        tokens, nonce = self.rp.login(LINKED["email"])
        status, body = self.server.oidc_login(tokens["id_token"], nonce)
        self.assertEqual((status, body.get("code")), (403, "account-not-linked"), body)

    def test_link_by_email(self):
        server = self.start(self.provider, extra=["--oidc-link-by-email"])
        tokens, nonce = self.rp.login(BY_EMAIL["email"])
        status, session = server.oidc_login(tokens["id_token"], nonce)
        self.assertEqual(status, 200, session)
        status, me = server.request("GET", "/me", token=session["token"])
        self.assertEqual((status, me.get("username")), (200, "c.test@example.nl"), me)
        # The link is kept: the next login finds it.
        tokens, nonce = self.rp.login(BY_EMAIL["email"])
        self.assertEqual(server.oidc_login(tokens["id_token"], nonce)[0], 200)
        # Not without a verified e-mail, nor for an e-mail no account has.
        for nobody in (UNVERIFIED, NOBODY):
            tokens, nonce = self.rp.login(nobody["email"])
            status, body = server.oidc_login(tokens["id_token"], nonce)
            self.assertEqual((status, body.get("code")), (403, "account-not-linked"), body)


@unittest.skipUnless(oidcpeer.provider_installed(), "tools/oidc-provider/node_modules missing")
class ExpiredTokenTest(ServerTestCase):
    def test_expired_token(self):
        provider = oidcpeer.Provider([LINKED], id_token_ttl=2).start()
        self.addCleanup(provider.close)
        server = self.start(provider, extra=["--oidc-clock-skew", "0"])
        self.assertEqual(server.admin("link-oidc", "--username", "j.voorbeeld@example.nl",
                                      "--subject", LINKED["sub"], "--issuer", provider.issuer)[0], 0)
        rp = self.relying_party(provider)
        tokens, nonce = rp.login(LINKED["email"])
        claims = decode_jwt(tokens["id_token"])[1]
        self.assertEqual(claims["exp"] - claims["iat"], 2)
        time.sleep(3.5)
        refused(self, server.oidc_login(tokens["id_token"], nonce), "expired")


@unittest.skipUnless(oidcpeer.provider_installed(), "tools/oidc-provider/node_modules missing")
class KeyRotationTest(ServerTestCase):
    def test_key_rotated_at_the_provider(self):
        provider = oidcpeer.Provider([LINKED])
        self.addCleanup(provider.close)
        key1 = provider.keys
        key2 = provider.generate_keys(provider.key_file("key-2.json"), "key-2")
        key3 = provider.generate_keys(provider.key_file("key-3.json"), "key-3")
        provider.start()
        server = self.start(provider)
        self.assertEqual(server.admin("link-oidc", "--username", "j.voorbeeld@example.nl",
                                      "--subject", LINKED["sub"], "--issuer", provider.issuer)[0], 0)
        rp = self.relying_party(provider)

        def login(kid):
            tokens, nonce = rp.login(LINKED["email"])
            self.assertEqual(decode_jwt(tokens["id_token"])[0]["kid"], kid)
            return tokens["id_token"], nonce

        # key-1 signs; the server fetches the JWKS.
        self.assertEqual(server.oidc_login(*login("key-1"))[0], 200)
        old_token = login("key-1")  # kept for later, not used yet

        # The provider rotates: key-2 signs, key-1 is still published.
        time.sleep(JWKS_REFETCH_INTERVAL)
        provider.restart(provider.write_keys(provider.key_file("keys-21.json"), key2, key1))
        status, body = server.oidc_login(*login("key-2"))
        self.assertEqual(status, 200, body)

        # key-1 retired: a token it signed is refused once the server has the new JWKS.
        time.sleep(JWKS_REFETCH_INTERVAL)
        provider.restart(provider.write_keys(provider.key_file("keys-3.json"), key3))
        status, body = server.oidc_login(*login("key-3"))
        self.assertEqual(status, 200, body)
        refused(self, server.oidc_login(*old_token), "unknown-key")


if __name__ == "__main__":
    if not SERVER:
        print("CAREPORTAL_SERVER (the careportal-server binary) is not set")
        sys.exit(1)
    oidcpeer.main()

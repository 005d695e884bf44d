# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The provider peer behaves as the contract (issue 21) says: panva's oidc-provider with our
clients, users and Dutch pages, driven through browser.py and a small relying party."""

import os
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oidcpeer  # noqa: E402
from oidcpeer import LOW, SUBSTANTIAL, decode_jwt, user  # noqa: E402

ANNA = "a.jansen@example.nl"
BERT = "b.low@example.nl"


@unittest.skipUnless(oidcpeer.provider_installed(), "tools/oidc-provider/node_modules missing")
class ProviderPeerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.provider = oidcpeer.Provider([user("sub-anna", ANNA), user("sub-bert", BERT, acr=LOW)])
        cls.provider.start()

    @classmethod
    def tearDownClass(cls):
        cls.provider.close()

    def setUp(self):
        self.rp = oidcpeer.RelyingParty(self.provider)

    def tearDown(self):
        self.rp.close()

    def test_discovery(self):
        config = self.provider.discovery()
        self.assertEqual(config["issuer"], self.provider.issuer)
        self.assertEqual(config["code_challenge_methods_supported"], ["S256"])
        self.assertIn("end_session_endpoint", config)
        self.assertIn("revocation_endpoint", config)
        self.assertEqual(set(config["acr_values_supported"]), {SUBSTANTIAL, LOW})

    def test_code_flow_with_pkce(self):
        result, state, nonce, verifier = self.rp.authorize(user=ANNA, expect="login")
        self.assertEqual(result.code, 0, result.output)
        self.assertTrue(result.redirect.startswith(self.rp.redirect_uri + "?"), result.output)
        self.assertIn("U kunt terug naar de app.", result.output)  # the loopback page was fetched
        self.assertEqual(result.params["state"], state)
        self.assertEqual(result.params["iss"], self.provider.issuer)
        status, tokens = self.rp.exchange(result.params["code"], verifier)
        self.assertEqual(status, 200, tokens)
        self.assertIn("refresh_token", tokens)
        header, claims = decode_jwt(tokens["id_token"])
        self.assertEqual(header["alg"], "RS256")
        self.assertEqual(header["kid"], "key-1")
        self.assertEqual(claims["iss"], self.provider.issuer)
        self.assertEqual(claims["aud"], "careportal-app")
        self.assertEqual(claims["sub"], "sub-anna")
        self.assertEqual(claims["nonce"], nonce)
        self.assertEqual(claims["acr"], SUBSTANTIAL)
        self.assertNotIn("amr", claims)  # only when asked for with the claims parameter
        self.assertEqual(claims["email"], ANNA)
        self.assertTrue(claims["email_verified"])
        self.assertEqual(claims["exp"] - claims["iat"], 600)

    def test_low_user_gets_low_acr(self):
        tokens, _ = self.rp.login(BERT)
        self.assertEqual(decode_jwt(tokens["id_token"])[1]["acr"], LOW)

    def test_acr_without_acr_values(self):
        tokens, _ = self.rp.login(ANNA, acr_values=None)
        self.assertEqual(decode_jwt(tokens["id_token"])[1]["acr"], SUBSTANTIAL)

    def test_wrong_password_shows_the_form_again(self):
        result, *_ = self.rp.authorize(user=ANNA + "x")
        self.assertEqual(result.code, 2, result.output)
        self.assertIn("Onjuist e-mailadres of wachtwoord.", result.output)

    def test_pkce_tampering_is_refused(self):
        result, _, _, verifier = self.rp.authorize(user=ANNA)
        self.assertEqual(result.code, 0, result.output)
        status, body = self.rp.exchange(result.params["code"], verifier[:-1] + ("A" if verifier[-1] != "A" else "B"))
        self.assertEqual(status, 400, body)
        self.assertEqual(body["error"], "invalid_grant")

    def test_code_works_once(self):
        result, _, _, verifier = self.rp.authorize(user=ANNA)
        self.assertEqual(self.rp.exchange(result.params["code"], verifier)[0], 200)
        status, body = self.rp.exchange(result.params["code"], verifier)
        self.assertEqual((status, body["error"]), (400, "invalid_grant"))

    def test_pkce_is_required(self):
        url, *_ = self.rp.authorization_url()
        url = url.replace("code_challenge_method=S256", "code_challenge_method=plain")
        result = oidcpeer.run_browser(self.provider, url, user=ANNA, cookies=self.rp.cookies)
        self.assertEqual(result.params.get("error"), "invalid_request", result.output)

    def test_refused_consent_gives_access_denied(self):
        result, state, _, _ = self.rp.authorize(user=ANNA, deny=True)
        self.assertEqual(result.code, 0, result.output)
        self.assertEqual(result.params["error"], "access_denied")
        self.assertEqual(result.params["state"], state)
        self.assertNotIn("code", result.params)

    def test_any_loopback_port_and_the_claimed_scheme(self):
        # Another port than any registered one: accepted for the loopback URI (RFC 8252 7.3).
        self.rp.redirect_uri = "http://127.0.0.1:1/callback"
        result, *_ = self.rp.authorize(user=ANNA)
        self.assertTrue(result.redirect.startswith("http://127.0.0.1:1/callback?code="), result.output)
        self.rp.redirect_uri = "careportal://oidc/callback"
        result, *_ = self.rp.authorize(user=ANNA)
        self.assertEqual(result.code, 0, result.output)
        self.assertTrue(result.redirect.startswith("careportal://oidc/callback?code="), result.output)
        # Another path or host is not.
        self.rp.redirect_uri = f"http://127.0.0.1:{self.rp.listener.port}/other"
        result, *_ = self.rp.authorize(user=ANNA)
        self.assertEqual(result.code, 2, result.output)
        self.assertIn("redirect_uri", result.output)
        self.rp.redirect_uri = f"http://localhost:{self.rp.listener.port}/callback"
        result, *_ = self.rp.authorize(user=ANNA)
        self.assertEqual(result.code, 2, result.output)

    def test_session_kept_but_prompt_login_forces_the_form(self):
        self.rp.login(ANNA)
        # The cookie jar has the provider's session: no login form the second time...
        result, *_ = self.rp.authorize(expect="no-login")
        self.assertEqual(result.code, 0, result.output)
        self.assertIn("code", result.params)
        # ... unless the app asks for it.
        result, *_ = self.rp.authorize(expect="no-login", prompt="login")
        self.assertEqual(result.code, 3, result.output)
        result, *_ = self.rp.authorize(user=ANNA, expect="login", prompt="login")
        self.assertEqual(result.code, 0, result.output)
        self.assertIn("code", result.params)

    def test_max_age_forces_the_form_after_that_age(self):
        self.rp.login(ANNA)
        time.sleep(2)
        result, _, _, verifier = self.rp.authorize(user=ANNA, expect="login", max_age=1)
        self.assertEqual(result.code, 0, result.output)
        status, tokens = self.rp.exchange(result.params["code"], verifier)
        self.assertEqual(status, 200, tokens)
        self.assertIn("auth_time", decode_jwt(tokens["id_token"])[1])

    def test_refresh_and_revocation(self):
        tokens, nonce = self.rp.login(ANNA)
        status, refreshed = self.rp.refresh(tokens["refresh_token"])
        self.assertEqual(status, 200, refreshed)
        claims = decode_jwt(refreshed["id_token"])[1]
        self.assertEqual(claims["sub"], "sub-anna")
        # Finding for the contract: the refresh grant's ID token carries the original nonce.
        self.assertEqual(claims["nonce"], nonce)
        # Rotating: the old refresh token is used up.
        self.assertNotEqual(refreshed["refresh_token"], tokens["refresh_token"])
        status, body = self.rp.refresh(tokens["refresh_token"])
        self.assertEqual((status, body["error"]), (400, "invalid_grant"))
        # (oidc-provider revokes the whole grant on such a reuse; log in again for the rest.)
        tokens, _ = self.rp.login(ANNA)
        status, body = self.rp.revoke(tokens["refresh_token"])
        self.assertEqual(status, 200, body)
        status, body = self.rp.refresh(tokens["refresh_token"])
        self.assertEqual((status, body["error"]), (400, "invalid_grant"))

    def test_end_session_ends_the_provider_session(self):
        tokens, _ = self.rp.login(ANNA)
        result = self.rp.end_session(tokens["id_token"])
        self.assertEqual(result.code, 0, result.output)
        self.assertTrue(result.redirect.startswith(
            f"http://127.0.0.1:{self.rp.listener.port}/logged-out"), result.output)
        self.assertEqual(result.params.get("state"), "uit")
        result, *_ = self.rp.authorize(user=ANNA, expect="login")
        self.assertEqual(result.code, 0, result.output)
        # The refresh token bound to the ended session no longer works either.
        status, body = self.rp.refresh(tokens["refresh_token"])
        self.assertEqual(status, 400, body)

    def test_other_app_gets_its_own_audience(self):
        other = oidcpeer.RelyingParty(self.provider, client_id="other-app")
        try:
            tokens, _ = other.login(ANNA)
            self.assertEqual(decode_jwt(tokens["id_token"])[1]["aud"], "other-app")
        finally:
            other.close()


if __name__ == "__main__":
    oidcpeer.main()

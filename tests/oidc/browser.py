#!/usr/bin/env python3

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""A scripted browser stand-in for the OpenID Connect tests (standard library only).

    browser.py URL --ca PROVIDER_CERT.pem [--user EMAIL --password PW] [--deny]
               [--cookies JARFILE] [--expect-login | --expect-no-login]

Opens URL (the provider's authorization or end-session URL) with a cookie jar, follows
redirects and the provider's forms: the login form (fills e-mail and password), the consent
form (Toestaan, or Weigeren with --deny) and the logout confirmation (Uitloggen). It stops at
the first redirect that leaves the provider: an http://127.0.0.1 target (the app's loopback
listener) is fetched as a browser would and printed as "redirected <url>" and the page text;
any other target (careportal://) is printed as "redirected <url>".

Exit status: 0 on reaching such a redirect, 2 on a provider error page (printed), 3 when
--expect-login or --expect-no-login is not met.
"""

import argparse
import http.cookiejar
import html.parser
import ssl
import sys
import urllib.error
import urllib.parse
import urllib.request

MAX_STEPS = 30


class Form:
    def __init__(self, attrs):
        self.id = attrs.get("id", "")
        self.action = attrs.get("action", "")
        self.method = attrs.get("method", "get").lower()
        self.fields = {}  # name -> value of inputs
        self.buttons = []  # (name, value, text)
        self.has_password = False


class PageParser(html.parser.HTMLParser):
    """Collects a page's forms and its visible text."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self.text = []
        self._form = None
        self._button = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        if tag in ("style", "script", "title"):
            self._skip += 1
        elif tag == "form":
            self._form = Form(attrs)
            self.forms.append(self._form)
        elif tag == "input" and self._form is not None and attrs.get("name"):
            kind = attrs.get("type", "text").lower()
            if kind == "submit":
                self._form.buttons.append((attrs["name"], attrs.get("value", ""), attrs.get("value", "")))
            else:
                self._form.fields[attrs["name"]] = attrs.get("value", "")
                self._form.has_password |= kind == "password"
        elif tag == "button" and self._form is not None:
            self._button = [attrs.get("name", ""), attrs.get("value", ""), ""]

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self._skip -= 1
        elif tag == "form":
            self._form = None
        elif tag == "button" and self._button is not None:
            self._form.buttons.append(tuple(self._button))
            self._button = None

    def handle_data(self, data):
        if self._skip:
            return
        if self._button is not None:
            self._button[2] += data.strip()
        if data.strip():
            self.text.append(data.strip())


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def origin(url):
    parts = urllib.parse.urlsplit(url)
    return (parts.scheme, parts.hostname, parts.port)


class Browser:
    def __init__(self, ca_file, jar_file=None):
        self.jar = http.cookiejar.MozillaCookieJar(jar_file) if jar_file else http.cookiejar.CookieJar()
        self.jar_file = jar_file
        if jar_file:
            try:
                self.jar.load(ignore_discard=True, ignore_expires=True)
            except FileNotFoundError:
                pass
        context = ssl.create_default_context(cafile=ca_file)
        self.opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}),  # loopback only: never through a proxy
            urllib.request.HTTPCookieProcessor(self.jar),
            urllib.request.HTTPSHandler(context=context),
            NoRedirect,
        )

    def save(self):
        if self.jar_file:
            self.jar.save(ignore_discard=True, ignore_expires=True)

    def request(self, url, data=None):
        """Returns (status, location or None, body text)."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(url, data=body)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, None, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            location = error.headers.get("Location")
            text = error.read().decode("utf-8", "replace")
            if 300 <= error.code < 400 and location:
                return error.code, urllib.parse.urljoin(url, location), text
            return error.code, None, text


def run(args):
    browser = Browser(args.ca, args.cookies)
    provider = origin(args.url)
    url, data = args.url, None
    saw_login = False
    try:
        for _ in range(MAX_STEPS):
            if origin(url) != provider:
                return leave(browser, url, args, saw_login)
            status, location, text = browser.request(url, data)
            data = None
            if location:
                url = location
                continue
            page = PageParser()
            page.feed(text)
            page_text = "\n".join(page.text)
            if status != 200 or not page.forms:
                print(f"provider page (HTTP {status}):\n{page_text}")
                return 2
            form = page.forms[0]
            action = urllib.parse.urljoin(url, form.action or url)
            if form.has_password:
                saw_login = True
                if args.expect_no_login:
                    print("the provider asked to log in (--expect-no-login)")
                    return 3
                if not args.user:
                    print("the provider asked to log in but no --user was given")
                    return 2
                if "Onjuist" in page_text:
                    print(f"login refused:\n{page_text}")
                    return 2
                fields = dict(form.fields)
                for name in fields:
                    if name in ("email", "login", "username"):
                        fields[name] = args.user
                    elif name == "password":
                        fields[name] = args.password or ""
                url, data = action, fields
            elif form.buttons:
                wanted = ("Weigeren",) if args.deny else ("Toestaan", "Uitloggen")
                button = next((b for b in form.buttons if b[2] in wanted), None)
                if button is None and len(form.buttons) == 1:
                    button = form.buttons[0]  # a page that submits itself ("Continue")
                if button is None:
                    print(f"no button {' or '.join(wanted)} on the page:\n{page_text}")
                    return 2
                fields = dict(form.fields)
                if button[0]:
                    fields[button[0]] = button[1]
                url, data = action, fields
            else:
                print(f"provider page with a form this browser does not know:\n{page_text}")
                return 2
        print("too many steps")
        return 2
    finally:
        browser.save()


def leave(browser, url, args, saw_login):
    if args.expect_login and not saw_login:
        print(f"redirected {url}\nthe provider did not ask to log in (--expect-login)")
        return 3
    print(f"redirected {url}")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "http" and parts.hostname == "127.0.0.1":
        try:
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            with opener.open(url, timeout=30) as response:
                text = response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            text = error.read().decode("utf-8", "replace")
        except OSError as error:
            print(f"(no answer: {error})")
            return 0
        page = PageParser()
        page.feed(text)
        print("\n".join(page.text))
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url")
    parser.add_argument("--ca", required=True, help="the provider's certificate (PEM)")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--deny", action="store_true", help="refuse the consent")
    parser.add_argument("--cookies", help="Mozilla cookie jar file, kept between runs")
    expect = parser.add_mutually_exclusive_group()
    expect.add_argument("--expect-login", action="store_true")
    expect.add_argument("--expect-no-login", action="store_true")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())

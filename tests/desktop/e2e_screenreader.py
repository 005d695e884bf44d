#!/usr/bin/python3

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""End to end through the accessibility tree, as a screen reader user: the real app
against the real server, found and operated only through AT-SPI and the keyboard. Logs
in, opens the planning, goes to the next month and reads a visit aloud (its accessible
name); logs out, logs in as a business contact of two organisations (seed 004), chooses one
by typing in the filter and walks the business menu. Run inside
tests/desktop/with-desktop.sh.

Usage: e2e_screenreader.py SERVER_BINARY APP_BINARY
"""
import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi

SERVER, APP = sys.argv[1], sys.argv[2]
WORK = tempfile.mkdtemp(prefix="careportal-e2e-")
STARTED = time.time()
MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def fail(message):
    print(f"FAIL: {message} (after {time.time() - STARTED:.1f} s)", flush=True)
    desktop = pyatspi.Registry.getDesktop(0)
    names = [(desktop.getChildAtIndex(i) or desktop).name for i in range(desktop.childCount)]
    print(f"  applications on the accessibility bus: {names}", flush=True)
    app = the_app()
    if app is not None:  # what was on screen, as a screen reader would list it
        shown = pyatspi.findAllDescendants(
            app, lambda a: a is not None and a.getState().contains(pyatspi.STATE_SHOWING)
            and a.name)
        for a in shown[:60]:
            print(f"  {a.getRoleName()}: {a.name}", flush=True)
    log = os.path.join(WORK, "app.log")
    if os.path.exists(log):  # why the app did not show, if it said so
        with open(log) as f:
            print("  app.log:\n    " + "\n    ".join(f.read().splitlines()[-30:]), flush=True)
    sys.exit(1)


def start_server():
    log = open(os.path.join(WORK, "server.log"), "w+")
    server = subprocess.Popen([SERVER, "--data-dir", os.path.join(WORK, "server"), "--port", "0",
                               "--demo"], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 20
    while time.time() < deadline:
        log.seek(0)
        text = log.read()
        url = re.search(r"^CarePortal server listening on (\S+)", text, re.M)
        fingerprint = re.search(r"^TLS certificate SHA-256 fingerprint: (\S+)", text, re.M)
        if url and fingerprint:
            return server, url.group(1), fingerprint.group(1)
        time.sleep(0.1)
    fail("the server did not start")


def the_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        child = desktop.getChildAtIndex(i)
        if child is not None and "careportal" in (child.name or "").lower():
            return child
    return None


def find(what, test, timeout=40):
    deadline = time.time() + timeout
    while time.time() < deadline:
        app = the_app()
        try:
            found = app and pyatspi.findDescendant(
                app, lambda a: a is not None and a.getState().contains(pyatspi.STATE_SHOWING)
                and test(a))
        except (TypeError, LookupError):  # the tree changed under the walk
            found = None
        if found:
            return found
        time.sleep(0.3)
    fail(f"not found through AT-SPI: {what}")


def by_name(role, name):
    return find(f"{role} '{name}'", lambda a: a.getRoleName() == role and a.name == name)


def key(*keys):
    subprocess.run(["xdotool", "key", "--delay", "50", *keys], check=True)


def focus(accessible):
    # Give the control keyboard focus, as moving to it with a screen reader does.
    accessible.queryComponent().grabFocus()
    time.sleep(0.3)
    if not accessible.getState().contains(pyatspi.STATE_FOCUSED):
        fail(f"'{accessible.name}' ({accessible.getRoleName()}) did not take the focus")


def type_into(accessible, text):
    focus(accessible)
    subprocess.run(["xdotool", "type", "--delay", "30", text], check=True)


def activate(accessible):
    focus(accessible)
    key("space")


def main():
    server, url, fingerprint = start_server()
    profile = os.path.join(WORK, "profile.json")
    with open(profile, "w") as f:
        f.write(f'{{"serverUrl":"{url}","organisationName":"Thuiszorg De Linde",'
                f'"fingerprint":"{fingerprint}"}}')
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(WORK, "config"))
    app = subprocess.Popen([APP, "--profile", profile, "--data-dir", os.path.join(WORK, "app"),
                            "--lang", "nl"], env=env, stdout=open(os.path.join(WORK, "app.log"), "w"),
                           stderr=subprocess.STDOUT)
    try:
        wait_for_app(app)
        run()
    finally:
        app.terminate()
        server.terminate()
        app.wait(10)
        server.wait(10)


def wait_for_app(process, timeout=90):
    # A loaded machine (CI runs this beside clang-tidy) can take long to start the app;
    # wait for it to show up, but stop at once if it ended.
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            fail(f"the app ended with exit code {process.returncode} before it showed")
        if the_app() is not None:
            print(f"app on the accessibility bus after {time.time() - STARTED:.1f} s", flush=True)
            return
        time.sleep(0.3)
    fail("the app did not appear on the accessibility bus")


def log_in(username):
    # The fields are found by the names a screen reader says.
    type_into(by_name("text", "Gebruikersnaam"), username)
    password = find("password field in group 'Wachtwoord'",
                    lambda a: a.getRoleName() == "password text" and a.parent is not None
                    and a.parent.name == "Wachtwoord")
    type_into(password, "Welkom!2026")
    activate(by_name("push button", "Inloggen"))
    find("the welcome heading", lambda a: a.getRoleName() == "heading"
         and (a.name or "").startswith("Welkom"), timeout=30)
    print(f"logged in as {username}", flush=True)


def run():
    log_in("j.voorbeeld@example.nl")

    # The planning from the menu.
    activate(by_name("list item", "Planning"))
    title = find("the month heading", lambda a: a.getRoleName() == "heading"
                 and re.fullmatch(r"[a-z]{3} \d{4}", a.name or ""))
    month, year = title.name.split()
    print(f"planning open at {title.name}", flush=True)

    # The next month.
    activate(by_name("push button", "Volgende maand"))
    index = MONTHS.index(month)
    expected = f"{MONTHS[(index + 1) % 12]} {int(year) + (1 if index == 11 else 0)}"
    find(f"the heading '{expected}'", lambda a: a.getRoleName() == "heading"
         and a.name == expected)
    print(f"next month: {expected}", flush=True)

    # A visit, read as a screen reader reads it: date, time, kind of help, carer.
    visit = find("a visit in the planning", lambda a: a.getRoleName() == "list item"
                 and re.search(r"\d{1,2} \w+ \d{4}", a.name or "")
                 and re.search(r"\d{2}:\d{2}", a.name or ""), timeout=30)
    if MONTHS[(index + 1) % 12] not in visit.name:
        fail(f"the visit read is not in {expected}: {visit.name}")
    print(f"visit read: {visit.name}", flush=True)

    log_out()
    walk_business_menu()
    print("PASS", flush=True)


def log_out():
    activate(by_name("list item", "Uitloggen"))
    activate(by_name("push button", "Ja"))
    by_name("push button", "Inloggen")
    print("logged out", flush=True)


def walk_business_menu():
    # Two organisations: "Selecteer organisatie", narrowed by typing, then the choice.
    log_in("m.kademaker@example.nl")
    by_name("heading", "Selecteer organisatie")
    type_into(by_name("text", "Zoek organisatie"), "kade")
    choice = by_name("list item", "Woonstichting De Kade, Beheerder klantportaal")
    other = "Gemeente Havenstad"
    if find("the list narrowed", lambda a: a.getRoleName() == "list item", timeout=5) and \
            any(other in (a.name or "") for a in pyatspi.findAllDescendants(
                the_app(), lambda a: a is not None and a.getRoleName() == "list item"
                and a.getState().contains(pyatspi.STATE_SHOWING))):
        fail(f"the filter 'kade' still shows {other}")
    activate(choice)
    by_name("heading", "Home")
    print("organisation chosen: Woonstichting De Kade", flush=True)
    # The business menu, each page announced by its title (a beheerder sees Facturen).
    for entry in ["Mijn gegevens", "Facturen", "Projecten", "Accountbeveiliging", "Home"]:
        activate(by_name("list item", entry))
        by_name("heading", entry)
        print(f"business page: {entry}", flush=True)
    for absent in ["Planning", "Cliëntdossier", "Contactpersonen"]:
        if pyatspi.findDescendant(the_app(), lambda a: a is not None
                                  and a.getRoleName() == "list item" and a.name == absent
                                  and a.getState().contains(pyatspi.STATE_SHOWING)):
            fail(f"the business menu offers the client page {absent}")
    log_out()


if __name__ == "__main__":
    main()

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The offline-writing steps of drive.py (take-offline.sh): the demo server stopped and
started again on the same port, the app's lists kept and marked offline, changes kept in
the outbox, refused, or crossed by a change made through the API (412).

Loaded by drive.py after its shared helpers exist; it takes them from there (__main__).
"""
import json
import os
import re
import ssl
import subprocess
import sys
import time
import urllib.request

import pyatspi

# drive.py's helpers; it imports this module once they exist.
from __main__ import LANG, T, app, do_press, find, press, shot, type_into


def admin_task(*args):
    return subprocess.run([os.path.join(os.environ["BUILD"], "server", "careportal-server"),
                           "admin", "--data-dir", os.path.join(os.environ["WORK"], "server")]
                          + list(args), check=True, capture_output=True, text=True).stdout


def server_url():
    with open(os.path.join(os.environ["WORK"], "server.log"), encoding="utf-8") as log:
        return re.search(r"^CarePortal server listening on (\S+)", log.read(), re.M).group(1)


def server_stop():
    pid_file = os.path.join(os.environ["WORK"], "server.pid")
    pid = int(open(pid_file).read())
    try:
        os.kill(pid, 15)
    except ProcessLookupError:
        return
    for _ in range(50):  # gone, and its port free again
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)


def server_start():
    # The same port and data (no --demo: the database is not empty); sessions survive.
    port = re.search(r":(\d+)/", server_url()).group(1)
    log_path = os.path.join(os.environ["WORK"], "server-restarts.log")
    with open(log_path, "a", encoding="utf-8") as log:
        size = log.tell()
        server = subprocess.Popen(
            [os.path.join(os.environ["BUILD"], "server", "careportal-server"),
             "--data-dir", os.path.join(os.environ["WORK"], "server"), "--port", port],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    with open(os.path.join(os.environ["WORK"], "server.pid"), "w") as pid_file:
        pid_file.write(str(server.pid))
    for _ in range(100):
        with open(log_path, encoding="utf-8") as log:
            log.seek(size)
            if "listening on" in log.read():
                return
        time.sleep(0.1)
    raise RuntimeError("the server did not start again")


def api(method, path, body=None, token=None):
    # The user's own calls, as another device would make them (self-signed certificate).
    request = urllib.request.Request(server_url() + path, method=method,
                                     data=json.dumps(body).encode() if body else None)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, context=ssl._create_unverified_context()) as reply:
        text = reply.read()
    return json.loads(text) if text else None


def api_token():
    return api("POST", "/auth/login", {"username": sys.argv[4], "password": "Welkom!2026"})["token"]


def find_text(part, timeout=15, role=None):
    # Any accessible on screen whose name contains `part` (labels, rows): waits for it.
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            found = pyatspi.findDescendant(
                app(), lambda a: a is not None and part in (a.name or "")
                and (role is None or a.getRoleName() == role)
                and a.getState().contains(pyatspi.STATE_SHOWING))
        except TypeError:  # the tree changed under the walk
            found = None
        if found:
            return found
        time.sleep(0.5)
    raise RuntimeError(f"no '{part}' on screen")


def showing(role, test):
    try:
        return pyatspi.findAllDescendants(
            app(), lambda a: a is not None and a.getRoleName() == role and test(a.name or "")
            and a.getState().contains(pyatspi.STATE_SHOWING))
    except TypeError:
        return []


def close_dialog():
    # The topmost "OK" or "Ok" ("Bewaard", the form's "Verstuurd"): the last in the tree.
    # True when another one still shows under it.
    buttons = showing("push button", lambda name: name in ("OK", "Ok"))
    if buttons:
        do_press(buttons[-1])
        time.sleep(1)
    return bool(showing("push button", lambda name: name in ("OK", "Ok")))


def wait_row(test, timeout=150):
    # A list row whose accessible name (which ends with its state) passes `test`.
    deadline = time.time() + timeout
    while time.time() < deadline:
        rows = showing("list item", test)
        if rows:
            return rows[0]
        time.sleep(0.5)
    raise RuntimeError("no such row on screen")


def open_menu_entry(name):
    open_menu()
    do_press(find("list item", name))
    time.sleep(2)


def run(step):
    """Runs `step` if it is one of these; False when it is not."""
    if step == "server-stop":
        server_stop()
    elif step == "server-start":
        server_start()
    elif step == "seed-open-request":
        # The demo requests are all answered: one open request to change offline later.
        token = api_token()
        made = api("POST", "/clients/client-j-voorbeeld/contact-requests",
                   {"subject": "planning", "message": T["seedMessage"]}, token)
        with open(os.path.join(os.environ["WORK"], f"open-request-{LANG}"), "w") as f:
            f.write(made["id"])
    elif step == "cache-lists":
        # Each list once online, so the app keeps a copy of it.
        # The last one is not "Contact zorgorganisatie": its menu entry does nothing while
        # its page shows (the menu stays open), and offline-requests opens it again.
        open_menu_entry(T["requests"])
        find_text(", " + T["open"], role="list item")
        shot("requests-online")
        open_menu_entry(T["persons"])
        open_menu_entry(T["details"])
        shot("details-online")
    elif step == "offline-requests":
        open_menu_entry(T["requests"])
        find_text(T["offline"], timeout=30)
        shot("offline-requests")
    elif step == "offline-new-request":
        press(T["newRequest"])
        combo = find("combo box", T["subject"])
        do_press(combo)
        time.sleep(1)
        shot("offline-request-subjects")
        subprocess.run(["xdotool", "key", "Down", "Return"], check=True)
        time.sleep(0.5)
        type_into(T["message"], T["newMessage"])
        shot("offline-request-form")
        press(T["sendRequest"])
        time.sleep(1)
        shot("offline-request-kept")
        if close_dialog():
            shot("offline-request-sent-dialog")  # the form's "Verstuurd" under "Bewaard"
            close_dialog()
        wait_row(lambda name: name.endswith(T["waiting"]), timeout=15)
        shot("offline-request-waiting")
    elif step == "offline-edit-refused":
        rows = showing("list item", lambda name: name.endswith(", " + T["open"]))
        do_press(rows[0])
        press(T["editRequest"])
        type_into(T["message"], T["editedMessage"])
        press(T["save"])
        time.sleep(1)
        shot("offline-edit-kept")
        close_dialog()
        shot("offline-edit-detail")
        press(T["back"])
        shot("offline-edit-waiting")
        # Staff answer the request while the server is down; back up, the server refuses
        # the change of a closed request. The app retries by itself (backing off to 60 s).
        with open(os.path.join(os.environ["WORK"], f"open-request-{LANG}")) as f:
            request_id = f.read()
        admin_task("answer-request", "--id", request_id, "--staff", "Fatima Bakker",
                   "--answer", T["answer"])
        server_start()
        # An answered request cannot change whatever version the app saw: 409
        # request-closed, "Niet verstuurd: <reason>" with only "Weggooien".
        wait_row(lambda name: T["notSent"] in name and T["changedMeanwhile"] not in name)
        time.sleep(1)
        shot("offline-edit-refused")
    elif step == "offline-conflict":
        token = api_token()  # before the server goes: only the change is left for later
        server_stop()
        open_menu_entry(T["details"])
        find_text(T["offline"], timeout=30)
        time.sleep(2)
        for _ in range(3):  # a click right after the page opens can go unnoticed
            press(T["editDetails"])
            try:
                find("push button", T["done"], timeout=4)
                break
            except RuntimeError:
                pass
        pencils = showing("push button", lambda name: name not in (T["editDetails"], T["done"])
                          and (name.endswith(" wijzigen") if LANG == "nl"
                               else name.startswith("Change ")))
        do_press(pencils[0])
        type_into(T["value"], T["myValue"])
        press(T["save"])
        queued = time.time()
        time.sleep(1)
        shot("offline-detail-kept")
        close_dialog()
        press(T["done"])
        shot("offline-detail-waiting")
        # Attempts at 0, 2, 6, 14 and 30 s fail; the next is at 62 s. Meanwhile the server
        # is back and the detail changed elsewhere: that attempt gets 412.
        time.sleep(max(0, queued + 33 - time.time()))
        server_start()
        detail = api("GET", "/clients/client-j-voorbeeld/contact-details", token=token)["items"][0]
        api("PUT", "/clients/client-j-voorbeeld/contact-details/" + detail["id"],
            {"kind": detail["kind"], "value": T["theirValue"], "remark": T["theirRemark"]},
            token)
        wait_row(lambda name: T["changedMeanwhile"] in name)
        time.sleep(1)
        shot("offline-detail-conflict")
        press(T["bothVersions"])
        shot("conflict-dialog")
        press(T["later"])
    else:
        return False
    return True

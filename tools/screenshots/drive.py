#!/usr/bin/python3

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Drives a running CarePortal through the accessibility tree (AT-SPI), as a screen
reader user would, and saves a screenshot after each step.

Usage: drive.py OUTPUT_DIR LANG (nl|en) STEPS
STEPS: comma-separated from forgot-password,privacy,login,change,home,menu,planning,contact-details,
       contact-persons,contact-requests,absence,no-dossier,dossier,access-log,security,
       logout-everywhere,choose-client,logout,changed-visit (staff change a visit; refresh),
       offline-home,offline-planning (the same screens, named
       for the offline run); for take-offline.sh: seed-open-request (via the API),
       cache-lists, server-stop, server-start, offline-requests, offline-new-request,
       offline-edit-refused (restarts the server), offline-conflict (stops the server,
       restarts it, changes the detail via the API); the business portal's steps
       (business_steps.py): select-organisation, business-menu, business-home,
       business-my-details, business-invoices, business-projects, business-security
"""
import subprocess
import os
import re
import sys
import time

import pyatspi

OUT, LANG, STEPS = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
T = {
    "nl": {"user": "Gebruikersnaam", "password": "Wachtwoord", "login": "Inloggen",
           "old": "Oud wachtwoord", "new": "Nieuw wachtwoord", "repeat": "Herhaal wachtwoord",
           "change": "Wijzig wachtwoord", "menu": "Menu openen", "planning": "Planning",
           "logout": "Uitloggen", "yes": "Ja", "details": "Mijn contactdetails",
           "editDetails": "Contactdetails wijzigen", "addDetail": "Contactdetail toevoegen",
           "value": "Contactdetail", "cancel": "Annuleren", "persons": "Contactpersonen",
           "editPerson": "Contactpersoon wijzigen", "back": "Terug",
           "requests": "Contact zorgorganisatie", "newRequest": "Nieuw contactverzoek",
           "absence": "Afwezigheid", "newAbsence": "Afwezigheid melden", "refresh": "Vernieuwen",
           "dossier": "Cliëntdossier", "read": "Lezen", "plan": "Plannen",
           "general": "Gegevens", "abbreviations": "Afkortingen van de disciplines",
           "close": "Sluiten", "accessLog": "Wie heeft mijn gegevens ingezien",
           "forgot": "Wachtwoord vergeten?", "backToLogin": "Terug naar inloggen",
           "privacy": "Privacyverklaring", "security": "Accountbeveiliging",
           "everywhere": "Overal uitloggen", "no": "Nee",
           "representativeText": "U bent wettelijk vertegenwoordiger",
           "code": "Code van 6 cijfers", "remember": "Dit apparaat 90 dagen onthouden (niet op een gedeelde computer)",
           "link": "Authenticator-app koppelen", "smsCode": "Stuur mij een code per sms",
           "continue": "Verder", "register": "Aanmelden cliëntportaal",
           "changePhone": "Mobiel nummer voor de sms-code wijzigen",
           "firstName": "Voornaam *", "send": "Aanmelding versturen",
           "offline": "Geen verbinding", "subject": "Onderwerp", "message": "Bericht",
           "sendRequest": "Versturen", "save": "Opslaan", "open": "Openstaand",
           "editRequest": "Contactverzoek wijzigen", "waiting": "Wacht op verzending",
           "notSent": "Niet verstuurd", "bothVersions": "Beide versies bekijken",
           "later": "Later kiezen", "keepMine": "Mijn versie versturen",
           "changedMeanwhile": "ergens anders gewijzigd", "done": "Klaar met wijzigen",
           "newMessage": "Kan de hulp volgende week dinsdag een uur later komen? Ik heb dan "
                         "een afspraak bij de huisarts.",
           "seedMessage": "Mag ik de afspraak van donderdag verzetten naar vrijdag?",
           "editedMessage": "Mag ik de afspraak van donderdag verzetten naar vrijdagochtend, "
                            "na tienen?",
           "answer": "Vrijdag kan niet, donderdag blijft staan.",
           # Other values in each language's run: the etag is a hash of the content.
           "myValue": "030-7654399", "theirValue": "030-7654000",
           "theirRemark": "Doorgegeven aan de telefoon"},
    "en": {"user": "Username", "password": "Password", "login": "Log in",
           "old": "Old password", "new": "New password", "repeat": "Repeat password",
           "change": "Change password", "menu": "Open menu", "planning": "Planning",
           "logout": "Log out", "yes": "Yes", "details": "My contact details",
           "editDetails": "Change contact details", "addDetail": "Add contact detail",
           "value": "Contact detail", "cancel": "Cancel", "persons": "Contact persons",
           "editPerson": "Change contact person", "back": "Back",
           "requests": "Contact the care organisation", "newRequest": "New contact request",
           "absence": "Absence", "newAbsence": "Report an absence", "refresh": "Refresh",
           "dossier": "Client record", "read": "Read", "plan": "Plan",
           "general": "Details", "abbreviations": "Abbreviations of the disciplines",
           "close": "Close", "accessLog": "Who viewed my data",
           "forgot": "Forgot your password?", "backToLogin": "Back to login",
           "privacy": "Privacy statement", "security": "Account security",
           "everywhere": "Log out everywhere", "no": "No",
           "representativeText": "You are the legal representative",
           "code": "6-digit code", "remember": "Remember this device for 90 days (not on a shared computer)",
           "link": "Link an authenticator app", "smsCode": "Send me a code by text message",
           "continue": "Continue", "register": "Register for the client portal",
           "changePhone": "Change the mobile number for the text-message code",
           "firstName": "First name *", "send": "Send registration",
           "offline": "No connection", "subject": "Subject", "message": "Message",
           "sendRequest": "Send", "save": "Save", "open": "Open",
           "editRequest": "Change contact request", "waiting": "Waiting to be sent",
           "notSent": "Not sent", "bothVersions": "View both versions",
           "later": "Choose later", "keepMine": "Send my version",
           "changedMeanwhile": "changed elsewhere", "done": "Done changing",
           "newMessage": "Could the carer come an hour later next Tuesday? I have a "
                         "doctor's appointment then.",
           "seedMessage": "May I move Thursday's appointment to Friday?",
           "editedMessage": "May I move Thursday's appointment to Friday morning, after ten?",
           "answer": "Friday is not possible, Thursday stays.",
           "myValue": "030-7654388", "theirValue": "030-7654111",
           "theirRemark": "Passed on by phone"},
}[LANG]


def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        child = desktop.getChildAtIndex(i)
        if child is not None and "careportal" in (child.name or "").lower():
            return child
    raise RuntimeError("careportal not on the accessibility bus")


def find(role, name, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            found = pyatspi.findDescendant(
                app(), lambda a: a is not None and a.getRoleName() == role and a.name == name
                and a.getState().contains(pyatspi.STATE_SHOWING))
        except TypeError:  # the tree changed under the walk (a page was replaced)
            found = None
        if found:
            return found
        time.sleep(0.3)
    raise RuntimeError(f"no {role} '{name}' on screen")


def password_fields(count, timeout=15):
    # Qt 6.4 gives password fields no accessible name: take them in screen order.
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            fields = pyatspi.findAllDescendants(
                app(), lambda a: a is not None and a.getRoleName() == "password text"
                and a.getState().contains(pyatspi.STATE_SHOWING))
        except TypeError:  # the tree changed under the walk (a page was replaced)
            fields = []
        if len(fields) >= count:
            return fields
        time.sleep(0.3)
    raise RuntimeError(f"fewer than {count} password fields on screen")


def type_into(name, text, role="text"):
    # Qt 6.4 exposes no EditableText interface: focus the field, then type on the keyboard.
    field = find(role, name) if isinstance(name, str) else name
    field.queryComponent().grabFocus()
    time.sleep(0.2)
    subprocess.run(["xdotool", "key", "ctrl+a", "BackSpace"], check=True)
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)


def do_press(accessible):
    # Qt 6.4 answers the AT-SPI "Press" action without clicking a Qt Quick Button, so click
    # the middle of the control that the accessibility tree locates.
    box = accessible.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    x, y = box.x + box.width // 2, box.y + box.height // 2
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True)


def press(name):
    do_press(find("push button", name))


def open_menu():
    # Wide windows keep the menu beside the page: there is no menu button to press.
    try:
        button = find("push button", T["menu"], timeout=1)
    except RuntimeError:
        return
    do_press(button)


def newest_sms_code():
    # The reference server's outbox: text messages go to a phone number, e-mails to an address.
    outbox = os.path.join(os.environ["WORK"], "server", "outbox")
    for name in sorted(os.listdir(outbox), reverse=True):
        with open(os.path.join(outbox, name), encoding="utf-8") as message:
            text = message.read()
        if "@" not in text.split("\n", 1)[0]:
            return re.search(r"\b(\d{6})\b", text).group(1)
    raise RuntimeError("no text message in the outbox")


def scroll_down(clicks=15):
    # The mouse wheel over the middle of the window: the form's end comes into view.
    subprocess.run(["xdotool", "mousemove", "500", "400"] + ["click", "5"] * clicks, check=True)
    time.sleep(0.5)


# --- The server, for the offline steps: take-offline.sh keeps its pid in $WORK/server.pid.

def shot(name):
    time.sleep(1.5)
    subprocess.run(["import", "-window", "root", f"{OUT}/{name}-{LANG}.png"], check=True)


def run(step):
    if offline_steps.run(step) or business_steps.run(step):
        return
    if step == "login":
        type_into(T["user"], sys.argv[4] if len(sys.argv) > 4 else "c.test@example.nl")
        # A FHIR test server's token is its demo logins' password (take-fhir.sh).
        type_into(password_fields(1)[0], os.environ.get("DEMO_PASSWORD", "Welkom!2026"))
        shot("login")
        press(T["login"])
    elif step == "forgot-password":
        press(T["forgot"])
        shot("forgot-password")
        press(T["backToLogin"])
    elif step == "change":
        old, new, repeat = password_fields(3)[:3]
        type_into(old, "Welkom!2026")
        type_into(new, "Zonnebloem#27")
        type_into(repeat, "Zonnebloem#2")
        shot("change-password")
        type_into(repeat, "Zonnebloem#27")
        press(T["change"])
    elif step == "idle-countdown":
        # Kiosk with --idle-logout 1: the countdown shows 30 seconds before the logout.
        time.sleep(33)
        shot("idle-countdown")
    elif step == "home":
        time.sleep(2)
        shot("home")
    elif step == "menu":
        open_menu()
        shot("menu")
        do_press(find("list item", T["planning"]))
    elif step in ("planning", "offline-planning", "offline-home"):
        time.sleep(2)
        shot(step)
    elif step == "changed-visit":
        # Staff move the first visit of this month to another carer; "Vernieuwen" shows it
        # marked "Gewijzigd".
        admin = [os.path.join(os.environ["BUILD"], "server", "careportal-server"), "admin",
                 "--data-dir", os.path.join(os.environ["WORK"], "server")]
        first = time.strftime("%Y-%m-01")
        last = time.strftime("%Y-%m-28")
        listing = subprocess.run(admin + ["list-client", "--client", "client-j-voorbeeld",
                                          "--from", first, "--to", last], check=True,
                                 capture_output=True, text=True).stdout
        section = listing.split("== Visits")[1].split("\n== ")[0]
        visit = [line for line in section.splitlines() if line.startswith("  ")][0]
        visit = visit.split("\t")[-1]
        subprocess.run(admin + ["change-visit", "--id", visit, "--carer", "Wilhelmina"],
                       check=True, capture_output=True)
        press(T["refresh"])
        time.sleep(2)
        shot("planning-changed")
    elif step == "contact-details":
        open_menu()
        do_press(find("list item", T["details"]))
        shot("contact-details")
        press(T["editDetails"])
        press(T["addDetail"])
        # A number still too short, then on to the next field: the check speaks up.
        type_into(T["value"], "06-12")
        subprocess.run(["xdotool", "key", "Tab"], check=True)
        shot("contact-detail-dialog")
        press(T["cancel"])
    elif step == "contact-persons":
        open_menu()
        do_press(find("list item", T["persons"]))
        shot("contact-persons")
        # A row's accessible name is "name, type, phone": the first person in the list.
        rows = pyatspi.findAllDescendants(
            app(), lambda a: a is not None and a.getRoleName() == "list item"
            and ", " in (a.name or "") and a.getState().contains(pyatspi.STATE_SHOWING))
        do_press(rows[0])
        shot("contact-person")
        press(T["editPerson"])
        shot("contact-person-form")
    elif step == "contact-requests":
        open_menu()
        do_press(find("list item", T["requests"]))
        shot("contact-requests")
        rows = pyatspi.findAllDescendants(
            app(), lambda a: a is not None and a.getRoleName() == "list item"
            and ", " in (a.name or "") and a.getState().contains(pyatspi.STATE_SHOWING))
        do_press(rows[0])
        shot("contact-request")
        press(T["back"])
        press(T["newRequest"])
        shot("contact-request-form")
    elif step == "absence":
        open_menu()
        do_press(find("list item", T["absence"]))
        shot("absence")
        press(T["newAbsence"])
        shot("absence-form")
    elif step == "no-dossier":
        open_menu()
        do_press(find("list item", T["dossier"]))
        shot("dossier-none")
    elif step == "dossier":
        open_menu()
        do_press(find("list item", T["dossier"]))
        shot("dossier-timeline")
        do_press(find("page tab", T["read"]))
        shot("dossier-reading")
        press(T["abbreviations"])
        shot("dossier-abbreviations")
        press(T["close"])
        do_press(find("page tab", T["plan"]))
        shot("dossier-careplan")
        do_press(find("page tab", T["general"]))
        shot("dossier-general")
    elif step == "access-log":
        open_menu()
        do_press(find("list item", T["accessLog"]))
        shot("access-log")
    elif step == "privacy":
        press(T["privacy"])
        shot("privacy-statement")
        press(T["backToLogin"])
    elif step in ("security", "logout-everywhere"):
        open_menu()
        do_press(find("list item", T["security"]))
        shot("account-security")
        scroll_down()  # "Overal uitloggen" is below the fold at 1024x720
        press(T["everywhere"])
        shot("logout-everywhere-confirm")
        if step == "security":
            press(T["no"])
            return
        # The dialog's button has the page button's name, and Qt 6.4 puts no "dialog" node
        # around it: the dialog's is the narrow one (the page's fills the form's width).
        buttons = pyatspi.findAllDescendants(
            app(), lambda a: a is not None and a.getRoleName() == "push button"
            and a.name == T["everywhere"] and a.getState().contains(pyatspi.STATE_SHOWING))
        do_press(min(buttons, key=lambda b: b.queryComponent().getExtents(
            pyatspi.DESKTOP_COORDS).width))
        time.sleep(1)
        shot("logged-out-everywhere")
    elif step in ("second-factor", "second-factor-once"):
        time.sleep(2)
        shot("second-factor")
        type_into(T["code"], newest_sms_code())
        if step == "second-factor":
            do_press(find("check box", T["remember"]))
            shot("second-factor-filled")
        press(T["login"])
        time.sleep(2)
    elif step == "register":
        press(T["register"])
        shot("registration")
        type_into(T["firstName"], "Anna")
        scroll_down()
        press(T["send"])  # the rest is missing: the form goes back to the first of them
        shot("registration-errors")
        scroll_down()
        press(T["backToLogin"])
    elif step == "change-phone":
        open_menu()
        do_press(find("list item", T["security"]))
        time.sleep(2)  # the settings arrive and the buttons settle in their places
        press(T["changePhone"])
        shot("change-phone")
        press(T["cancel"])
    elif step == "authenticator":
        open_menu()
        do_press(find("list item", T["security"]))
        shot("account-security-factor")
        time.sleep(1)
        press(T["link"])
        type_into(password_fields(1)[0], "Welkom!2026")
        press(T["smsCode"])
        time.sleep(1)
        type_into(T["code"], newest_sms_code())
        shot("authenticator-password")
        press(T["continue"])
        shot("authenticator-qr")
    elif step == "choose-client":
        shot("choose-client")
        do_press(find("list item", "de heer J. Voorbeeld, " + T["representativeText"]))
        time.sleep(2)
        shot("client-banner-home")
    elif step == "logout":
        open_menu()
        # A representative's menu is longer than the window: Uitloggen is below its fold.
        subprocess.run(["xdotool", "mousemove", "150", "400"] + ["click", "5"] * 10, check=True)
        time.sleep(0.5)
        do_press(find("list item", T["logout"]))
        shot("logout-confirm")
        press(T["yes"])
        time.sleep(1)
        shot("logged-out")


import offline_steps  # noqa: E402 (takes the helpers above from this module)
import business_steps  # noqa: E402 (the same)

for step in STEPS:
    try:
        run(step)
    except Exception:
        shot("failed-at-" + step)
        raise

# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The business portal's steps of drive.py (seed 004, issue 19): a business contact of two
customer organisations chooses one ("Selecteer organisatie", filtered as typed), then walks
the business menu: Home, Mijn gegevens, Facturen, Projecten, Accountbeveiliging.

Loaded by drive.py after its shared helpers exist; it takes them from there (__main__).
"""
import subprocess
import time

import pyatspi

from __main__ import LANG, app, do_press, find, open_menu, shot, type_into

B = {
    "nl": {"filter": "Zoek organisatie", "kade": "Woonstichting De Kade, Beheerder klantportaal",
           "home": "Home", "myDetails": "Mijn gegevens", "invoices": "Facturen",
           "projects": "Projecten", "security": "Accountbeveiliging",
           "ownContact": "Mijn contactgegevens", "organisation": "Mijn organisatie",
           "colleagues": "Mijn contactpersonen", "invoice": "Factuur F", "allInvoices": "Alle facturen",
           "allProjects": "Alle projecten",
           "edit": "Aanpassen persoonsgegevens"},
    "en": {"filter": "Search organisation",
           "kade": "Woonstichting De Kade, Customer portal administrator",
           "home": "Home", "myDetails": "My details", "invoices": "Invoices",
           "projects": "Projects", "security": "Account security",
           "ownContact": "My contact details", "organisation": "My organisation",
           "colleagues": "My contacts", "invoice": "Invoice F", "allInvoices": "All invoices",
           "allProjects": "All projects",
           "edit": "Change personal details"},
}[LANG]

# A menu entry per step: the page is opened from the menu and shot as it shows.
PAGES = {"business-home": "home", "business-my-details": "myDetails",
         "business-invoices": "invoices", "business-projects": "projects",
         "business-security": "security"}


def key(*keys):
    subprocess.run(["xdotool", "key", "--delay", "50", *keys], check=True)


def press_first(prefix, timeout=15):
    # The first control on screen whose spoken name starts with `prefix` (a row of a list).
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            found = pyatspi.findDescendant(
                app(), lambda a: a is not None and (a.name or "").startswith(prefix)
                and a.getRoleName() in ("list item", "push button", "page tab")
                and a.getState().contains(pyatspi.STATE_SHOWING))
        except TypeError:  # the tree changed under the walk
            found = None
        if found:
            do_press(found)
            time.sleep(2)
            return
        time.sleep(0.3)
    raise RuntimeError(f"nothing on screen named '{prefix}…'")


def my_details():
    # The three tiles, each opened and shot, back with Escape.
    for tile, name in (("ownContact", "business-own-contact"),
                       ("organisation", "business-organisation"),
                       ("colleagues", "business-colleagues")):
        press_first(B[tile])
        shot(name)
        if tile == "ownContact":
            press_first(B["edit"])
            shot("business-own-contact-form")
            key("Escape")
            time.sleep(1)
        if tile == "colleagues":
            press_first("Tom Havenaar")
            shot("business-colleague")
            key("Escape")
            time.sleep(1)
        key("Escape")
        time.sleep(1)


def run(step):
    """Runs `step` when it is a business step; False for any other."""
    if step == "select-organisation":
        shot("select-organisation")
        type_into(B["filter"], "kade")
        shot("select-organisation-filtered")
        do_press(find("list item", B["kade"]))
        time.sleep(2)
    elif step == "business-wait":
        time.sleep(8)
        shot(step)
    elif step == "business-menu":
        open_menu()
        shot("business-menu")
        key("Escape")
        time.sleep(1)  # the drawer of a narrow window closes before the next step opens it
    elif step == "business-details-walk":
        my_details()
    elif step == "business-invoice":
        press_first(B["invoice"])
        shot(step)
        key("Escape")
        time.sleep(1)
        press_first(B["allInvoices"])
        shot("business-invoices-all")
    elif step == "business-project":
        press_first(B["allProjects"])  # the beheerder is in no project herself
        shot("business-projects-all")
        press_first("Kade Noord")
        shot(step)
    elif step in PAGES:
        open_menu()
        do_press(find("list item", B[PAGES[step]]))
        time.sleep(2)
        shot(step)
    else:
        return False
    return True

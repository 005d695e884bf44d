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

from __main__ import LANG, do_press, find, open_menu, shot, type_into

B = {
    "nl": {"filter": "Zoek organisatie", "kade": "Woonstichting De Kade, Beheerder klantportaal",
           "home": "Home", "myDetails": "Mijn gegevens", "invoices": "Facturen",
           "projects": "Projecten", "security": "Accountbeveiliging"},
    "en": {"filter": "Search organisation",
           "kade": "Woonstichting De Kade, Customer portal administrator",
           "home": "Home", "myDetails": "My details", "invoices": "Invoices",
           "projects": "Projects", "security": "Account security"},
}[LANG]

# A menu entry per step: the page is opened from the menu and shot as it shows.
PAGES = {"business-home": "home", "business-my-details": "myDetails",
         "business-invoices": "invoices", "business-projects": "projects",
         "business-security": "security"}


def key(*keys):
    subprocess.run(["xdotool", "key", "--delay", "50", *keys], check=True)


def run(step):
    """Runs `step` when it is a business step; False for any other."""
    if step == "select-organisation":
        shot("select-organisation")
        type_into(B["filter"], "kade")
        shot("select-organisation-filtered")
        do_press(find("list item", B["kade"]))
        time.sleep(2)
    elif step == "business-menu":
        open_menu()
        shot("business-menu")
        key("Escape")
    elif step in PAGES:
        open_menu()
        do_press(find("list item", B[PAGES[step]]))
        time.sleep(2)
        shot(step)
    else:
        return False
    return True

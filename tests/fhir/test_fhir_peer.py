# SPDX-FileCopyrightText: 2026 CarePortal contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The FHIR peer behaves as docs/fhir.md and the app's FhirBackend expect (issue 22):
Medplum's FHIR router with its in-memory repository behind tools/fhir-server/server.mjs,
loaded with the invented demo for a fixed day."""

import calendar
import datetime
import http.client
import json
import os
import shutil
import ssl
import subprocess
import sys
import tempfile
import unittest
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVER_DIR = os.path.join(ROOT, "tools", "fhir-server")
TOKEN = "test-token-fhir-peer"
TODAY = datetime.date(2026, 3, 25)  # a Wednesday just before the clocks go forward
USERNAME = "https://careportal.example/fhir/sid/username"
IDEMPOTENCY = "urn:ietf:rfc:3986"


def installed():
    return os.path.isdir(os.path.join(SERVER_DIR, "node_modules", "@medplum", "fhir-router"))


def add_months(day, months):
    # As QDate::addMonths, which the reference server's demo uses.
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def demo_visit_days(weekdays):
    day, last, days = add_months(TODAY, -6), add_months(TODAY, 6), []
    while day <= last:
        if day.isoweekday() in weekdays:
            days.append(day)
        day += datetime.timedelta(days=1)
    return days


class FhirServer:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="fhir-peer-")
        self.cert = os.path.join(self.dir, "cert.pem")
        key = os.path.join(self.dir, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", key, "-out", self.cert],
                       check=True, capture_output=True)
        self.process = subprocess.Popen(
            ["node", os.path.join(SERVER_DIR, "server.mjs"), "--cert", self.cert, "--key", key,
             "--port", "0", "--token", TOKEN, "--today", TODAY.isoformat()],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline().strip()
        if not line.startswith("listening "):
            self.close()
            raise RuntimeError(f"server did not start: {line!r} {self.process.stderr.read()}")
        self.base = line.split(" ", 1)[1]
        parsed = urllib.parse.urlsplit(self.base)
        self.host, self.port, self.prefix = parsed.hostname, parsed.port, parsed.path
        self.context = ssl.create_default_context(cafile=self.cert)

    def request(self, method, path, body=None, headers=None, token=TOKEN, absolute=False):
        """path is relative to the FHIR base unless absolute (a full URL or a /_test path)."""
        if path.startswith("https://"):
            parsed = urllib.parse.urlsplit(path)
            here = (parsed.hostname, parsed.port) == (self.host, self.port)
            assert here, f"link leaves the server: {path}"
            target = parsed.path + ("?" + parsed.query if parsed.query else "")
        else:
            target = path if absolute else f"{self.prefix}/{path}"
        connection = http.client.HTTPSConnection(self.host, self.port, context=self.context,
                                                 timeout=30)
        all_headers = {"Accept": "application/fhir+json"}
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            all_headers["Content-Type"] = "application/fhir+json"
        all_headers.update(headers or {})
        try:
            connection.request(method, target, data, all_headers)
            response = connection.getresponse()
            raw = response.read()
            return response.status, response.headers, json.loads(raw) if raw else None
        finally:
            connection.close()

    def hook(self, name, body):
        status, _, answer = self.request("POST", f"/_test/{name}", body, absolute=True)
        assert status == 200, answer

    def search_all(self, path):
        resources, url, pages = [], path, 0
        while url:
            status, _, bundle = self.request("GET", url)
            assert status == 200, bundle
            pages += 1
            resources += [e["resource"] for e in bundle.get("entry", [])
                          if e.get("search", {}).get("mode", "match") == "match"]
            url = next((link["url"] for link in bundle.get("link", [])
                        if link["relation"] == "next"), None)
        return resources, pages

    def close(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stdout.close()
        self.process.stderr.close()
        shutil.rmtree(self.dir, ignore_errors=True)


@unittest.skipUnless(installed(), "tools/fhir-server/node_modules missing")
class FhirPeerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = FhirServer()

    @classmethod
    def tearDownClass(cls):
        cls.server.close()

    def test_token_is_required(self):
        for token in (None, "wrong"):
            status, headers, body = self.server.request("GET", "Patient/client-c-test", token=token)
            self.assertEqual(status, 401)
            self.assertTrue(headers["WWW-Authenticate"].startswith("Bearer"))
            self.assertEqual(body["resourceType"], "OperationOutcome")
        status, _, _ = self.server.request("POST", "/_test/reset", {}, token=None, absolute=True)
        self.assertEqual(status, 401)

    def test_metadata(self):
        # Public, as on FHIR servers: the app reads what is offered before any login.
        status, headers, body = self.server.request("GET", "metadata", token=None)
        self.assertEqual(status, 200)
        self.assertTrue(headers["Content-Type"].startswith("application/fhir+json"))
        self.assertEqual(body["resourceType"], "CapabilityStatement")
        types = {r["type"] for r in body["rest"][0]["resource"]}
        self.assertLessEqual({"Patient", "RelatedPerson", "Appointment", "CarePlan", "Goal",
                              "Composition", "CommunicationRequest", "Communication", "Task",
                              "AuditEvent"}, types)

    def test_read_with_etag_and_if_none_match(self):
        status, headers, patient = self.server.request("GET", "Patient/client-c-test")
        self.assertEqual(status, 200)
        self.assertTrue(headers["Content-Type"].startswith("application/fhir+json"))
        self.assertEqual(headers["ETag"], f'W/"{patient["meta"]["versionId"]}"')
        self.assertEqual(patient["name"][0]["text"], "mevrouw C. Test")
        self.assertIn({"use": "usual", "system": USERNAME, "value": "c.test@example.nl"},
                      patient["identifier"])
        status, _, body = self.server.request("GET", "Patient/client-c-test",
                                              headers={"If-None-Match": headers["ETag"]})
        self.assertEqual(status, 304)
        self.assertIsNone(body)
        status, _, _ = self.server.request("GET", "Patient/client-c-test",
                                           headers={"If-None-Match": 'W/"other"'})
        self.assertEqual(status, 200)

    def test_appointments_page_through_next_links(self):
        first, last = add_months(TODAY, -6), add_months(TODAY, 6) + datetime.timedelta(days=1)
        for client, weekdays, start in (("client-c-test", {3}, "09:00:00"),
                                        ("client-j-voorbeeld", {1, 4}, "13:30:00")):
            visits, pages = self.server.search_all(
                f"Appointment?patient=Patient/{client}&date=ge{first}&date=le{last}"
                "&_count=20&_sort=date")
            days = demo_visit_days(weekdays)
            self.assertEqual(len(visits), len(days))
            self.assertGreater(pages, 2)
            self.assertEqual([v["id"] for v in visits],
                             [f"{client}-{d.strftime('%Y%m%d')}" for d in days])
            self.assertEqual(len({v["id"] for v in visits}), len(visits))
            # Local times in Europe/Amsterdam, winter and summer.
            self.assertTrue(all(v["start"][11:19] == start for v in visits))
            self.assertTrue(all(v["start"].endswith("+01:00") for v in visits
                                if v["start"][5:7] == "01"))
            self.assertTrue(all(v["start"].endswith("+02:00") for v in visits
                                if v["start"][5:7] == "07"))
        cancelled, _ = self.server.search_all(
            "Appointment?patient=Patient/client-c-test&status=cancelled")
        self.assertEqual(len(cancelled), 1)
        self.assertGreater(cancelled[0]["start"][:10], TODAY.isoformat())

    def test_searches_the_app_uses(self):
        def search(path):
            status, _, bundle = self.server.request("GET", path)
            self.assertEqual(status, 200, bundle)
            return bundle
        people = search(f"RelatedPerson?identifier={USERNAME}|r.vertegenwoordiger@example.nl"
                        "&_include=RelatedPerson:patient")
        self.assertEqual({(e["resource"]["resourceType"], e["resource"]["id"]) for e in people["entry"]},
                         {("RelatedPerson", "rp-r-vertegenwoordiger-j-voorbeeld"),
                          ("RelatedPerson", "rp-r-vertegenwoordiger-c-test"),
                          ("Patient", "client-j-voorbeeld"), ("Patient", "client-c-test")})
        reports = search("Composition?subject=Patient/client-j-voorbeeld&_sort=-date&_count=20")
        self.assertEqual(reports["entry"][0]["resource"]["id"], "demo-rep-13")
        self.assertGreater(reports["total"], 40)
        plans = search("CarePlan?subject=Patient/client-j-voorbeeld&status=active"
                       "&_include=CarePlan:goal")
        self.assertEqual(sorted(e["resource"]["resourceType"] for e in plans["entry"]),
                         ["CarePlan"] * 3 + ["Goal"] * 3)
        answers = search("Communication?based-on=CommunicationRequest/demo-cr-1")
        self.assertEqual(answers["entry"][0]["resource"]["id"], "demo-cr-1-answer")
        absences = search("Task?patient=Patient/client-c-test&code="
                          "https://careportal.example/fhir/CodeSystem/task-type|afwezigheid")
        self.assertEqual(absences["total"], 1)

    def test_conditional_create_makes_one_resource(self):
        key = "urn:uuid:0b7a3f4e-5c21-4d7e-9a1b-2c3d4e5f6a71"
        person = {"resourceType": "RelatedPerson",
                  "identifier": [{"system": IDEMPOTENCY, "value": key}],
                  "patient": {"reference": "Patient/client-c-test"}, "name": [{"text": "B. Buur"}]}
        condition = {"If-None-Exist": f"identifier={IDEMPOTENCY}|{key}"}
        status, headers, made = self.server.request("POST", "RelatedPerson", person, condition)
        self.assertEqual(status, 201, made)
        self.assertIn(f"/RelatedPerson/{made['id']}", headers["Location"])
        self.assertTrue(headers["Location"].startswith(self.server.base))
        self.assertEqual(headers["ETag"], f'W/"{made["meta"]["versionId"]}"')
        status, _, again = self.server.request("POST", "RelatedPerson", person, condition)
        self.assertEqual(status, 200, again)
        self.assertEqual(again["id"], made["id"])
        found, _ = self.server.search_all(f"RelatedPerson?identifier={IDEMPOTENCY}|{key}")
        self.assertEqual(len(found), 1)

    def test_update_with_stale_if_match(self):
        status, headers, person = self.server.request("GET", "RelatedPerson/demo-cp-3")
        self.assertEqual(status, 200)
        person["name"] = [{"text": "A. Voorbeeld-de Vries"}]
        status, new_headers, updated = self.server.request("PUT", "RelatedPerson/demo-cp-3", person,
                                                           {"If-Match": headers["ETag"]})
        self.assertEqual(status, 200, updated)
        self.assertNotEqual(new_headers["ETag"], headers["ETag"])
        status, _, outcome = self.server.request("PUT", "RelatedPerson/demo-cp-3", person,
                                                 {"If-Match": headers["ETag"]})
        self.assertEqual(status, 412)
        self.assertEqual(outcome["resourceType"], "OperationOutcome")

    def test_lost_answer_was_performed(self):
        key = "urn:uuid:6f1e2d3c-4b5a-4988-8776-655443322110"
        person = {"resourceType": "RelatedPerson",
                  "identifier": [{"system": IDEMPOTENCY, "value": key}],
                  "patient": {"reference": "Patient/client-c-test"}, "name": [{"text": "L. Kwijt"}]}
        condition = {"If-None-Exist": f"identifier={IDEMPOTENCY}|{key}"}
        self.server.hook("lose-next-answer", {"method": "POST", "resourceType": "RelatedPerson"})
        with self.assertRaises((http.client.HTTPException, ConnectionError, ssl.SSLError)):
            self.server.request("POST", "RelatedPerson", person, condition)
        found, _ = self.server.search_all(f"RelatedPerson?identifier={IDEMPOTENCY}|{key}")
        self.assertEqual(len(found), 1)
        status, _, again = self.server.request("POST", "RelatedPerson", person, condition)
        self.assertEqual(status, 200)
        self.assertEqual(again["id"], found[0]["id"])

    def test_operation_outcomes(self):
        status, _, outcome = self.server.request(
            "POST", "Appointment", {"resourceType": "Appointment", "status": "booked", "start": 12})
        self.assertEqual(status, 400)
        self.assertEqual(outcome["resourceType"], "OperationOutcome")
        self.assertTrue(all(i["severity"] == "error" for i in outcome["issue"]))
        status, _, outcome = self.server.request("GET", "Patient/nobody")
        self.assertEqual(status, 404)
        self.assertEqual(outcome["resourceType"], "OperationOutcome")
        self.server.hook("fail-next", {"method": "POST", "resourceType": "Task", "status": 422,
                                       "diagnostics": "Afwezigheid overlapt"})
        status, _, outcome = self.server.request("POST", "Task", {"resourceType": "Task"})
        self.assertEqual(status, 422)
        self.assertEqual(outcome["issue"][0]["diagnostics"], "Afwezigheid overlapt")
        found, _ = self.server.search_all("Task?patient=Patient/client-c-test")
        self.assertEqual(len(found), 1)  # the failed create was not performed

    def test_raw_next(self):
        raw = {"resourceType": "Bundle", "type": "searchset",
               "entry": [{"resource": {"resourceType": "Martian", "id": "x"}}]}
        self.server.hook("raw-next", {"path-prefix": "Appointment", "body": raw})
        status, _, body = self.server.request("GET", "Appointment?patient=Patient/client-c-test")
        self.assertEqual((status, body), (200, raw))
        status, _, body = self.server.request("GET", "Appointment?patient=Patient/client-c-test&_count=1")
        self.assertEqual(body["entry"][0]["resource"]["resourceType"], "Appointment")


if __name__ == "__main__":
    if not installed():
        print("SKIP: tools/fhir-server/node_modules missing (scripts/test.sh runs npm ci)")
        sys.exit(77)
    unittest.main()

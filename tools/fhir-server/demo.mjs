// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The invented demo of the FHIR test server: the same people, visits, contacts, requests and
// dossier as the reference server's demo (server/demo/demoseeder.cpp, demodossier.cpp),
// written as FHIR R4 resources with the identifier and code systems of docs/fhir.md.
// Everyone here is invented.
//
//   demoBundle('2026-12-07') -> a Bundle of type collection
//   node demo.mjs [--today YYYY-MM-DD]   prints that Bundle

import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const SYSTEMS = {
  username: 'https://careportal.example/fhir/sid/username',
  idempotency: 'urn:ietf:rfc:3986',
  contactPersonType: 'https://careportal.example/fhir/CodeSystem/contact-person-type',
  role: 'urn:oid:2.16.840.1.113883.2.4.3.11.22.472',
  helpType: 'https://careportal.example/fhir/CodeSystem/help-type',
  requestSubject: 'https://careportal.example/fhir/CodeSystem/contact-request-subject',
  absenceType: 'https://careportal.example/fhir/CodeSystem/absence-type',
  taskType: 'https://careportal.example/fhir/CodeSystem/task-type',
  reportKind: 'https://careportal.example/fhir/CodeSystem/report-kind',
  discipline: 'https://careportal.example/fhir/CodeSystem/discipline',
  remark: 'https://careportal.example/fhir/StructureDefinition/remark',
};

const ZONE = 'Europe/Amsterdam';

/** Today's date in Europe/Amsterdam, as YYYY-MM-DD. */
export function amsterdamToday(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(now);
}

// Calendar days as UTC midnights, so adding days never meets a clock change.
function parseDay(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`not a date (YYYY-MM-DD): ${text}`);
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) {
    throw new Error(`not a date: ${text}`);
  }
  return day;
}
const dayText = (day) => day.toISOString().slice(0, 10);
const addDays = (day, n) => new Date(day.getTime() + n * 86400000);
// As QDate::addMonths: the day is clamped to the end of a shorter month.
function addMonths(day, n) {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), last)));
}
// Qt::DayOfWeek: Monday 1 … Sunday 7.
const isoWeekday = (day) => ((day.getUTCDay() + 6) % 7) + 1;

function offsetAt(instant) {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName').value; // "GMT+01:00"
  return part === 'GMT' ? '+00:00' : part.slice(3);
}
const offsetMinutes = (offset) =>
  (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

/** A local time in Europe/Amsterdam as a FHIR dateTime with its offset. */
export function amsterdamDateTime(day, hour, minute) {
  const local = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute);
  let offset = offsetAt(new Date(local - 60 * 60000));
  offset = offsetAt(new Date(local - offsetMinutes(offset) * 60000));
  const pad = (n) => String(n).padStart(2, '0');
  return `${dayText(day)}T${pad(hour)}:${pad(minute)}:00${offset}`;
}

const slug = (text) =>
  text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const xhtml = (text) =>
  `<div xmlns="http://www.w3.org/1999/xhtml"><p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></div>`;
const username = (value) => ({ use: 'usual', system: SYSTEMS.username, value });
const remark = (text) => ({ url: SYSTEMS.remark, valueString: text });
const role = (code, display) => ({ coding: [{ system: SYSTEMS.role, code, display }] });
const ref = (resource, display) => ({ reference: `${resource.resourceType}/${resource.id}`, ...(display ? { display } : {}) });

export const CLIENT_TEST = 'client-c-test';
export const CLIENT_VOORBEELD = 'client-j-voorbeeld';

export const SCHEDULES = [
  { clientId: CLIENT_TEST, weekdays: [3], start: [9, 0], end: [11, 0], helpType: 'HV 1',
    carers: ['Sanne', 'Joris', 'Fleur'], standIn: 'Lotte' },
  { clientId: CLIENT_VOORBEELD, weekdays: [1, 4], start: [13, 30], end: [15, 30], helpType: 'HV 2',
    carers: ['Eva', 'Mo'], standIn: 'Daan' },
];

const HELP_TYPES = { 'HV 1': 'Huishoudelijke verzorging 1', 'HV 2': 'Huishoudelijke verzorging 2' };

// As demodossier.cpp (newest last; ids demo-rep-01 … demo-rep-13).
const REPORTS = [
  [95, 10, 'zorgkaart', 'VP', 'Eva', 'Zorgkaart opgesteld',
    'Hulp bij douchen op maandag en donderdag. Steunkousen aan in de ochtend. Meneer wil graag zelf zijn ontbijt klaarmaken; boodschappen doet zijn dochter.'],
  [88, 14, 'zorgplanrapportage', 'ZB', 'Karin', 'Intakegesprek',
    'Kennismaking met meneer en zijn dochter. Zorgvragen besproken: veilig douchen, mobiliteit behouden, voldoende eten en drinken. Zorgplan met drie doelen afgesproken.'],
  [74, 11, 'zorgplanrapportage', 'FT', 'Ruben', 'Start oefenprogramma',
    'Meneer loopt met rollator, korte afstanden gaan goed. Oefeningen voor balans en beenkracht uitgelegd, twee keer per week samen en dagelijks zelf.'],
  [61, 16, 'incidentenrapportage', 'VP', 'Mo', 'Bijna gevallen in de badkamer',
    'Meneer gleed bij het instappen van de douche uit, maar kon zich vasthouden aan de beugel. Geen letsel. Antislipmat geadviseerd; dochter regelt dit deze week.'],
  [55, 10, 'zorgplanrapportage', 'ET', 'Noor', 'Hulpmiddelen badkamer',
    'Huisbezoek gedaan. Douchestoel en extra beugel bij het toilet aangevraagd. Antislipmat ligt er inmiddels.'],
  [47, 13, 'zorgplanrapportage', 'DT', 'Iris', 'Voedingsadvies',
    'Gewicht 2 kg gedaald in twee maanden. Advies: drie keer per dag een tussendoortje, extra zuivel. Over vier weken opnieuw wegen.'],
  [40, 15, 'zorgplanrapportage', 'FT', 'Ruben', 'Voortgang oefeningen',
    'Balans is verbeterd; meneer loopt binnen soms zonder rollator. Buiten de rollator blijven gebruiken.'],
  [33, 9, 'zorgkaart', 'VP', 'Eva', 'Zorgkaart bijgewerkt',
    'Douchen nu met douchestoel. Meneer doet zelf het bovenlichaam, hulp bij benen en voeten.'],
  [26, 14, 'zorgplanrapportage', 'SO', 'dr. Visser', 'Medicatiebeoordeling',
    "Medicatie doorgenomen met de huisarts en de apotheek. Plaspil wordt 's ochtends gegeven in plaats van 's middags, zodat meneer 's nachts minder vaak op hoeft."],
  [19, 11, 'zorgplanrapportage', 'DT', 'Iris', 'Gewicht stabiel',
    'Gewicht gelijk gebleven. Meneer vindt de tussendoortjes lekker. Advies blijft hetzelfde.'],
  [12, 16, 'zorgplanrapportage', 'MW', 'Sem', 'Gesprek over dagbesteding',
    'Meneer mist contact met anderen. Informatie gegeven over de ontmoetingsgroep in het buurthuis op woensdagmiddag; hij wil er een keer gaan kijken.'],
  [6, 10, 'zorgplanrapportage', 'VP', 'Mo', 'Evaluatie zorgplan',
    'Zorgplan geëvalueerd met meneer en zijn dochter. Doelen douchen en eten gaan goed. Doel mobiliteit loopt door; fysiotherapie nog acht weken.'],
  [2, 15, 'zorgplanrapportage', 'FT', 'Ruben', 'Wandelen buiten',
    'Vandaag samen een rondje om het blok gelopen met rollator, 15 minuten zonder rust. Meneer was tevreden.'],
];
// Older weekly reports only here, so the dossier has more than three pages of 20.
export const OLDER_REPORTS = 32;

const GOALS = [
  ['Veilig douchen', 'Meneer kan niet meer zelfstandig veilig douchen door verminderde balans.',
    [['Hulp bij douchen met douchestoel', 'maandag en donderdag'],
      ['Huid van voeten en benen controleren', 'bij elke douchebeurt']]],
  ['Mobiliteit behouden', 'Meneer wil zelfstandig binnen en rond het huis kunnen blijven lopen.',
    [['Oefenprogramma met fysiotherapeut', 'twee keer per week'],
      ['Zelf oefeningen voor balans en beenkracht', 'dagelijks'],
      ['Dagelijks een korte wandeling met rollator', 'dagelijks']]],
  ['Voldoende eten en drinken', 'Meneer is afgevallen en vergeet soms te eten en te drinken.',
    [['Tussendoortje aanbieden bij het bezoek', 'bij elk bezoek'],
      ['Maandelijks wegen en noteren', 'maandelijks']]],
];

/** The visits of the demo, as the reference server makes them (ids client-…-YYYYMMDD). */
export function demoVisits(todayText) {
  const today = parseDay(todayText);
  const visits = [];
  for (const schedule of SCHEDULES) {
    let index = 0;
    for (let day = addMonths(today, -6); day <= addMonths(today, 6); day = addDays(day, 1)) {
      if (!schedule.weekdays.includes(isoWeekday(day))) continue;
      const carer = index % 5 === 4 ? schedule.standIn : schedule.carers[index % schedule.carers.length];
      visits.push({
        id: `${schedule.clientId}-${dayText(day).replace(/-/g, '')}`,
        clientId: schedule.clientId,
        day,
        start: amsterdamDateTime(day, ...schedule.start),
        end: amsterdamDateTime(day, ...schedule.end),
        helpType: schedule.helpType,
        carer,
      });
      index += 1;
    }
  }
  return visits;
}

export function demoBundle(todayText) {
  const today = parseDay(todayText);
  const resources = [];
  const add = (resource) => {
    resources.push(resource);
    return resource;
  };
  const at = (daysAgo, hour, minute = 15) => amsterdamDateTime(addDays(today, -daysAgo), hour, minute);

  const organisation = add({
    resourceType: 'Organization', id: 'de-linde', active: true, name: 'Thuiszorg De Linde',
    telecom: [{ system: 'phone', value: '088 123 45 67', use: 'work' }],
  });

  const practitioners = new Map();
  const practitioner = (name) => {
    if (!practitioners.has(name)) {
      const isCarer = !name.includes(' ');
      practitioners.set(name, add({
        resourceType: 'Practitioner', id: `${isCarer ? 'carer' : 'practitioner'}-${slug(name)}`, active: true,
        name: [isCarer ? { text: name, given: [name] } : { text: name, prefix: ['dr.'], family: name.replace(/^dr\. /, '') }],
      }));
    }
    return practitioners.get(name);
  };
  const roles = new Map();
  const practitionerRole = (name, discipline) => {
    const key = `${name}|${discipline}`;
    if (!roles.has(key)) {
      const who = practitioner(name);
      roles.set(key, add({
        resourceType: 'PractitionerRole', id: `role-${slug(name)}-${discipline.toLowerCase()}`, active: true,
        practitioner: ref(who, name), organization: ref(organisation, organisation.name),
        code: [{ coding: [{ system: SYSTEMS.discipline, code: discipline }] }],
      }));
    }
    return roles.get(key);
  };

  const gp = add({
    resourceType: 'Practitioner', id: 'gp-het-voorbeeld', active: true,
    name: [{ text: 'Huisartsenpraktijk Het Voorbeeld' }],
    telecom: [{ system: 'phone', value: '030-2223344', use: 'work' }],
  });
  const pharmacy = add({
    resourceType: 'Organization', id: 'pharmacy-de-vijzel', active: true, name: 'Apotheek De Vijzel',
    // Vektis AGB zorgsoort J8 "Openbare apotheek"; the app reads the text.
    type: [{ coding: [{ system: 'urn:oid:2.16.840.1.113883.2.4.15.1060', code: 'J8', display: 'Openbare apotheek' }], text: 'pharmacy' }],
    telecom: [{ system: 'phone', value: '030-5556677', use: 'work' }],
  });

  const test = add({
    resourceType: 'Patient', id: CLIENT_TEST, active: true,
    identifier: [username('c.test@example.nl')],
    name: [{ use: 'official', text: 'mevrouw C. Test', family: 'Test', given: ['C.'], prefix: ['mevrouw'] }],
    gender: 'female',
    telecom: [
      { system: 'phone', value: '06-12345678', use: 'mobile' },
      { system: 'email', value: 'c.test@example.nl' },
      { system: 'phone', value: '020-1234567', use: 'home', extension: [remark("Liefst 's ochtends bellen")] },
    ],
    managingOrganization: ref(organisation, organisation.name),
  });
  const voorbeeld = add({
    resourceType: 'Patient', id: CLIENT_VOORBEELD, active: true,
    identifier: [username('j.voorbeeld@example.nl')],
    name: [{ use: 'official', text: 'de heer J. Voorbeeld', family: 'Voorbeeld', given: ['J.'], prefix: ['de heer'] }],
    gender: 'male',
    birthDate: '1941-03-14',
    telecom: [{ system: 'phone', value: '030-7654321', use: 'home' }],
    address: [{ use: 'home', line: ['Voorbeeldstraat 12'], postalCode: '1234 AB', city: 'Voorbeeldstad', country: 'NL' }],
    generalPractitioner: [ref(gp, 'Huisartsenpraktijk Het Voorbeeld'), ref(pharmacy, 'Apotheek De Vijzel')],
    managingOrganization: ref(organisation, organisation.name),
  });
  const patients = { [CLIENT_TEST]: test, [CLIENT_VOORBEELD]: voorbeeld };

  // Contact persons (demo-cp-*), as seedContacts().
  const contactPerson = (id, patient, name, telecom, type, primary, note) => add({
    resourceType: 'RelatedPerson', id, active: true, patient: ref(patient, patient.name[0].text),
    name: [{ text: name }], telecom,
    relationship: [{ coding: [{ system: SYSTEMS.contactPersonType, code: type }] },
      ...(primary ? [role('01', 'Eerste relatie/contactpersoon')] : [])],
    ...(note ? { extension: [remark(note)] } : {}),
  });
  contactPerson('demo-cp-1', test, 'D. Test',
    [{ system: 'phone', value: '06-21212121', rank: 1 }, { system: 'email', value: 'd.test@example.nl' }],
    'familie', true, 'Zoon, heeft een sleutel');
  contactPerson('demo-cp-2', test, 'Huisartsenpraktijk De Brug',
    [{ system: 'phone', value: '020-9876543', rank: 1 }], 'huisarts', false, null);
  contactPerson('demo-cp-3', voorbeeld, 'A. Voorbeeld',
    [{ system: 'phone', value: '06-87654321', rank: 1 }, { system: 'phone', value: '030-1112233', rank: 2 }],
    'familie', true, null);

  // The representative who acts for both clients (seedRepresentative()).
  const representativeName = [{ use: 'official', text: 'mevrouw R. Vertegenwoordiger', family: 'Vertegenwoordiger', given: ['R.'], prefix: ['mevrouw'] }];
  add({
    resourceType: 'RelatedPerson', id: 'rp-r-vertegenwoordiger-j-voorbeeld', active: true,
    identifier: [username('r.vertegenwoordiger@example.nl')], patient: ref(voorbeeld, 'de heer J. Voorbeeld'),
    name: representativeName, relationship: [role('24', 'Wettelijk vertegenwoordiger')],
  });
  add({
    resourceType: 'RelatedPerson', id: 'rp-r-vertegenwoordiger-c-test', active: true,
    identifier: [username('r.vertegenwoordiger@example.nl')], patient: ref(test, 'mevrouw C. Test'),
    name: representativeName, relationship: [role('02', 'Tweede relatie/contactpersoon')],
  });

  // Visits: past ones fulfilled, coming ones booked; one coming visit of C. Test cancelled.
  const visits = demoVisits(todayText);
  const cancelled = visits.filter((v) => v.clientId === CLIENT_TEST && v.day > today)[1];
  for (const visit of visits) {
    const carer = practitioner(visit.carer);
    const patient = patients[visit.clientId];
    add({
      resourceType: 'Appointment', id: visit.id,
      status: visit === cancelled ? 'cancelled' : visit.day < today ? 'fulfilled' : 'booked',
      ...(visit === cancelled ? { cancelationReason: { text: 'Zorgverlener ziek' } } : {}),
      serviceType: [{ coding: [{ system: SYSTEMS.helpType, code: visit.helpType, display: HELP_TYPES[visit.helpType] }] }],
      start: visit.start, end: visit.end,
      participant: [
        { actor: ref(patient, patient.name[0].text), status: 'accepted' },
        { actor: ref(carer, visit.carer), status: 'accepted' },
      ],
    });
  }

  // J. Voorbeeld's dossier: reports as Compositions.
  const reports = REPORTS.map((r, i) => ({ id: `demo-rep-${String(i + 1).padStart(2, '0')}`, r }));
  for (let i = 0; i < OLDER_REPORTS; i += 1) {
    const author = i % 2 === 0 ? 'Eva' : 'Mo';
    reports.push({
      id: `demo-rep-old-${String(i + 1).padStart(2, '0')}`,
      r: [100 + 7 * i, 11, 'zorgplanrapportage', 'VP', author, `Weekrapportage ${OLDER_REPORTS - i}`,
        'Hulp bij douchen verliep goed. Meneer at en dronk voldoende; geen bijzonderheden.'],
    });
  }
  for (const { id, r } of reports) {
    const [daysAgo, hour, kind, discipline, author, title, body] = r;
    const authorRole = practitionerRole(author, discipline);
    add({
      resourceType: 'Composition', id, status: 'final',
      type: { coding: [{ system: SYSTEMS.reportKind, code: kind }] },
      subject: ref(voorbeeld, 'de heer J. Voorbeeld'),
      date: at(daysAgo, hour, 5),
      author: [ref(authorRole, author)],
      title,
      section: [{ title, text: { status: 'generated', div: xhtml(body) } }],
    });
  }

  // Care plan: one CarePlan per care question, each with its Goal and actions.
  GOALS.forEach(([title, careQuestion, actions], i) => {
    const goal = add({
      resourceType: 'Goal', id: `demo-goal-${i + 1}`, lifecycleStatus: 'active',
      description: { text: title }, subject: ref(voorbeeld, 'de heer J. Voorbeeld'),
    });
    add({
      resourceType: 'CarePlan', id: `demo-careplan-${i + 1}`, status: 'active', intent: 'plan',
      title: careQuestion, description: careQuestion, subject: ref(voorbeeld, 'de heer J. Voorbeeld'),
      goal: [ref(goal)],
      activity: actions.map(([description, frequency]) => ({
        detail: { status: 'in-progress', description, scheduledString: frequency, goal: [ref(goal)] },
      })),
    });
  });

  // Contact requests (demo-cr-*), answered ones with a Communication demo-cr-*-answer.
  const request = (id, patient, subject, message, authored, answer) => {
    add({
      resourceType: 'CommunicationRequest', id, status: answer ? 'completed' : 'active',
      subject: ref(patient, patient.name[0].text), requester: ref(patient, patient.name[0].text),
      recipient: [ref(organisation, organisation.name)],
      category: [{ coding: [{ system: SYSTEMS.requestSubject, code: subject }] }],
      payload: [{ contentString: message }], authoredOn: authored,
    });
    if (answer) {
      add({
        resourceType: 'Communication', id: `${id}-answer`, status: 'completed',
        basedOn: [{ reference: `CommunicationRequest/${id}` }], subject: ref(patient, patient.name[0].text),
        sender: { display: answer.sender }, recipient: [ref(patient, patient.name[0].text)],
        payload: [{ contentString: answer.text }], sent: answer.sent,
        ...(answer.received ? { received: answer.received } : {}),
      });
    }
  };
  request('demo-cr-1', test, 'planning', 'Kan de hulp volgende week op donderdag komen in plaats van woensdag?', at(12, 10),
    { text: 'Dat is geregeld: volgende week komt Sanne op donderdag om 09:00 uur.', sender: 'Marloes (planning)', sent: at(11, 14) });
  request('demo-cr-2', test, 'klantportaal', 'Waar kan ik mijn contactgegevens wijzigen?', at(2, 16), null);
  for (let i = 0; i < 12; i += 1) {
    const daysAgo = 20 + 9 * i;
    request(`demo-cr-jv-${i + 1}`, voorbeeld, i % 2 === 0 ? 'planning' : 'anders',
      `Vraag ${12 - i}: kan de hulp een keer later komen?`, at(daysAgo, 9),
      { text: 'Ja, dat kan. We hebben het aangepast in uw planning.', sender: 'Kees (klantenservice)',
        sent: at(daysAgo - 1, 11), received: at(daysAgo - 1, 18) });
  }

  // One absence report of C. Test: a holiday in two weeks, reported three days ago.
  add({
    resourceType: 'Task', id: 'demo-absence-1', status: 'requested', intent: 'order',
    code: { coding: [{ system: SYSTEMS.taskType, code: 'afwezigheid', display: 'Afwezigheid' }] },
    for: ref(test, 'mevrouw C. Test'), requester: ref(test, 'mevrouw C. Test'), owner: ref(organisation, organisation.name),
    authoredOn: at(3, 10),
    executionPeriod: { start: dayText(addDays(today, 14)), end: dayText(addDays(today, 21)) },
    input: [{ type: { text: 'absence-type' }, valueCodeableConcept: { coding: [{ system: SYSTEMS.absenceType, code: 'vakantie', display: 'Vakantie' }] } }],
    note: [{ text: 'Wij zijn op vakantie in Zeeland.' }],
  });

  // Who looked at the clients' data (NEN 7513 logging).
  // Each names what was looked at as a second entity (the app shows its part of the portal).
  const firstOf = (type, clientId) => resources.find((r) => r.resourceType === type &&
    JSON.stringify(r).includes(`"Patient/${clientId}"`));
  const audits = [
    [CLIENT_TEST, 1, 9, 'Sanne', 'Zorgverlener', 'R', 'Planning ingezien', 'Appointment'],
    [CLIENT_TEST, 4, 14, 'mevrouw R. Vertegenwoordiger', 'Contactpersoon', 'R', 'Contactpersonen ingezien', 'RelatedPerson'],
    [CLIENT_TEST, 9, 11, 'Marloes (planning)', 'Planner', 'U', 'Planning gewijzigd', 'Appointment'],
    [CLIENT_VOORBEELD, 2, 16, 'Ruben', 'Fysiotherapeut', 'R', 'Dossier ingezien', 'Composition'],
    [CLIENT_VOORBEELD, 6, 10, 'Mo', 'Zorgverlener', 'R', 'Zorgplan ingezien', 'CarePlan'],
    [CLIENT_VOORBEELD, 26, 14, 'dr. Visser', 'Specialist ouderengeneeskunde', 'R', 'Rapportage ingezien', 'Composition'],
  ];
  audits.forEach(([clientId, daysAgo, hour, who, relation, action, what, type], i) => {
    const object = firstOf(type, clientId);
    add({
      resourceType: 'AuditEvent', id: `demo-audit-${i + 1}`,
      type: { system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110110', display: 'Patient Record' },
      subtype: [{ system: 'https://careportal.example/fhir/CodeSystem/audit-subtype', code: slug(what), display: what }],
      action, recorded: at(daysAgo, hour, 30), outcome: '0',
      agent: [{ who: { display: who }, requestor: true, role: [{ text: relation }],
        network: { address: `192.0.2.${10 + i}`, type: '2' } }],
      source: { observer: { display: i % 2 ? 'CarePortal app' : 'ECD Thuiszorg De Linde' } },
      entity: [{ what: { reference: `Patient/${clientId}` } },
        ...(object ? [{ what: { reference: `${type}/${object.id}` } }] : [])],
    });
  });

  return {
    resourceType: 'Bundle', type: 'collection',
    entry: resources.map((resource) => ({ fullUrl: `urn:careportal:${resource.resourceType}/${resource.id}`, resource })),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { today: { type: 'string' } } });
  process.stdout.write(`${JSON.stringify(demoBundle(values.today || amsterdamToday()), null, 2)}\n`);
}

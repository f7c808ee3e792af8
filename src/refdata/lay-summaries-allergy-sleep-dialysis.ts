// Lay summaries (see lay-summaries.ts): allergy testing and allergy shots, home and lab sleep studies,
// dialysis. CodeDesk's own words, never the AMA descriptors.
export const ALLERGY_SLEEP_DIALYSIS_SUMMARIES: Readonly<Record<string, string>> = {
  '95017':
    'Allergy testing for insect venom, combined prick and intradermal tests in rising doses, per test.',
  '95018':
    'Allergy testing for drugs or biologicals (such as penicillin), combined prick and intradermal tests in rising doses, per test.',
  '95024': 'Intradermal allergy tests (injected into the skin) read for an immediate reaction, per test.',
  '95115': 'Giving allergy shots (immunotherapy) without preparing the extract, one injection.',
  '95117': 'Giving allergy shots (immunotherapy) without preparing the extract, 2 or more injections.',
  '95165': 'Preparing and supplying allergy extract doses for immunotherapy (allergy shots), per dose.',
  '95800':
    'Home sleep apnea test (unattended) that also estimates sleep time, such as a peripheral arterial tone device.',
  '95806': 'Home sleep apnea test (unattended) with airflow and breathing-effort channels.',
  '95811': 'Attended sleep study (polysomnography) in a lab with CPAP started or adjusted (titration).',
  '90935': 'Hemodialysis with one evaluation by a physician or other qualified provider.',
  '90937':
    'Hemodialysis with repeated evaluations by a physician or other qualified provider on the same day.',
  '90945': 'Dialysis other than hemodialysis (such as peritoneal dialysis) with one evaluation.',
  '90947':
    'Dialysis other than hemodialysis (such as peritoneal dialysis) with repeated evaluations on the same day.',
  '90960':
    'Monthly dialysis services for kidney failure (ESRD), age 20 or older, 4 or more visits in the month.',
  '90961':
    'Monthly dialysis services for kidney failure (ESRD), age 20 or older, 2 or 3 visits in the month.',
  '90962': 'Monthly dialysis services for kidney failure (ESRD), age 20 or older, 1 visit in the month.',
  '90966': 'Monthly services for home dialysis for kidney failure (ESRD), age 20 or older, full month.',
  '90970':
    'Dialysis services for kidney failure (ESRD), age 20 or older, per day when less than a full month.',
};

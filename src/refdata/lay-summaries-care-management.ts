// Lay summaries (see lay-summaries.ts): care management, remote monitoring, digital and interprofessional
// visits, team conferences, screening tools and special office services. CodeDesk's own words, never the
// AMA descriptors.
export const CARE_MANAGEMENT_SUMMARIES: Readonly<Record<string, string>> = {
  '99487': 'Complex chronic care management by clinical staff, first 60 minutes in a calendar month.',
  '99489':
    'Add-on for each additional 30 minutes of complex chronic care management by clinical staff in the month.',
  '99439': 'Add-on for each additional 20 minutes of chronic care management by clinical staff in the month.',
  '99491':
    'Chronic care management done personally by a physician or other qualified provider, first 30 minutes in a calendar month.',
  '99437':
    'Add-on for each additional 30 minutes of chronic care management done personally by a physician or other qualified provider.',
  '99424':
    'Principal care management of one serious chronic condition by a physician or other qualified provider, first 30 minutes in a month.',
  '99425':
    'Add-on for each additional 30 minutes of principal care management by a physician or other qualified provider.',
  '99426':
    'Principal care management of one serious chronic condition by clinical staff, first 30 minutes in a month.',
  '99427': 'Add-on for each additional 30 minutes of principal care management by clinical staff.',
  '99484':
    'General behavioral health integration care management by clinical staff, at least 20 minutes in a month.',
  '99492': 'Psychiatric collaborative care management, first month of care, first 70 minutes.',
  '99493': 'Psychiatric collaborative care management, a later month of care, first 60 minutes.',
  '99494': 'Add-on for each additional 30 minutes of psychiatric collaborative care management in a month.',
  '99483':
    'Cognitive assessment and care planning visit for a patient with cognitive impairment such as dementia.',
  '99498': 'Add-on for each additional 30 minutes of advance care planning discussion.',
  '99453': 'Remote patient monitoring: setting up the device and teaching the patient to use it.',
  '99454': 'Remote patient monitoring: device supply with daily readings sent, 16 or more days in 30 days.',
  '99457': 'Remote patient monitoring treatment management, first 20 minutes in a calendar month.',
  '99458':
    'Add-on for each additional 20 minutes of remote patient monitoring treatment management in the month.',
  '99421': 'Online digital visit through a patient portal over up to 7 days, 5 to 10 minutes in total.',
  '99422': 'Online digital visit through a patient portal over up to 7 days, 11 to 20 minutes in total.',
  '99423': 'Online digital visit through a patient portal over up to 7 days, more than 20 minutes in total.',
  '98016':
    'Brief virtual check-in by phone or other technology with an established patient, 5 to 10 minutes.',
  '99446':
    'Interprofessional consultation (e-consult) by a consultant with a spoken and written report, 5 to 10 minutes.',
  '99447':
    'Interprofessional consultation (e-consult) by a consultant with a spoken and written report, 11 to 20 minutes.',
  '99448':
    'Interprofessional consultation (e-consult) by a consultant with a spoken and written report, 21 to 30 minutes.',
  '99449':
    'Interprofessional consultation (e-consult) by a consultant with a spoken and written report, more than 30 minutes.',
  '99451':
    'Interprofessional consultation (e-consult) by a consultant with a written report only, 5 minutes or more.',
  '99452':
    'Interprofessional referral service by the treating provider who asks for an e-consult, about 30 minutes.',
  '99366':
    'Medical team conference with the patient or family present, 30 minutes or more, by a non-physician qualified professional.',
  '99367': 'Medical team conference with the patient and family absent, 30 minutes or more, by a physician.',
  '99368':
    'Medical team conference with the patient and family absent, 30 minutes or more, by a non-physician qualified professional.',
  '99408': 'Alcohol or drug use screening and brief intervention (SBIRT), 15 to 30 minutes.',
  '99409': 'Alcohol or drug use screening and brief intervention (SBIRT), more than 30 minutes.',
  '96110': 'Developmental screening with a standardized scored tool (such as ASQ), per tool.',
  '96160': 'Patient-focused health risk assessment with a standardized scored tool, per tool.',
  '96161':
    "Caregiver-focused health risk assessment, such as maternal depression screening at a baby's visit, per tool.",
  '99000': 'Handling and sending a specimen from the office to an outside lab.',
  '99024': "Post-operative follow-up visit during a surgery's global period.",
  '99050':
    'Add-on for services given after regular office hours, on weekends or holidays, when the office is normally closed.',
  '99051': 'Add-on for services given during regularly scheduled evening, weekend or holiday office hours.',
};
